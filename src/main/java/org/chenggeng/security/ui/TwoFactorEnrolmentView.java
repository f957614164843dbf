package org.chenggeng.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.security.TwoFactorService;

/**
 * Where a user who must sign in with two factors and has no authenticator yet is sent right after the password
 * ({@link SecondFactorRouting}): enrolling one is all they can do; once its recovery codes are saved, the session
 * gets its role.
 */
@Route(value = "two-factor/enrol", autoLayout = false)
@PermitAll
public class TwoFactorEnrolmentView extends VerticalLayout implements HasDynamicTitle {

    TwoFactorEnrolmentView(TwoFactorService twoFactor, AuthenticationContext authentication) {
        addClassName("page");
        setAlignItems(FlexComponent.Alignment.CENTER);
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Div banner = new Div(new Span(getTranslation("twoFactor.forced.text")));
        banner.addClassName("banner-warning");
        banner.setId("two-factor-forced");
        Button signOut = new Button(getTranslation("twoFactor.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("two-factor-sign-out");
        TwoFactorPanel panel = new TwoFactorPanel(twoFactor, () -> getUI().ifPresent(ui -> ui.getPage()
                .setLocation(ui.getInternals().getContextRootRelativePath() + ".")));
        VerticalLayout column = new VerticalLayout(title, new H2(getTranslation("twoFactor.forced.title")), banner,
                panel, signOut);
        column.setMaxWidth("40rem");
        column.setPadding(false);
        add(column);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twoFactor.forced.title");
    }
}
