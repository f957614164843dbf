package org.chenggeng.consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Tracking codes of online feedback: 16 characters of Crockford's base 32 (80 random bits), shown in groups of four
 * (e.g. {@code 7KQ2-M9XD-4TZP-H3WB}) and read back in any case, with or without hyphens, O read as 0 and I or L as 1,
 * so that a code copied from a phone screen by hand still works. Only its SHA-256 is stored.
 */
final class TrackingCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code in its canonical form (upper case, hyphens), or {@code null} when it cannot be a code. */
    static String normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char d = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(d) < 0) {
                return null;
            }
            plain.append(d);
        }
        if (plain.length() != LENGTH) {
            return null;
        }
        for (int i = 12; i > 0; i -= 4) {
            plain.insert(i, '-');
        }
        return plain.toString();
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(code).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
