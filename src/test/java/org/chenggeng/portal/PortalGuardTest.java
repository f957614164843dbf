package org.chenggeng.portal;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-project limit holds whatever the addresses, and the sum is due from half of it on. */
class PortalGuardTest {

    @Test
    void aProjectTakesItsLimitFromAllAddressesTogetherAndAsksTheSumFromHalfOfIt() {
        PortalGuard guard = new PortalGuard(new PortalProperties("s", 100, 4, 30, Duration.ofSeconds(30),
                Duration.ZERO, Duration.ofHours(2), 1L, 1000), Clock.systemUTC());

        assertThat(guard.challengeDue("10.0.0.1", 7)).isFalse();
        assertThat(guard.admit("10.0.0.1", 7)).isZero();
        assertThat(guard.admit("10.0.0.2", 7)).isZero();
        assertThat(guard.challengeDue("10.0.0.3", 7)).as("half of the project's limit used").isTrue();
        assertThat(guard.challengeDue("10.0.0.3", 8)).as("another project").isFalse();
        assertThat(guard.admit("10.0.0.3", 7)).isZero();
        assertThat(guard.admit("10.0.0.4", 7)).isZero();
        assertThat(guard.admit("10.0.0.5", 7)).as("the fifth, from a fifth address").isPositive();
        assertThat(guard.admit("10.0.0.5", 8)).isZero();
    }
}
