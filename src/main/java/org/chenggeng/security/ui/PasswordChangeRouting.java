package org.chenggeng.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.chenggeng.security.AccountService;
import org.springframework.stereotype.Component;

/**
 * Sends a user who must change their password to the profile page, wherever they were going, before the target
 * view is built (views read data in their constructors, which the services refuse such a user).
 */
@Component
class PasswordChangeRouting implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    PasswordChangeRouting(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != ProfileView.class && target != LoginView.class && authentication.isAuthenticated()
                && accounts.me().mustChangePassword()) {
            event.forwardTo(ProfileView.class);
        }
    }
}
