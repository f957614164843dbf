package org.chenggeng.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.ErrorMessageProvider;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializablePredicate;
import org.chenggeng.shared.DomainException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a refusal on the field it is about (the field turns invalid and shows the sentence under itself), so that the
 * message never covers the field; a refusal about no field of the form is shown as an error notification. A form's
 * {@code Binder} checks the same rules before the service is called, with the message keys the domain uses
 * ({@link #rule}, {@link #message}), so that the field says the same sentence the service would; the service stays
 * the authority and what it refuses still lands here.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** The field that the refusals with these message keys are about. */
    public FieldErrors on(HasValidation field, String... messageKeys) {
        for (String key : messageKeys) {
            fields.put(key, field);
        }
        return this;
    }

    /** Shows the refusal on its field, or as an error notification when it names none of the form's fields. */
    public void show(DomainException e) {
        clear();
        HasValidation field = fields.get(e.messageKey());
        if (field == null) {
            Notifications.error(e);
            return;
        }
        field.setErrorMessage(Notifications.translate(e));
        field.setInvalid(true);
    }

    /** A Binder check that fails with the sentence of the domain's message key. */
    public static <T> Validator<T> rule(SerializablePredicate<T> passes, String messageKey, Object... arguments) {
        return Validator.from(passes, message(messageKey, arguments));
    }

    /** The sentence of a domain message key, for a Binder's {@code asRequired} or converter. */
    public static ErrorMessageProvider message(String messageKey, Object... arguments) {
        return context -> Messages.sentence(UI.getCurrent(), messageKey, arguments);
    }

    /** Clears the errors shown on the fields, after a save that worked. */
    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
