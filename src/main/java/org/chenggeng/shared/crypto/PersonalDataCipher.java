package org.chenggeng.shared.crypto;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Encrypts residents' personal data for the database and reads it back. A value is stored as a versioned text: the
 * cipher's letter ({@code a} AES-256-GCM, {@code s} SM4-GCM), the number of the key, a colon, and base64 of a random
 * 96-bit IV, the ciphertext and the tag ({@code a1:Qk3…}), so that a rotation knows which values an older key wrote
 * and re-encrypts them ({@link PersonalDataRekey}). Equal values encrypt differently every time, so the database can
 * neither compare nor sort them; {@link #hash} gives the keyed hash (HMAC-SHA256, a key of its own) a unique key or a
 * lookup uses instead.
 */
@Component
public class PersonalDataCipher {

    /** Letter, key number, colon, then at least IV and tag (28 bytes, 40 base64 characters). */
    private static final Pattern STORED = Pattern.compile("([as])([0-9]{1,3}):([A-Za-z0-9+/]{38,}={0,2})");
    private static final int IV_BYTES = 12;

    private final DataKeys keys;
    private final DataCipherKind kind;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    PersonalDataCipher(@Value("${chenggeng.security.data-key:}") String dataKey,
                       @Value("${chenggeng.security.data-key-id:1}") int dataKeyId,
                       @Value("${chenggeng.security.data-old-keys:}") String oldKeys,
                       @Value("${chenggeng.security.data-hash-key:}") String hashKey,
                       @Value("${chenggeng.security.data-cipher:AES}") DataCipherKind kind,
                       @Value("${chenggeng.security.data-dev-keys:false}") boolean devKeys) {
        this(DataKeys.parse(dataKey, dataKeyId, oldKeys, hashKey, devKeys), kind);
    }

    public PersonalDataCipher(DataKeys keys, DataCipherKind kind) {
        this.keys = keys;
        this.kind = kind;
        this.hashKey = new SecretKeySpec(keys.hashKey(), "HmacSHA256");
    }

    /** The value as the database keeps it; null and empty stay as they are. */
    public String encrypt(String plain) {
        if (plain == null || plain.isEmpty()) {
            return plain;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = kind.encrypt(keys.current(), iv, plain.getBytes(StandardCharsets.UTF_8));
        byte[] all = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        return kind.letter + String.valueOf(keys.currentId()) + ":" + Base64.getEncoder().encodeToString(all);
    }

    /**
     * The plaintext of a stored value. A value that is not in the stored form is returned as it is: a row the
     * start-up step has not encrypted yet. A value of a key that is not configured, or one whose tag its key does
     * not match, is refused with a message that says which key, never the value.
     */
    public String decrypt(String stored) {
        Matcher m = stored == null ? null : STORED.matcher(stored);
        if (m == null || !m.matches()) {
            return stored;
        }
        int id = Integer.parseInt(m.group(2));
        byte[] key = keys.dataKeys().get(id);
        if (key == null) {
            throw new IllegalStateException("A personal-data value was encrypted with data key " + id
                    + ", which is not configured: give it in CHENGGENG_OLD_DATA_KEYS (" + id + "=base64)");
        }
        byte[] all = Base64.getDecoder().decode(m.group(3));
        byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(all, IV_BYTES, all.length);
        try {
            return new String(DataCipherKind.of(m.group(1).charAt(0)).decrypt(key, iv, sealed),
                    StandardCharsets.UTF_8);
        } catch (DataCipherKind.WrongKeyException e) {
            throw new IllegalStateException("A personal-data value does not open with data key " + id
                    + ": the key configured under that number is not the one that wrote it, or the value was changed");
        }
    }

    /**
     * A fingerprint of what "current" means for this cipher over the given columns: the cipher, the current key's
     * number, and keyed hashes under the current data key and the hash key (never a key itself), so that any change
     * of the keys, the cipher or the columns gives another one ({@link PersonalDataRekey}'s marker).
     */
    public String fingerprint(String columns) {
        String what = "rekey|" + kind + "|" + keys.currentId() + "|" + columns;
        try {
            Mac data = Mac.getInstance("HmacSHA256");
            data.init(new SecretKeySpec(keys.current(), "HmacSHA256"));
            Mac hash = Mac.getInstance("HmacSHA256");
            hash.init(hashKey);
            byte[] a = data.doFinal(what.getBytes(StandardCharsets.UTF_8));
            byte[] b = hash.doFinal(a);
            return kind.letter + String.valueOf(keys.currentId()) + ":"
                    + Base64.getEncoder().withoutPadding().encodeToString(b);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a stored value is in the encrypted form at all (not a row still in plaintext). */
    public boolean isEncrypted(String stored) {
        return stored != null && STORED.matcher(stored).matches();
    }

    /** Whether a stored value is written with the current cipher and key, so that a rotation may leave it. */
    public boolean isCurrent(String stored) {
        if (stored == null || stored.isEmpty()) {
            return true;
        }
        return stored.startsWith(kind.letter + String.valueOf(keys.currentId()) + ":") && isEncrypted(stored);
    }

    /**
     * The keyed hash of a value in base64url (43 characters), or null when there is nothing to hash. The kind is
     * hashed in, so that a room and a name that read alike give different hashes.
     */
    public String hash(HashKind hashKind, String value) {
        String normal = value == null ? null : hashKind.normalise(value);
        if (normal == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            mac.update((hashKind.name() + '\u0000').getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
