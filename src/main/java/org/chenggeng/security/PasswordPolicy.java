package org.chenggeng.security;

import org.chenggeng.shared.DomainException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The rules every new password must meet, whoever sets it (the user, an administrator, the first start), checked
 * before anything is hashed or saved; and when a password is too old to be used without a change. Each refusal
 * names the one rule that failed. Configured under {@code chenggeng.security.password} (decision 0028).
 */
@Component
public class PasswordPolicy {

    /** The most characters a new password may have: more only costs hashing time. */
    public static final int MAX_LENGTH = 128;
    /** A username this short ("pm") may appear inside a password; a longer one may not. */
    private static final int SHORTEST_USERNAME_NOT_CONTAINED = 3;

    private final PasswordProperties properties;
    private final BreachedPasswords breached;
    private final PasswordEncoder encoder;

    PasswordPolicy(PasswordProperties properties, BreachedPasswords breached, PasswordEncoder encoder) {
        this.properties = properties;
        this.breached = breached;
        this.encoder = encoder;
    }

    /** The rules as a form explains them. */
    public record Rules(int minLength, int minClasses, int history, long maxAgeDays) {
    }

    public Rules rules() {
        return new Rules(properties.minLength(), properties.minClasses(), properties.history(),
                properties.maxAge().toDays());
    }

    /**
     * Refuses a new password that breaks a rule. {@code recentHashes} are the hashes of the account's current and
     * earlier passwords, newest first; only the first {@link PasswordProperties#history()} of them count.
     */
    void check(String username, String password, List<String> recentHashes) {
        if (password == null || password.length() < properties.minLength()) {
            throw new DomainException("password.error.tooShort", properties.minLength());
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("password.error.tooLong", MAX_LENGTH);
        }
        if (classes(password) < properties.minClasses()) {
            throw new DomainException("password.error.classes", properties.minClasses());
        }
        if (password.chars().distinct().count() < 4) {
            throw new DomainException("password.error.tooSimple");
        }
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(name)) {
            throw new DomainException("password.error.sameAsUsername");
        }
        if (name.length() >= SHORTEST_USERNAME_NOT_CONTAINED && lower.contains(name)) {
            throw new DomainException("password.error.containsUsername");
        }
        if (breached.contains(password)) {
            throw new DomainException("password.error.breached");
        }
        if (recentHashes.stream().limit(properties.history()).anyMatch(hash -> encoder.matches(password, hash))) {
            throw new DomainException("password.error.recentlyUsed", properties.history());
        }
    }

    /** Whether a password set at {@code changedAt} must be changed before the account is used at {@code now}. */
    boolean isExpired(Instant changedAt, Instant now) {
        return properties.expires() && changedAt != null && !changedAt.plus(properties.maxAge()).isAfter(now);
    }

    /** Passwords set before this are expired at {@code now}; with expiry off, none is. */
    Instant expiredBefore(Instant now) {
        return properties.expires() ? now.minus(properties.maxAge()).plusNanos(1) : Instant.EPOCH;
    }

    /** How many of the four kinds of character (upper case, lower case, digit, anything else) a password has. */
    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
