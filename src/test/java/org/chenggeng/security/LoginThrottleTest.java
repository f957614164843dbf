package org.chenggeng.security;

import org.chenggeng.audit.AuditService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ChenggengTest
class LoginThrottleTest {

    @Autowired
    AuthenticationProvider login;
    @Autowired
    UserAdminService admin;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        Long street = as.as("security", () -> admin.regionChoices().stream().filter(r -> r.path().endsWith("月牙河街"))
                .findFirst().orElseThrow().id());
        Long id = as.as("security", () -> admin.create(new UserAdminService.NewUser("lt-victim", "受害者",
                "right-password-1", Role.OFFICIAL, street, Set.of())));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("lt-victim", "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        AuthenticationException locked = catchFailure("lt-victim", "right-password-1");
        AuthenticationException unknown = catchFailure("lt-nobody", "right-password-1");
        AuthenticationException wrong = catchFailure("official", "wrong-password");

        assertThat(locked).isInstanceOf(BadCredentialsException.class);
        assertThat(locked.getMessage()).isEqualTo(unknown.getMessage()).isEqualTo(wrong.getMessage());
        assertThat(locked.getClass()).isEqualTo(unknown.getClass());
        assertThat(as.as("security", () -> admin.get(id).lockedUntil())).isNotNull();

        as.run("security", () -> admin.resetPassword(id, "right-password-2", false));
        assertThat(attempt("lt-victim", "right-password-2").isAuthenticated()).isTrue();
    }

    @Test
    void loginsAndFailuresReachTheAuditLog() throws Exception {
        catchFailure("committee", "not-the-password");
        attempt("committee", "chenggeng-demo");

        var rows = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("committee", null, "SECURITY", null,
                null), PageRequest.of(0, 50)));
        assertThat(rows).extracting(AuditService.AuditRow::action).contains("LOGIN_FAILURE", "LOGIN_SUCCESS");
    }

    private org.springframework.security.core.Authentication attempt(String user, String password) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    private AuthenticationException catchFailure(String user, String password) {
        try {
            attempt(user, password);
        } catch (AuthenticationException e) {
            return e;
        }
        throw new AssertionError("login of " + user + " should have failed");
    }
}
