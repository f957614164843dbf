package org.chenggeng.shared.crypto;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of the personal data: the current data key and its number, older data keys still needed to read what they
 * wrote (a rotation), and the separate key of the keyed hashes. Data keys are 32 random bytes in base64
 * ({@code openssl rand -base64 32}); older ones are written {@code 1=base64,2=base64}. Demo and test profiles may use
 * the fixed development keys below; production refuses them ({@link DataKeySettingsCheck}).
 */
public record DataKeys(int currentId, Map<Integer, byte[]> dataKeys, byte[] hashKey) {

    /** The development keys: published in the source, so they protect nothing and production refuses them. */
    static final String DEV_DATA_KEY = "Y2hlbmdnZW5nLWRldmVsb3BtZW50LWRhdGEta2V5ISE=";
    static final String DEV_HASH_KEY = "Y2hlbmdnZW5nLWRldmVsb3BtZW50LWhhc2gta2V5ISE=";

    public DataKeys {
        dataKeys = Collections.unmodifiableMap(new LinkedHashMap<>(dataKeys));
        if (!dataKeys.containsKey(currentId)) {
            throw new IllegalStateException("no data key number " + currentId);
        }
    }

    /**
     * Keys from the settings; blank data and hash keys take the development keys when {@code devKeys} allows it and
     * are refused otherwise, with a message that names the variable to set.
     */
    static DataKeys parse(String dataKey, int currentId, String oldKeys, String hashKey, boolean devKeys) {
        Map<Integer, byte[]> keys = new LinkedHashMap<>();
        if (oldKeys != null && !oldKeys.isBlank()) {
            for (String pair : oldKeys.split(",")) {
                String[] p = pair.trim().split("=", 2);
                if (p.length != 2 || !p[0].trim().matches("[0-9]{1,3}")) {
                    throw new IllegalStateException("CHENGGENG_OLD_DATA_KEYS must read number=base64,number=base64");
                }
                keys.put(Integer.parseInt(p[0].trim()), key(p[1], "CHENGGENG_OLD_DATA_KEYS"));
            }
        }
        if (currentId < 1 || currentId > 999) {
            throw new IllegalStateException("CHENGGENG_DATA_KEY_ID must be a number from 1 to 999");
        }
        keys.put(currentId, key(orDev(dataKey, DEV_DATA_KEY, devKeys, "CHENGGENG_DATA_KEY"), "CHENGGENG_DATA_KEY"));
        return new DataKeys(currentId, keys, key(orDev(hashKey, DEV_HASH_KEY, devKeys, "CHENGGENG_HASH_KEY"),
                "CHENGGENG_HASH_KEY"));
    }

    /** Whether a key given is one of the development keys, which anyone can read in the source. */
    static boolean isDevKey(String base64) {
        return base64 != null && (base64.trim().equals(DEV_DATA_KEY) || base64.trim().equals(DEV_HASH_KEY));
    }

    private static String orDev(String value, String dev, boolean devKeys, String variable) {
        if (value != null && !value.isBlank()) {
            return value;
        }
        if (devKeys) {
            return dev;
        }
        throw new IllegalStateException(variable + " is missing: residents' personal data is encrypted with it "
                + "(32 random bytes in base64, e.g. openssl rand -base64 32; see docs/decisions/0030)");
    }

    private static byte[] key(String base64, String variable) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(variable + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(variable + " must be 32 bytes (base64 of 32 random bytes), not "
                    + key.length);
        }
        return key;
    }

    byte[] current() {
        return dataKeys.get(currentId);
    }

    @Override
    public String toString() {
        return "DataKeys[current=" + currentId + ", numbers=" + dataKeys.keySet() + "]";
    }
}
