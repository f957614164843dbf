package org.chenggeng.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.chenggeng.shared.DomainException;

import java.util.ArrayList;
import java.util.List;

/**
 * Success and error messages, translated; a domain refusal is shown in the user's language with its reason. Errors
 * appear at the top, away from the form below, and a success closes the errors still open, so that a stale refusal
 * never stands beside the confirmation of what then worked. A refusal that names a field goes on the field instead
 * (see {@link FieldErrors}).
 */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String key, Object... args) {
        UI ui = UI.getCurrent();
        closeErrors(ui);
        Notification n = Notification.show(ui.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START);
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

    /** Closes the error notifications still open in the UI. */
    public static void closeErrors(UI ui) {
        List<Notification> open = new ArrayList<>(openErrors(ui));
        openErrors(ui).clear();
        open.forEach(Notification::close);
    }

    private static void errorText(String text) {
        UI ui = UI.getCurrent();
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        List<Notification> open = openErrors(ui);
        open.add(n);
        n.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                open.remove(n);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Notification> openErrors(UI ui) {
        List<Notification> open = (List<Notification>) ComponentUtil.getData(ui, OPEN_ERRORS);
        if (open == null) {
            open = new ArrayList<>();
            ComponentUtil.setData(ui, OPEN_ERRORS, open);
        }
        return open;
    }

    private static final String OPEN_ERRORS = Notifications.class.getName() + ".openErrors";
}
