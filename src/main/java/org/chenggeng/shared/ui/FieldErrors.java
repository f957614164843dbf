package org.chenggeng.shared.ui;

import com.vaadin.flow.component.HasValidation;
import org.chenggeng.shared.DomainException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a refusal on the field it is about (the field turns invalid and shows the sentence under itself), so that the
 * message never covers the field; a refusal about no field of the form is shown as an error notification.
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

    /** Clears the errors shown on the fields, after a save that worked. */
    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
