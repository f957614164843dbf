package org.chenggeng.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.chenggeng.security.Role;
import org.chenggeng.security.ScopeDirectory.ProjectChoice;
import org.chenggeng.security.ScopeDirectory.RegionChoice;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.security.UserAdminService.UserRow;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.Saving;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates an account, or edits one: name, role, scope; resets its password; disables or enables it. */
class UserDialog extends Dialog {

    private final transient UserAdminService users;
    private final UserRow row;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<RegionChoice> region = new ComboBox<>();
    private final MultiSelectComboBox<ProjectChoice> projects = new MultiSelectComboBox<>();
    private final PasswordField password = new PasswordField();

    UserDialog(UserAdminService users, UserRow row) {
        this.users = users;
        this.row = row;
        setHeaderTitle(getTranslation(row == null ? "user.create" : "user.edit"));
        setWidth("min(42rem, 95vw)");
        List<RegionChoice> regions = users.regionChoices();
        List<ProjectChoice> projectChoices = users.projectChoices();

        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.usernameRule"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("user.displayName"));
        displayName.setId("user-display-name");
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setId("user-role");
        region.setLabel(getTranslation("user.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(RegionChoice::path);
        region.setClearButtonVisible(true);
        region.setId("user-region");
        projects.setLabel(getTranslation("user.projects"));
        projects.setItems(projectChoices);
        projects.setItemLabelGenerator(p -> p.code() + " " + p.name());
        projects.setId("user-projects");
        password.setLabel(getTranslation("user.initialPassword"));
        password.setHelperText(getTranslation("password.rule"));
        password.setId("user-password");
        role.addValueChangeListener(e -> projects.setVisible(e.getValue() == Role.PROJECT_MANAGER));

        FormLayout form = new FormLayout(username, displayName, role, region, projects);
        form.setColspan(projects, 2);
        if (row == null) {
            form.add(password);
            role.setValue(Role.OFFICIAL);
        } else {
            username.setValue(row.username());
            username.setReadOnly(true);
            displayName.setValue(row.displayName());
            role.setValue(row.role());
            regions.stream().filter(r -> r.id().equals(row.regionId())).findFirst().ifPresent(region::setValue);
            projects.setValue(projectChoices.stream().filter(p -> row.projectIds().contains(p.id()))
                    .collect(Collectors.toSet()));
        }
        projects.setVisible(role.getValue() == Role.PROJECT_MANAGER);
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (row != null) {
            Button reset = new Button(getTranslation("user.resetPassword"), e -> resetPassword());
            Button toggle = new Button(getTranslation(row.enabled() ? "user.disable" : "user.enable"),
                    e -> toggleEnabled());
            toggle.addThemeVariants(row.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            reset.getStyle().set("margin-inline-end", "auto");
            getFooter().addComponentAsFirst(toggle);
            getFooter().addComponentAsFirst(reset);
        }
    }

    private void save() {
        Long regionId = region.getValue() == null ? null : region.getValue().id();
        Set<Long> projectIds = role.getValue() == Role.PROJECT_MANAGER
                ? projects.getValue().stream().map(ProjectChoice::id).collect(Collectors.toSet()) : Set.of();
        Saving.attempt(this, () -> {
            if (row == null) {
                users.create(new UserAdminService.NewUser(username.getValue(), displayName.getValue(),
                        password.getValue(), role.getValue(), regionId, projectIds));
            } else {
                users.update(row.id(), new UserAdminService.UserChanges(row.version(), displayName.getValue(),
                        role.getValue(), regionId, projectIds));
            }
        }, () -> fireEvent(new SavedEvent(this)));
    }

    private void resetPassword() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("user.resetPassword"));
        PasswordField fresh = new PasswordField(getTranslation("profile.newPassword"));
        fresh.setHelperText(getTranslation("password.rule"));
        fresh.setWidthFull();
        Checkbox force = new Checkbox(getTranslation("user.forceChange"), true);
        d.add(new FormLayout(fresh, force));
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                users.resetPassword(row.id(), fresh.getValue(), force.getValue());
                Notifications.success("user.passwordReset");
                d.close();
                fireEvent(new SavedEvent(this));
            } catch (DomainException ex) {
                Notifications.error(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void toggleEnabled() {
        Saving.attempt(this, () -> users.setEnabled(row.id(), !row.enabled()), () -> fireEvent(new SavedEvent(this)));
    }

    Registration addSavedListener(ComponentEventListener<SavedEvent> listener) {
        return addListener(SavedEvent.class, listener);
    }

    static class SavedEvent extends ComponentEvent<UserDialog> {
        SavedEvent(UserDialog source) {
            super(source, false);
        }
    }
}
