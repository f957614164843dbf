package org.chenggeng.security.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.chenggeng.security.AccountService;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The login page. Any failure shows one message, whatever its cause. While the application is not ready (the
 * demo data still loading), a notice says so, and goes once it is.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int READINESS_POLL_MS = 3000;

    private final LoginForm form = new LoginForm();
    private final transient ApplicationAvailability availability;
    private final Div loading = new Div();
    private Registration poll;

    LoginView(AccountService accounts, Environment environment, ApplicationAvailability availability) {
        this.availability = availability;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        HorizontalLayout top = new HorizontalLayout(new LanguageSwitch(accounts, false));
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.END);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(getTranslation("app.tagline"));
        subtitle.addClassName("login-subtitle");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        Div card = new Div(title, subtitle, form);
        card.addClassName("login-card");
        add(top, card);
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            Div hint = new Div(new Span(getTranslation("login.demoHint")));
            hint.addClassName("login-demo-hint");
            card.add(hint);
            loading.setId("demo-loading");
            loading.addClassName("banner-warning");
            loading.setText(getTranslation("login.demoLoading"));
            loading.setVisible(false);
            card.addComponentAsFirst(loading);
        }
    }

    private boolean isReady() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    /** Shows the notice while the application is not ready, and polls until it is. */
    private void showReadiness(UI ui) {
        if (loading.getParent().isEmpty() || isReady()) {
            loading.setVisible(false);
            stopPolling(ui);
            return;
        }
        loading.setVisible(true);
        if (poll == null) {
            ui.setPollInterval(READINESS_POLL_MS);
            poll = ui.addPollListener(e -> showReadiness(ui));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    private void stopPolling(UI ui) {
        if (poll != null) {
            poll.remove();
            poll = null;
            ui.setPollInterval(-1);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        showReadiness(event.getUI());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
