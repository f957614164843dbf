package org.chenggeng.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.security.TwoFactorService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Notifications;

/**
 * The second step of signing in: the password was right, now a code from the authenticator app or a recovery code.
 * Reached only by being sent here ({@link SecondFactorRouting}); the session has no role until the code is in.
 */
@Route(value = "two-factor", autoLayout = false)
@PermitAll
public class SecondFactorView extends VerticalLayout implements HasDynamicTitle {

    private final transient TwoFactorService twoFactor;
    private final TextField code = new TextField();

    SecondFactorView(TwoFactorService twoFactor, AuthenticationContext authentication) {
        this.twoFactor = twoFactor;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        code.setLabel(getTranslation("twoFactor.code"));
        code.setHelperText(getTranslation("twoFactor.signIn.help"));
        code.setId("second-factor-code");
        code.setMaxLength(20);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.focus();
        Button verify = new Button(getTranslation("twoFactor.signIn.submit"), e -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.setId("second-factor-submit");
        Button signOut = new Button(getTranslation("twoFactor.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("second-factor-sign-out");
        HorizontalLayout buttons = new HorizontalLayout(signOut, verify);
        buttons.setWidthFull();
        buttons.setJustifyContentMode(FlexComponent.JustifyContentMode.END);

        Div card = new Div(title, new H2(getTranslation("twoFactor.signIn.title")),
                new Paragraph(getTranslation("twoFactor.signIn.text")), code, buttons);
        card.addClassName("login-card");
        card.setId("second-factor");
        add(card);
    }

    private void verify() {
        try {
            twoFactor.signIn(code.getValue());
            // a fresh page builds the menu for the role the session holds now (or sends it to change the password)
            getUI().ifPresent(ui -> ui.getPage().setLocation(ui.getInternals().getContextRootRelativePath() + "."));
        } catch (DomainException e) {
            code.clear();
            code.setErrorMessage(Notifications.translate(e));
            code.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twoFactor.signIn.title");
    }
}
