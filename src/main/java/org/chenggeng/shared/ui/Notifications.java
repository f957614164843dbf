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

    /** The refusal's sentence in the user's language (see {@link Messages}). */
    public static String translate(DomainException e) {
        return Messages.sentence(UI.getCurrent(), e.messageKey(), e.arguments());
    }

    private static void errorText(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
