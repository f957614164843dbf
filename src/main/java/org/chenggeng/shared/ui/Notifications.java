package org.chenggeng.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.chenggeng.shared.DomainException;

/** Success and error messages, translated; a domain refusal is shown in the user's language with its reason. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String key, Object... args) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(key, args), 3000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(DomainException e) {
        errorText(translate(e));
    }

    public static void errorKey(String key, Object... args) {
        errorText(UI.getCurrent().getTranslation(key, args));
    }

    /** The refusal's sentence; arguments that are themselves message keys (a status, a role) are translated too. */
    public static String translate(DomainException e) {
        UI ui = UI.getCurrent();
        Object[] args = e.arguments();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && s.contains(".") && !s.contains(" ")) {
                String t = ui.getTranslation(s);
                if (!t.startsWith("!")) {
                    args[i] = t;
                }
            }
        }
        return ui.getTranslation(e.messageKey(), args);
    }

    private static void errorText(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
