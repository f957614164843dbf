package org.chenggeng.security;

import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key of two-factor sign-in: authenticator secrets are stored AES-GCM encrypted under it (a fresh 96-bit nonce
 * each, the user's id as associated data, so that a secret copied to another account's row does not decrypt), and
 * recovery codes as an HMAC-SHA256 keyed by a key derived from it (a stolen table yields no code, and a code can be
 * found by its hash without checking ten slow password hashes). Kept apart from the personal-data encryption on
 * purpose: this key can be rotated by asking users to enrol again, without touching residents' records.
 */
@Component
class TwoFactorKeys {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String configured;
    private volatile SecretKeySpec encryption;
    private volatile SecretKeySpec hashing;

    TwoFactorKeys(MfaProperties properties) {
        this.configured = properties.secretKey();
    }

    /**
     * Checks a configured key: base64 of 16, 24 or 32 bytes. Production calls it before start
     * ({@link ProductionSettingsCheck}); elsewhere the first enrolment does, so that a profile that never uses two
     * factors (the benchmarks) needs no key.
     */
    static byte[] parse(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("Two-factor sign-in needs chenggeng.security.mfa.secret-key "
                    + "(env CHENGGENG_MFA_KEY): base64 of a 32-byte key, e.g. from `openssl rand -base64 32`");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("chenggeng.security.mfa.secret-key (CHENGGENG_MFA_KEY) is not base64", e);
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalStateException("chenggeng.security.mfa.secret-key (CHENGGENG_MFA_KEY) must be 16, 24 or "
                    + "32 bytes, not " + key.length);
        }
        return key;
    }

    String encrypt(byte[] secret, long userId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(userId));
            byte[] sealed = cipher.doFinal(secret);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    byte[] decrypt(String stored, long userId) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(associated(userId));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An authenticator secret does not decrypt with the configured key", e);
        }
    }

    /** The stored form of a recovery code: hex HMAC-SHA256 of its normalised text. */
    String hash(String recoveryCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashingKey());
            return HexFormat.of().formatHex(mac.doFinal(recoveryCode.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec encryptionKey() {
        if (encryption == null) {
            encryption = new SecretKeySpec(parse(configured), "AES");
        }
        return encryption;
    }

    private SecretKeySpec hashingKey() throws GeneralSecurityException {
        if (hashing == null) {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(parse(configured), "HmacSHA256"));
            hashing = new SecretKeySpec(derive.doFinal("recovery-codes".getBytes(StandardCharsets.UTF_8)),
                    "HmacSHA256");
        }
        return hashing;
    }

    private static byte[] associated(long userId) {
        return ("totp:" + userId).getBytes(StandardCharsets.UTF_8);
    }
}
