package org.chenggeng.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import javax.crypto.spec.SecretKeySpec;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 codes as every authenticator app makes them by default: HMAC-SHA1, 30-second steps, six digits. A code
 * is accepted in the step it was made for or the one before or after (clocks drift, people type slowly); the step
 * that matched is returned so that the caller can refuse it the second time.
 */
final class Totp {

    static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    static final int DIGITS = 6;
    private static final int TOLERANCE = 1;

    private final TimeBasedOneTimePasswordGenerator generator;

    Totp() {
        this(DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    /** Other lengths and algorithms only for the RFC's test vectors. */
    Totp(int digits, String algorithm) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
    }

    static long stepOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    String code(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(key(secret), Instant.ofEpochSecond(step * STEP.toSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC key of any length is valid", e);
        }
    }

    /** The step of {@code now} (±1) whose code {@code code} is, if any. */
    OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        if (code == null || code.length() != generator.getPasswordLength() || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepOf(now);
        for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
            if (java.security.MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private SecretKeySpec key(byte[] secret) {
        return new SecretKeySpec(secret, generator.getAlgorithm());
    }
}
