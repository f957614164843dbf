package org.chenggeng.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.concurrent.Callable;

/** Runs test code as a user from the database, with the authorities that user really has. */
@Component
public class TestUsers {

    private final UserDetailsService users;

    TestUsers(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String username, Callable<T> action) throws Exception {
        UserDetails user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
        try {
            return action.call();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
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
