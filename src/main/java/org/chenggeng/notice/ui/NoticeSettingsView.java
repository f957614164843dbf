package org.chenggeng.notice.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.notice.NoticeSettings;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;

/**
 * The administrator's switch of the 立项 gate of the notices, with what the application's configuration says and who
 * last changed it. Administrators only; the service checks again.
 */
@Route("admin/notices")
@Menu(title = "menu.noticeSettings", order = 14.8, icon = "vaadin:megaphone")
@RolesAllowed(Roles.SYSTEM_ADMIN)
class NoticeSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient NoticeSettings settings;
    private final Checkbox gate = new Checkbox();
    private final Span state = new Span();

    NoticeSettingsView(NoticeSettings settings) {
        this.settings = settings;
        addClassName("page");
        add(new H2(getPageTitle()), new Paragraph(getTranslation("noticeSettings.explain")));
        gate.setLabel(getTranslation("noticeSettings.gate"));
        gate.setId("notice-gate");
        state.addClassName("hint");
        state.setId("notice-gate-state");
        add(gate, state);
        show();
        gate.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                settings.setGate(e.getValue());
                Notifications.success("action.saved");
                show();
            }
        });
    }

    private void show() {
        NoticeSettings.GateSetting s = settings.gate();
        gate.setValue(s.required());
        String configured = getTranslation(s.configured() ? "noticeSettings.on" : "noticeSettings.off");
        state.setText(s.changedBy() == null ? getTranslation("noticeSettings.fromConfiguration", configured)
                : getTranslation("noticeSettings.changed", s.changedBy(), Formats.dateTime(s.changedAt(), getLocale()),
                configured));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("noticeSettings.title");
    }
}
