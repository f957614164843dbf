package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.chenggeng.consultation.HouseholdData;
import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Saving;

import java.util.function.Consumer;

import static org.chenggeng.shared.ui.FieldErrors.message;
import static org.chenggeng.shared.ui.FieldErrors.rule;

/**
 * Adds a household to the register or corrects one; a household entered by mistake can be deleted here. The binder
 * checks the household's own rules on the fields with the message keys of {@code Household}; an address already in
 * the register, which only the service can tell, is said on the room field.
 */
class HouseholdDialog extends Dialog {

    private final Binder<HouseholdData> binder = new Binder<>(HouseholdData.class);
    private final FieldErrors errors = new FieldErrors();

    HouseholdDialog(HouseholdService households, long compoundId, HouseholdRow existing, Runnable onSaved,
                    Consumer<HouseholdRow> onDelete) {
        setHeaderTitle(getTranslation(existing == null ? "household.add" : "household.edit"));
        setWidth("min(34rem, 96vw)");
        TextField building = field("household.building", 20, "household-building-field");
        TextField unit = field("household.unit", 20, "household-unit-field");
        TextField room = field("household.room", 20, "household-room-field");
        BigDecimalField area = new BigDecimalField(getTranslation("household.area"));
        area.setId("household-area-field");
        TextField owner = field("household.owner", 50, "household-owner-field");
        TextField phone = field("household.phone", 20, "household-phone-field");
        address(building, "household.building", "building");
        address(unit, "household.unit", "unit");
        address(room, "household.room", "room");
        binder.forField(area).asRequired(message("household.error.area"))
                .withValidator(rule(a -> a.signum() > 0 && a.compareTo(HouseholdData.MAX_AREA) <= 0,
                        "household.error.area"))
                .withValidator(rule(a -> a.stripTrailingZeros().scale() <= 2, "household.error.areaDecimals"))
                .bind("floorArea");
        binder.forField(owner).withValidator(rule(o -> o.trim().length() <= 50, "error.tooLong", 50))
                .bind("ownerName");
        binder.forField(phone).withValidator(rule(p -> p.isBlank() || HouseholdData.PHONE.matcher(p.trim()).matches(),
                "household.error.phone")).bind("phone");
        errors.on(room, "household.error.duplicate").on(area, "household.error.area", "household.error.areaDecimals")
                .on(phone, "household.error.phone");
        if (existing != null) {
            binder.readRecord(new HouseholdData(existing.building(), existing.unit(), existing.room(),
                    existing.floorArea(), existing.ownerName(), existing.phone()));
        }
        FormLayout form = new FormLayout(building, unit, room, area, owner, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 3));
        form.setColspan(owner, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> Saving.submit(this, binder, errors, data -> {
            if (existing == null) {
                households.create(compoundId, data);
            } else {
                households.update(existing.id(), existing.version(), data);
            }
        }, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("household-save");
        if (existing != null) {
            Button delete = new Button(getTranslation("action.delete"), e -> {
                close();
                onDelete.accept(existing);
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(delete);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void address(TextField field, String labelKey, String property) {
        binder.forField(field).asRequired(message("error.requiredField", MessageKey.of(labelKey)))
                .withValidator(rule(v -> v.trim().length() <= 20, "error.tooLong", 20)).bind(property);
    }

    private TextField field(String key, int max, String id) {
        TextField f = new TextField(getTranslation(key));
        f.setMaxLength(max);
        f.setId(id);
        return f;
    }
}
