package org.chenggeng.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Login throttling: an account is locked for {@code lockDuration} after {@code maxFailures} failed logins in a
 * row, and an address is refused after {@code maxFailuresPerAddress} failures within a window of the same length
 * (until the window ends). Both are counted in the database, so the limits hold across all instances together.
 */
@ConfigurationProperties("chenggeng.login")
record LoginProperties(Integer maxFailures, Integer maxFailuresPerAddress, Duration lockDuration) {

    LoginProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }
}
