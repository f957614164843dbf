package org.chenggeng.shared.ui;

import com.vaadin.flow.server.VaadinService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application's {@link Clock} as screens read it, so that a form's "today" and the times a grid shows agree with
 * the services, which check dates against the same clock. Dialogs are made with {@code new}, not by Spring; this
 * asks Vaadin's instantiator, which hands out the Spring bean.
 */
public final class UiClock {

    private UiClock() {
    }

    public static Clock clock() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(Clock.class);
    }

    /** Today by the application's clock: what a date field offers first and the latest it accepts. */
    public static LocalDate today() {
        return LocalDate.now(clock());
    }

    /** The zone the application shows times in. */
    public static ZoneId zone() {
        return clock().getZone();
    }
}
