package org.chenggeng.shared.crypto;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a keyed hash is of, and how the value is brought to one form first, so that the same value always gives the
 * same hash and values of different kinds never compare: a label of an address (a room: trimmed, letter case
 * ignored, as MySQL's unique key and the import compare it), a name (trimmed, in Unicode's compatibility form, so
 * that a full-width letter matches its half-width one) and the last four digits of a phone.
 */
public enum HashKind {
    LABEL, NAME, PHONE_TAIL;

    /** The value in its one form, or null when there is nothing to hash (no phone digits, say). */
    String normalise(String value) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).trim();
        return switch (this) {
            case LABEL -> v.isEmpty() ? null : v.toLowerCase(Locale.ROOT);
            case NAME -> v.isEmpty() ? null : v;
            case PHONE_TAIL -> {
                String digits = v.replaceAll("[^0-9]", "");
                yield digits.length() < 4 ? null : digits.substring(digits.length() - 4);
            }
        };
    }
}
