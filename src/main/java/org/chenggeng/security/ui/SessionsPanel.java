package org.chenggeng.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinSession;
import org.chenggeng.security.ActiveSessions;
import org.chenggeng.security.ActiveSessions.SessionRow;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;

import java.util.List;

/**
 * The profile's list of the user's signed-in sessions (when and from where each signed in, its last request, the
 * browser), this one marked, and "sign out elsewhere", which ends all the others (decision 0028).
 */
class SessionsPanel extends VerticalLayout {

    private final transient ActiveSessions sessions;
    private final Grid<SessionRow> grid = new Grid<>();
    private final Button elsewhere = new Button();

    SessionsPanel(ActiveSessions sessions) {
        this.sessions = sessions;
        setId("sessions");
        setPadding(false);
        setMaxWidth("60rem");
        elsewhere.setText(getTranslation("session.signOutElsewhere"));
        elsewhere.setId("sign-out-elsewhere");
        elsewhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        elsewhere.addClickListener(e -> confirm());
        add(new H3(getTranslation("session.title")), new Paragraph(getTranslation("session.help")), sessionGrid(),
                elsewhere);
        refresh();
    }

    private Grid<SessionRow> sessionGrid() {
        grid.setId("session-grid");
        grid.addComponentColumn(s -> s.current() ? new Span(getTranslation("session.thisOne")) : new Span())
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.signedInAt() == null ? "" : Formats.dateTime(s.signedInAt(), getLocale()))
                .setHeader(getTranslation("session.signedInAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Formats.dateTime(s.lastRequest(), getLocale()))
                .setHeader(getTranslation("session.lastRequest")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.address() == null ? "" : s.address()).setHeader(getTranslation("session.address"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Browsers.describe(s.userAgent())).setTooltipGenerator(SessionRow::userAgent)
                .setHeader(getTranslation("session.browser")).setAutoWidth(true).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void confirm() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("sign-out-elsewhere-confirm");
        confirm.setHeader(getTranslation("session.signOutElsewhere"));
        confirm.setText(getTranslation("session.signOutElsewhere.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("session.signOutElsewhere"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            int ended = sessions.signOutElsewhere(currentSessionId());
            refresh();
            Notifications.success("session.signedOutElsewhere", ended);
        });
        confirm.open();
    }

    private void refresh() {
        List<SessionRow> mine = sessions.mine(currentSessionId());
        grid.setItems(mine);
        elsewhere.setEnabled(mine.stream().anyMatch(s -> !s.current()));
    }

    private static String currentSessionId() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? "" : session.getSession().getId();
    }
}
