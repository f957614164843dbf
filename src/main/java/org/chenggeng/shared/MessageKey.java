package org.chenggeng.shared;

/**
 * An argument of a refusal that is itself a message key (a status, a unit), so that the screen says it in the
 * user's language: {@code new DomainException("progress.error.wholeNumber", MessageKey.of(unit.labelKey()))}.
 * Its text form is the key, so a refusal written to a file or a log still names it.
 */
public record MessageKey(String key) {

    public static MessageKey of(String key) {
        return new MessageKey(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
