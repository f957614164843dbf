package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.chenggeng.consultation.MemberData;
import org.chenggeng.consultation.WorkingGroupService;
import org.chenggeng.consultation.WorkingGroupService.MemberRow;
import org.chenggeng.shared.ui.Saving;

import static org.chenggeng.shared.ui.FieldErrors.message;
import static org.chenggeng.shared.ui.FieldErrors.rule;

/**
 * Adds a member to the working group or changes one. The binder checks each field with the message keys of
 * {@code WorkingGroupMember} (required, length), so the empty or too long one is the one marked.
 */
class MemberDialog extends Dialog {

    private final Binder<MemberData> binder = new Binder<>(MemberData.class);

    MemberDialog(WorkingGroupService workingGroup, long projectId, MemberRow existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "workingGroup.add" : "workingGroup.edit"));
        setWidth("min(32rem, 96vw)");
        TextField name = new TextField(getTranslation("workingGroup.name"));
        name.setMaxLength(50);
        name.setId("member-name");
        TextField organisation = new TextField(getTranslation("workingGroup.organisation"));
        organisation.setMaxLength(100);
        organisation.setId("member-organisation");
        TextField role = new TextField(getTranslation("workingGroup.role"));
        role.setMaxLength(50);
        role.setId("member-role");
        TextField officePhone = new TextField(getTranslation("workingGroup.officePhone"));
        officePhone.setMaxLength(30);
        officePhone.setHelperText(getTranslation("workingGroup.officePhoneHint"));
        officePhone.setId("member-office-phone");
        binder.forField(officePhone).withNullRepresentation("").bind("officePhone");
        required(name, 50, "name");
        required(organisation, 100, "organisation");
        required(role, 50, "role");
        if (existing != null) {
            binder.readRecord(new MemberData(existing.name(), existing.organisation(), existing.role(),
                    existing.officePhone()));
        }
        FormLayout form = new FormLayout(name, organisation, role, officePhone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> Saving.submit(this, binder, null, data -> {
            if (existing == null) {
                workingGroup.add(projectId, data);
            } else {
                workingGroup.update(existing.id(), existing.version(), data);
            }
        }, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("member-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void required(TextField field, int max, String property) {
        binder.forField(field).asRequired(message("workingGroup.error.required"))
                .withValidator(rule(v -> v.trim().length() <= max, "error.tooLong", max)).bind(property);
    }
}
