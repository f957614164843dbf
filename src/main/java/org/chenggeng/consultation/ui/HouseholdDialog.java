package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.consultation.HouseholdData;
import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.shared.ui.Saving;

import java.util.function.Consumer;

/** Adds a household to the register or corrects one; a household entered by mistake can be deleted here. */
class HouseholdDialog extends Dialog {

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
        if (existing != null) {
            building.setValue(existing.building());
            unit.setValue(existing.unit());
            room.setValue(existing.room());
            area.setValue(existing.floorArea());
            owner.setValue(existing.ownerName() == null ? "" : existing.ownerName());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
        }
        FormLayout form = new FormLayout(building, unit, room, area, owner, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 3));
        form.setColspan(owner, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> Saving.attempt(this, () -> {
            HouseholdData data = new HouseholdData(building.getValue(), unit.getValue(), room.getValue(),
                    area.getValue(), owner.getValue(), phone.getValue());
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

    private TextField field(String key, int max, String id) {
        TextField f = new TextField(getTranslation(key));
        f.setMaxLength(max);
        f.setId(id);
        return f;
    }
}
