package org.chenggeng.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.chenggeng.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Sends a session that gave its password but still owes a second factor to the code prompt, and one that must enrol
 * an authenticator first to the enrolment page, wherever it was going, before the target view is built; as
 * {@link PasswordChangeRouting} does, from the session's authorities.
 */
@Component
class SecondFactorRouting implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;

    SecondFactorRouting(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        boolean codeDue = authentication.hasAuthority(Roles.SECOND_FACTOR_REQUIRED);
        boolean enrolmentDue = authentication.hasAuthority(Roles.TWO_FACTOR_ENROLMENT_REQUIRED);
        if (codeDue && target != SecondFactorView.class) {
            event.forwardTo(SecondFactorView.class);
        } else if (enrolmentDue && target != TwoFactorEnrolmentView.class) {
            event.forwardTo(TwoFactorEnrolmentView.class);
        } else if (!codeDue && target == SecondFactorView.class || !enrolmentDue && target == TwoFactorEnrolmentView.class) {
            // nothing is due: the steps of signing in are no pages to come back to
            event.forwardTo("");
        }
    }
}
