package org.chenggeng.support;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.concurrent.Callable;

/**
 * Runs test code as a user from the database, with the authorities that user really has. It writes to the
 * application context's own security-context strategy (Vaadin installs one), not to whatever the static holder
 * points at after another test started an application of its own.
 */
@Component
public class TestUsers {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;

    TestUsers(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.users = users;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T as(String username, Callable<T> action) throws Exception {
        UserDetails user = users.loadUserByUsername(username);
        var previous = securityContext.getContext().getAuthentication();
        securityContext.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
        try {
            return action.call();
        } finally {
            securityContext.getContext().setAuthentication(previous);
        }
    }

    public void run(String username, ThrowingRunnable action) throws Exception {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** A runnable that may throw, for assertions on what a service refuses. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
