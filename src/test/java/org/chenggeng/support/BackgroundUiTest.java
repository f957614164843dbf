package org.chenggeng.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;

import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A browserless view test whose view does work in the background and brings the outcome back with UI.access. */
public abstract class BackgroundUiTest extends SpringBrowserlessTest {

    /** Lets the background step finish and runs the UI updates it queued, for at most ten seconds. */
    protected static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
        }
        assertThat(condition.getAsBoolean()).as("the background import step finished").isTrue();
    }
}
