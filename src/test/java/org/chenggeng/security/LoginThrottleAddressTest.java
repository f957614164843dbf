package org.chenggeng.security;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** An address that keeps failing is refused for the lock duration, whichever accounts it tries. */
class LoginThrottleAddressTest {

    private Instant now = Instant.parse("2026-01-05T08:00:00Z");

    @Test
    void anAddressIsRefusedAfterTooManyFailuresAndAdmittedAgainAfterTheLockDuration() {
        UserAccountRepository users = mock(UserAccountRepository.class);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        LoginThrottle throttle = new LoginThrottle(users, new LoginProperties(5, 3, Duration.ofMinutes(15)),
                mock(ApplicationEventPublisher.class), clock, mock(PlatformTransactionManager.class),
                mock(PasswordPolicy.class));

        throttle.failed("guess-1", "10.0.0.7", LoginThrottle.Attempt.REFUSED);
        throttle.failed("guess-2", "10.0.0.7", LoginThrottle.Attempt.REFUSED);
        assertThat(throttle.isAddressRefused("10.0.0.7")).isFalse();
        throttle.failed("guess-3", "10.0.0.7", LoginThrottle.Attempt.REFUSED);
        assertThat(throttle.isAddressRefused("10.0.0.7")).isTrue();
        assertThat(throttle.admit("official", "10.0.0.7").admitted()).isFalse();
        assertThat(throttle.isAddressRefused("10.0.0.8")).isFalse();

        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isAddressRefused("10.0.0.7")).isFalse();
    }
}
