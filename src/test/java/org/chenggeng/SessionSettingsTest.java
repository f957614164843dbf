package org.chenggeng;

import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions end after 30 idle minutes, and Vaadin's heartbeats must not keep an idle one alive. */
@ChenggengTest
class SessionSettingsTest {

    @Autowired
    Environment environment;

    @Test
    void idleSessionsEndAfterThirtyMinutesDespiteHeartbeats() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }
}
