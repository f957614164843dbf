package org.chenggeng.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The password rules (decision 0028): at least {@code minLength} characters of at least {@code minClasses} of the
 * four kinds (upper and lower case letters, digits, symbols), none of the last {@code history} passwords, and a
 * change forced once a password is {@code maxAge} old ({@code 0} turns expiry off).
 */
@ConfigurationProperties("chenggeng.security.password")
record PasswordProperties(Integer minLength, Integer minClasses, Integer history, Duration maxAge) {

    PasswordProperties {
        minLength = minLength == null ? 10 : minLength;
        minClasses = minClasses == null ? 3 : minClasses;
        history = history == null ? 5 : history;
        maxAge = maxAge == null ? Duration.ofDays(90) : maxAge;
        if (minLength < 1 || minLength > PasswordPolicy.MAX_LENGTH || minClasses < 1 || minClasses > 4
                || history < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("chenggeng.security.password.*: min-length 1.."
                    + PasswordPolicy.MAX_LENGTH + ", min-classes 1..4, history >= 0, max-age >= 0");
        }
    }

    boolean expires() {
        return !maxAge.isZero();
    }
}
