package org.chenggeng.security;

import org.chenggeng.shared.DomainException;

/** The rule every new password must meet; checked before anything is hashed or saved. */
public final class PasswordPolicy {

    /** The fewest characters a new password may have. */
    public static final int MIN_LENGTH = 10;
    /** The most characters a new password may have. */
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException("password.error.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("password.error.tooLong", MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new DomainException("password.error.sameAsUsername");
        }
        if (password.chars().distinct().count() < 4) {
            throw new DomainException("password.error.tooSimple");
        }
    }
}
