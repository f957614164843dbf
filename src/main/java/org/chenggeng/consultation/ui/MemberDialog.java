package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.consultation.MemberData;
import org.chenggeng.consultation.WorkingGroupService;
import org.chenggeng.consultation.WorkingGroupService.MemberRow;
import org.chenggeng.shared.ui.Saving;

/** Adds a member to the working group or changes one. */
class MemberDialog extends Dialog {

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
        if (existing != null) {
            name.setValue(existing.name());
            organisation.setValue(existing.organisation());
            role.setValue(existing.role());
        }
        FormLayout form = new FormLayout(name, organisation, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> Saving.attempt(this, () -> {
            MemberData data = new MemberData(name.getValue(), organisation.getValue(), role.getValue());
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
}
