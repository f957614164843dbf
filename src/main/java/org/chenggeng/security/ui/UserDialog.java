package org.chenggeng.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.chenggeng.security.PasswordPolicy;
import org.chenggeng.security.Role;
import org.chenggeng.security.ScopeDirectory.ProjectChoice;
import org.chenggeng.security.ScopeDirectory.RegionChoice;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.security.UserAdminService.UserRow;
import org.chenggeng.security.UserAdminService.NewUser;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.FieldErrors;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.Saving;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.chenggeng.shared.ui.FieldErrors.message;
import static org.chenggeng.shared.ui.FieldErrors.rule;

/**
 * Creates an account, or edits one: name, role, scope; resets its password; disables or enables it. The form is
 * bound to a {@link NewUser} (an edit sends its name, role and scope as changes): the binder checks the account's
 * own rules on the fields with the message keys of the service, and what the service still refuses (a name taken,
 * a password too simple) lands on the field it is about.
 */
class UserDialog extends Dialog {


    private final transient UserAdminService users;
    private final UserRow row;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<RegionChoice> region = new ComboBox<>();
    private final MultiSelectComboBox<ProjectChoice> projects = new MultiSelectComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Binder<NewUser> binder = new Binder<>(NewUser.class);
    private final Checkbox twoFactor = new Checkbox();
    private final FieldErrors errors = new FieldErrors();

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
        password.setHelperText(rulesText(users.passwordRules()));
        password.setId("user-password");
        role.addValueChangeListener(e -> projects.setVisible(e.getValue() == Role.PROJECT_MANAGER));

        FormLayout form = new FormLayout(username, displayName, role, region, projects);
        form.setColspan(projects, 2);
        bind(regions, projectChoices);
        if (row == null) {
            form.add(password);
            role.setValue(Role.OFFICIAL);
        } else {
            binder.readRecord(new NewUser(row.username(), row.displayName(), null, row.role(), row.regionId(),
                    row.projectIds()));
            username.setReadOnly(true);
            form.add(twoFactorSetting(users.twoFactor(row.id())));
            form.setColspan(twoFactor, 2);
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

    private void bind(List<RegionChoice> regions, List<ProjectChoice> projectChoices) {
        binder.forField(username).withValidator(rule(u -> row != null
                || UserAdminService.USERNAME.matcher(u.trim()).matches(), "user.error.usernameFormat")).bind("username");
        binder.forField(displayName).asRequired(message("user.error.displayNameRequired"))
                .withValidator(rule(n -> n.trim().length() <= 100, "error.tooLong", 100)).bind("displayName");
        binder.forField(password)
                .withValidator(rule(p -> row != null || p.length() >= users.passwordRules().minLength(),
                        "password.error.tooShort", users.passwordRules().minLength()))
                .withValidator(rule(p -> p.length() <= PasswordPolicy.MAX_LENGTH, "password.error.tooLong",
                        PasswordPolicy.MAX_LENGTH))
                .bind("initialPassword");
        binder.forField(role).asRequired(message("user.error.roleRequired")).bind("role");
        binder.forField(region)
                .withValidator(rule(r -> r != null || role.getValue() != null && role.getValue().isAdministrative(), "user.error.regionRequired"))
                .withConverter(r -> r == null ? null : r.id(),
                        (Long id) -> regions.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null))
                .bind("regionId");
        // a project list left over from choosing project manager first is not sent for another role
        binder.forField(projects).withConverter(
                        chosen -> role.getValue() == Role.PROJECT_MANAGER
                                ? chosen.stream().map(ProjectChoice::id).collect(Collectors.toSet()) : Set.<Long>of(),
                        (Set<Long> ids) -> projectChoices.stream().filter(p -> ids.contains(p.id()))
                                .collect(Collectors.toSet()))
                .bind("projectIds");
        errors.on(username, "user.error.usernameFormat", "user.error.usernameTaken")
                .on(displayName, "user.error.displayNameRequired")
                .on(password, "password.error.tooShort", "password.error.tooLong", "password.error.sameAsUsername",
                        "password.error.tooSimple", "password.error.classes", "password.error.containsUsername",
                        "password.error.breached")
                .on(role, "user.error.roleRequired", "user.error.cannotDemoteSelf")
                .on(region, "user.error.regionRequired", "user.error.unknownRegion")
                .on(projects, "user.error.projectsOnlyForManagers", "user.error.unknownProject");
    }

    /** Two-factor sign-in (decision record 0027): required of this user, and a reset for a lost authenticator. */
    private HorizontalLayout twoFactorSetting(UserAdminService.TwoFactorSetting setting) {
        twoFactor.setLabel(getTranslation(setting.requiredByRole() ? "user.twoFactor.byRole" : "user.twoFactor"));
        twoFactor.setValue(setting.requiredForUser() || setting.requiredByRole());
        twoFactor.setReadOnly(setting.requiredByRole());
        twoFactor.setId("user-mfa-required");
        HorizontalLayout line = new HorizontalLayout(twoFactor);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (setting.enrolled()) {
            Button reset = new Button(getTranslation("user.twoFactor.reset"), e -> Saving.attempt(this,
                    () -> users.resetTwoFactor(row.id()), () -> fireEvent(new SavedEvent(this))));
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            reset.setId("user-mfa-reset");
            line.add(reset);
        }
        return line;
    }

    private void save() {
        Saving.submit(this, binder, errors, data -> {
            if (row == null) {
                users.create(data);
            } else {
                users.update(row.id(), new UserAdminService.UserChanges(row.version(), data.displayName(),
                        data.role(), data.regionId(), data.projectIds()));
                if (!twoFactor.isReadOnly()) {
                    users.requireTwoFactor(row.id(), twoFactor.getValue());
                }
            }
        }, () -> fireEvent(new SavedEvent(this)));
    }

    private void resetPassword() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("user.resetPassword"));
        PasswordField fresh = new PasswordField(getTranslation("profile.newPassword"));
        fresh.setHelperText(rulesText(users.passwordRules()));
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

    private String rulesText(PasswordPolicy.Rules rules) {
        return getTranslation("password.rules", rules.minLength(), rules.minClasses(), rules.history());
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
