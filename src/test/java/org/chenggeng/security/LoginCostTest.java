package org.chenggeng.security;

import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every failed login costs one password hash check, whatever the reason, so that the time an answer takes does
 * not tell an unknown account from a locked, disabled or existing one. Counting checks instead of timing
 * answers keeps the test exact.
 */
@ChenggengTest
class LoginCostTest {

    @Autowired
    DatabaseUserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    UserAdminService admin;
    @Autowired
    TestUsers as;
    @Autowired
    UserAccountRepository users;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AddressFailures addresses;
    @Autowired
    PasswordPolicy passwords;

    private CountingPasswordEncoder counting;
    private AuthenticationProvider login;

    @BeforeEach
    void countingLogin() {
        counting = new CountingPasswordEncoder(encoder);
        login = SecurityConfig.loginProvider(userDetails, counting, throttle);
    }

    @Test
    void anUnknownAccountCostsOneHashCheck() {
        assertThat(checksOfAFailure("lc-nobody", "some-password-1")).isEqualTo(1);
    }

    @Test
    void aWrongPasswordCostsOneHashCheck() throws Exception {
        newUser("lc-wrong");
        assertThat(checksOfAFailure("lc-wrong", "wrong-password")).isEqualTo(1);
    }

    @Test
    void aLockedAccountCostsOneHashCheckEvenWithTheRightPassword() throws Exception {
        newUser("lc-locked");
        for (int i = 0; i < 5; i++) {
            checksOfAFailure("lc-locked", "wrong-password");
        }
        assertThat(checksOfAFailure("lc-locked", "right-password-1")).isEqualTo(1);
        assertThat(checksOfAFailure("lc-locked", "wrong-password")).isEqualTo(1);
    }

    @Test
    void aDisabledAccountCostsOneHashCheckWithTheRightPasswordOrAWrongOne() throws Exception {
        Long id = newUser("lc-off");
        as.run("security", () -> admin.setEnabled(id, false));
        assertThat(checksOfAFailure("lc-off", "right-password-1")).isEqualTo(1);
        assertThat(checksOfAFailure("lc-off", "wrong-password")).isEqualTo(1);
    }

    @Test
    void aRefusedAddressCostsOneHashCheck() throws Exception {
        newUser("lc-address");
        login = SecurityConfig.loginProvider(userDetails, counting, new LoginThrottle(users,
                new LoginProperties(5, 1, Duration.ofMinutes(15)), events, clock, transactions, passwords, addresses));
        assertThat(checksOfAFailure("lc-address", "wrong-password", "192.0.2.4")).isEqualTo(1);
        assertThat(checksOfAFailure("lc-address", "right-password-1", "192.0.2.4")).isEqualTo(1);
    }

    private int checksOfAFailure(String username, String password) {
        return checksOfAFailure(username, password, null);
    }

    private int checksOfAFailure(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        if (address != null) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setRemoteAddr(address);
            attempt.setDetails(new WebAuthenticationDetails(request));
        }
        counting.reset();
        assertThatThrownBy(() -> login.authenticate(attempt)).isExactlyInstanceOf(BadCredentialsException.class);
        return counting.checks();
    }

    private Long newUser(String username) throws Exception {
        return as.as("security", () -> {
            Long street = admin.regionChoices().stream().filter(r -> r.path().endsWith("月牙河街")).findFirst()
                    .orElseThrow().id();
            return admin.create(new UserAdminService.NewUser(username, "耗时测试", "right-password-1",
                    Role.OFFICIAL, street, Set.of()));
        });
    }
}
