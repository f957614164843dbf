package org.chenggeng.shared.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;

/**
 * How every edit dialog saves: on success it says so, closes and refreshes; when someone else saved first it
 * says so, closes and refreshes (the user sees the other person's version); when a rule refuses the input it
 * says why and stays open with the user's input intact.
 */
public final class Saving {

    private Saving() {
    }

    /** A save that may be refused by a rule of the domain. */
    @FunctionalInterface
    public interface Action {
        void save();
    }

    /** A save of what a form's Binder has read, which a rule of the domain may refuse. */
    @FunctionalInterface
    public interface Submission<T> {
        void save(T data);
    }

    /**
     * The save step of a form dialog: its Binder reads the fields into the record (a field that fails its check
     * says so under itself, and nothing is saved), then the record is saved as {@link #attempt} does, a refusal
     * about one of the form's fields landing on that field ({@code errors} may be {@code null}).
     */
    public static <T> void submit(Dialog dialog, Binder<T> binder, FieldErrors errors, Submission<T> save,
                                  Runnable afterSave) {
        T data;
        try {
            data = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        attempt(dialog, errors, () -> save.save(data), afterSave);
    }

    public static void attempt(Dialog dialog, Action action, Runnable afterSave) {
        attempt(dialog, null, action, afterSave);
    }

    /** As {@link #attempt(Dialog, Action, Runnable)}, with a refusal about one of the form's fields shown on it. */
    public static void attempt(Dialog dialog, FieldErrors errors, Action action, Runnable afterSave) {
        try {
            action.save();
            Notifications.success("action.saved");
            dialog.close();
            afterSave.run();
        } catch (StaleDataException e) {
            Notifications.error(e);
            dialog.close();
            afterSave.run();
        } catch (DomainException e) {
            if (errors == null) {
                Notifications.error(e);
            } else {
                errors.show(e);
            }
        }
    }
}
