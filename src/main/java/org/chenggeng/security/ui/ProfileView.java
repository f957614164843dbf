package org.chenggeng.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.security.AccessTokenService;
import org.chenggeng.security.ActiveSessions;
import org.chenggeng.security.AccountService;
import org.chenggeng.security.PasswordPolicy;
import org.chenggeng.security.TwoFactorService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Notifications;

/**
 * The signed-in user's own page: who they are, their language, their password, two-factor sign-in and their API
 * tokens. A user who
 * must change their password sees only the first three: until it is changed, nothing else is theirs to use.
 */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ProfileView(AccountService accounts, AccessTokenService tokens, ActiveSessions sessions,
                TwoFactorService twoFactor) {
        this.accounts = accounts;
        addClassName("page");
        AccountService.MyAccount me = accounts.me();
        add(new H2(getTranslation("profile.title")));
        PasswordPolicy.Rules rules = accounts.passwordRules();
        if (me.mustChangePassword()) {
            Div banner = new Div(new Span(me.passwordExpired()
                    ? getTranslation("profile.passwordExpired", rules.maxAgeDays())
                    : getTranslation("profile.mustChange")));
            banner.addClassName("banner-warning");
            banner.setId("must-change-banner");
            add(banner);
        }
        FormLayout who = new FormLayout();
        who.addFormItem(new Span(me.username()), getTranslation("user.username"));
        who.addFormItem(new Span(me.displayName()), getTranslation("user.displayName"));
        who.addFormItem(new Span(getTranslation(me.role().labelKey())), getTranslation("user.role"));
        who.addFormItem(new LanguageSwitch(accounts, true), getTranslation("profile.language"));
        who.setMaxWidth("40rem");
        add(who, new H3(getTranslation("profile.changePassword")), passwordForm(rules));
        if (!me.mustChangePassword()) {
            add(new TwoFactorPanel(twoFactor));
            add(new AccessTokensPanel(tokens));
            add(new SessionsPanel(sessions));
        }
    }

    private FormLayout passwordForm(PasswordPolicy.Rules rules) {
        current.setLabel(getTranslation("profile.currentPassword"));
        fresh.setLabel(getTranslation("profile.newPassword"));
        fresh.setHelperText(getTranslation("password.rules", rules.minLength(), rules.minClasses(), rules.history()));
        repeat.setLabel(getTranslation("profile.repeatPassword"));
        current.setId("current-password");
        fresh.setId("new-password");
        repeat.setId("repeat-password");
        Button save = new Button(getTranslation("profile.savePassword"), e -> changePassword());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        save.getStyle().set("margin-top", "var(--lumo-space-m)");
        FormLayout form = new FormLayout(current, fresh, repeat, save);
        form.setMaxWidth("40rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private void changePassword() {
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("password.error.mismatch"));
            return;
        }
        try {
            accounts.changePassword(current.getValue(), fresh.getValue());
            current.clear();
            fresh.clear();
            repeat.clear();
            repeat.setInvalid(false);
            Notifications.success("profile.passwordChanged");
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (DomainException e) {
            Notifications.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
