package org.chenggeng.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.chenggeng.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Sends a user who must change their password to the profile page, wherever they were going, before the target
 * view is built (views read data in their constructors, which the services refuse such a user). It reads the
 * session's authorities, not the account: the login grants {@link Roles#PASSWORD_CHANGE_REQUIRED} in place of the
 * role and the password change replaces it, so a navigation costs no query.
 */
@Component
class PasswordChangeRouting implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;

    PasswordChangeRouting(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != ProfileView.class && target != LoginView.class
                && authentication.hasAuthority(Roles.PASSWORD_CHANGE_REQUIRED)) {
            event.forwardTo(ProfileView.class);
        }
    }
}
