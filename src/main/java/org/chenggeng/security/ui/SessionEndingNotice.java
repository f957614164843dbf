package org.chenggeng.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import org.chenggeng.security.SessionEnding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tells the open screens of a session that is being ended elsewhere why they stop working: a dialog that cannot be
 * closed, with a plain link to sign in again (no round trip, since the session is gone by the time it is clicked),
 * built on each of the session's pages before the session is invalidated. The application has no server push
 * (decision 0034), so a page shows it only when its own request is answered in that moment (a page polling for an
 * export); any other page finds its session ended on its next request and lands on the login page.
 */
@Component
class SessionEndingNotice {

    private static final Logger log = LoggerFactory.getLogger(SessionEndingNotice.class);
    private static final long PUSH_WAIT_SECONDS = 2;

    /**
     * Tells the session's screens, from a thread of its own: the caller may hold another Vaadin session's lock (a
     * click on "sign out elsewhere"), and Vaadin runs no access to a session from a thread that holds another's,
     * so the notice would wait for the ended session's next request, which never comes.
     */
    @EventListener
    void on(SessionEnding ending) {
        Thread teller = Thread.ofVirtual().name("session-ending-notice").start(() -> tell(ending));
        try {
            teller.join(Duration.ofSeconds(2 * PUSH_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void tell(SessionEnding ending) {
        for (VaadinSession session : VaadinSession.getAllSessions(ending.session())) {
            try {
                List<UI> uis = new ArrayList<>();
                session.access(() -> uis.addAll(session.getUIs())).get(PUSH_WAIT_SECONDS, TimeUnit.SECONDS);
                for (UI ui : uis) {
                    // UI.access, so that the dialog is built with its UI current
                    ui.access(() -> tell(ui, ending)).get(PUSH_WAIT_SECONDS, TimeUnit.SECONDS);
                }
            } catch (ExecutionException | TimeoutException e) {
                log.debug("A session ended elsewhere could not be told so", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void tell(UI ui, SessionEnding ending) {
        Dialog dialog = new Dialog();
        dialog.setId("session-ended");
        dialog.setHeaderTitle(ui.getTranslation("session.ended.title"));
        dialog.add(new Paragraph(ending.reason() == SessionEnding.Reason.SIGNED_IN_ELSEWHERE
                ? ui.getTranslation("session.ended.signedInElsewhere", ending.byAddress() == null ? "?"
                : ending.byAddress())
                : ui.getTranslation("session.ended.signedOutElsewhere")));
        Anchor again = new Anchor("login", ui.getTranslation("session.ended.signInAgain"));
        again.setRouterIgnore(true);
        again.setId("session-ended-sign-in");
        dialog.getFooter().add(again);
        dialog.setCloseOnEsc(false);
        dialog.setCloseOnOutsideClick(false);
        ui.add(dialog);
        dialog.open();
    }
}
