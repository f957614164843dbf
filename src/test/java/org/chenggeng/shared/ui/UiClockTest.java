package org.chenggeng.shared.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Screens read the same clock the services check dates against, not the machine's. */
@ChenggengTest
class UiClockTest extends SpringBrowserlessTest {

    @Autowired
    Clock clock;

    @Test
    void aScreenReadsTheApplicationsClock() {
        assertThat(UiClock.clock()).isSameAs(clock);
        assertThat(UiClock.today()).isEqualTo(LocalDate.now(clock));
        assertThat(UiClock.zone()).isEqualTo(clock.getZone());
    }
}
