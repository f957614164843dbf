package org.chenggeng.security;

import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password older than 90 days signs in only to be changed, by the same mechanism as an initial password, and the
 * account keeps that duty until it is changed; the demo accounts are not born expired; an account from before
 * expiry counts from its first sign-in. Logins here run on a test clock moved ahead of the application's.
 */
@ChenggengTest
class PasswordExpiryTest {

    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AddressFailures addresses;
    @Autowired
    LoginProperties loginProperties;
    @Autowired
    Clock clock;
    @Autowired
    UserAdminService admin;
    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationProvider login;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;

    @Autowired
    TotpEnrolmentRepository enrolments;
    @Autowired
    MfaProperties mfa;

    @Test
    void after90DaysTheNextSignInMustChangeThePasswordFirst() throws Exception {
        Long id = newUser("pe-old");
        assertThat(roleAt("pe-old", "Own-password-1", Duration.ofDays(89))).isEqualTo(Role.OFFICIAL.authority());
        assertThat(as.as("security", () -> admin.get(id).mustChangePassword())).isFalse();

        assertThat(roleAt("pe-old", "Own-password-1", Duration.ofDays(91))).isEqualTo(Roles.PASSWORD_CHANGE_REQUIRED);
        assertThat(as.as("security", () -> admin.get(id).mustChangePassword()))
                .as("the account keeps the duty, for every channel").isTrue();
        assertThat(roleAt("pe-old", "Own-password-1", Duration.ZERO)).isEqualTo(Roles.PASSWORD_CHANGE_REQUIRED);

        as.run("pe-old", () -> accounts.changePassword("Own-password-1", "Own-password-2"));
        assertThat(roleAt("pe-old", "Own-password-2", Duration.ZERO)).isEqualTo(Role.OFFICIAL.authority());
        assertThat(roleAt("pe-old", "Own-password-2", Duration.ofDays(89))).isEqualTo(Role.OFFICIAL.authority());
    }

    @Test
    void theDemoAccountsAreNotBornExpired() {
        for (String demo : new String[]{"admin", "official", "pm", "supervisor", "committee"}) {
            UserAccount account = users.findByUsernameIgnoreCase(demo).orElseThrow();
            assertThat(account.getPasswordChangedAt()).as(demo).isAfter(clock.instant().minus(Duration.ofDays(1)));
            assertThat(account.isMustChangePassword()).as(demo).isFalse();
        }
        assertThat(login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("pm", "chenggeng-demo"))
                .getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(Role.PROJECT_MANAGER.authority()).doesNotContain(Roles.PASSWORD_CHANGE_REQUIRED);
    }

    @Test
    void anAccountFromBeforeExpiryCountsFromItsFirstSignIn() throws Exception {
        newUser("pe-legacy");
        jdbc.update("update app_user set password_changed_at = null where username = 'pe-legacy'");

        assertThat(roleAt("pe-legacy", "Own-password-1", Duration.ofDays(1000))).isEqualTo(Role.OFFICIAL.authority());
        assertThat(roleAt("pe-legacy", "Own-password-1", Duration.ofDays(1089))).isEqualTo(Role.OFFICIAL.authority());
        assertThat(roleAt("pe-legacy", "Own-password-1", Duration.ofDays(1091)))
                .isEqualTo(Roles.PASSWORD_CHANGE_REQUIRED);
    }

    /** Signs in on a clock {@code ahead} of the application's and says what the session was granted. */
    private String roleAt(String username, String password, Duration ahead) {
        Clock later = Clock.offset(clock, ahead);
        AuthenticationProvider provider = SecurityConfig.loginProvider(
                new DatabaseUserDetailsService(users, policy, later, enrolments, mfa), encoder,
                new LoginThrottle(users, loginProperties, events, later, transactions, policy, addresses));
        Authentication signedIn = provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        // Spring Security adds the factor the sign-in used (FACTOR_PASSWORD); the role or the duty is the other one
        return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> !a.startsWith("FACTOR_")).findFirst().orElseThrow();
    }

    private Long newUser(String username) throws Exception {
        return as.as("security", () -> {
            Long id = admin.create(new UserAdminService.NewUser(username, "过期测试", "Initial-pass-0", Role.OFFICIAL,
                    admin.regionChoices().getFirst().id(), Set.of()));
            admin.resetPassword(id, "Own-password-1", false);
            return id;
        });
    }
}
