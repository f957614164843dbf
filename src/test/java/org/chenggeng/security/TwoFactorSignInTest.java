package org.chenggeng.security;

import org.chenggeng.support.MovableClock;

import org.apache.commons.codec.binary.Base32;
import org.chenggeng.audit.AuditService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two-factor sign-in as the login page drives it, on a test clock: enrolment confirmed by a first code, sign-in with
 * a code or a recovery code, codes never accepted twice, wrong codes locking the account, a user whose role requires
 * two factors sent to enrol first, and personal access tokens untouched. Officials must use two factors here, as in
 * production; the demo profile requires it of nobody.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@TestPropertySource(properties = "chenggeng.security.mfa.required-roles=OFFICIAL")
class TwoFactorSignInTest {

    private static final String PASSWORD = "tf-password-1";

    @Autowired
    org.chenggeng.support.SecurityAdmin fixtures;
    @Autowired
    AuthenticationProvider login;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    UserAdminService admin;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AuditService audit;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    TestUsers as;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategy;

    private final Totp totp = new Totp();

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock testClock() {
            // now, so that the demo data, logged up to today, loads as on any day
            return new MovableClock(Instant.now());
        }
    }

    @AfterEach
    void signOut() {
        contextHolder().clearContext();
    }

    @Test
    void anOptionalUserEnrolsWithAFirstCodeAndThenSignsInWithACode() throws Exception {
        newUser("tf-pm", Role.PROJECT_MANAGER);
        Authentication first = signIn("tf-pm");
        assertThat(authorities(first)).contains(Role.PROJECT_MANAGER.authority());

        String secret = during(first, () -> twoFactor.newSecret()).secret();
        assertThat(during(first, () -> twoFactor.newSecret()).uri()).startsWith("otpauth://totp/Chenggeng:tf-pm?secret=");
        assertThatThrownBy(() -> during(first, () -> twoFactor.confirm(secret, wrong(secret))))
                .isInstanceOf(DomainException.class).hasMessageContaining("twoFactor.error.wrongCode");
        assertThat(during(first, () -> twoFactor.status().enrolled())).isFalse();
        List<String> recovery = during(first, () -> twoFactor.confirm(secret, code(secret, 0)));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        assertThat(jdbc.queryForObject("select secret from totp_enrolment e join app_user u on u.id = e.user_id"
                + " where u.username = 'tf-pm'", String.class)).as("stored encrypted").doesNotContain(secret);

        clock.advance(Duration.ofSeconds(30));
        Authentication second = signIn("tf-pm");
        assertThat(authorities(second)).contains(Roles.SECOND_FACTOR_REQUIRED).noneMatch(a -> a.startsWith("ROLE_"));
        assertThatThrownBy(() -> during(second, currentUser::require)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> during(second, accounts::me)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> during(second, () -> twoFactor.newSecret())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> during(second, () -> signInWith(wrong(secret))))
                .isInstanceOf(DomainException.class).hasMessageContaining("twoFactor.error.wrongCode");

        Authentication done = during(second, () -> signInWith(code(secret, 0)));
        assertThat(authorities(done)).contains(Role.PROJECT_MANAGER.authority(), SecondFactorGate.TOTP_FACTOR)
                .doesNotContain(Roles.SECOND_FACTOR_REQUIRED);
        assertThat(during(done, currentUser::require).username()).isEqualTo("tf-pm");
        assertThat(securityActions("tf-pm")).contains("TOTP_ENROLLED", "SECOND_FACTOR_FAILURE", "LOGIN_SUCCESS");
    }

    @Test
    void aCodeIsNeverAcceptedTwiceNorAnOlderOne() throws Exception {
        newUser("tf-replay", Role.PROJECT_MANAGER);
        String secret = enrol("tf-replay");
        String confirmed = code(secret, 0);

        Authentication first = signIn("tf-replay");
        assertThatThrownBy(() -> during(first, () -> signInWith(confirmed)))
                .as("the code that confirmed the enrolment").hasMessageContaining("twoFactor.error.wrongCode");
        String ahead = code(secret, 1);
        assertThat(authorities(during(first, () -> signInWith(ahead))))
                .as("the next step's code, within the tolerance").contains(Role.PROJECT_MANAGER.authority());

        Authentication second = signIn("tf-replay");
        assertThatThrownBy(() -> during(second, () -> signInWith(ahead)))
                .as("the same code again").hasMessageContaining("twoFactor.error.wrongCode");
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> during(second, () -> signInWith(code(secret, -1))))
                .as("a code older than the last one accepted").hasMessageContaining("twoFactor.error.wrongCode");
        clock.advance(Duration.ofSeconds(60));
        assertThat(authorities(during(second, () -> signInWith(code(secret, 0)))))
                .contains(Role.PROJECT_MANAGER.authority());

        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> during(signIn("tf-replay"), () -> signInWith(code(secret, 2))))
                .as("two steps ahead is beyond the tolerance").hasMessageContaining("twoFactor.error.wrongCode");
    }

    @Test
    void eachRecoveryCodeSignsInOnceAndNewOnesReplaceTheOld() throws Exception {
        newUser("tf-recovery", Role.PROJECT_MANAGER);
        String secret = twoFactorSecret("tf-recovery");
        List<String> codes = lastRecoveryCodes;

        String typed = codes.getFirst().replace("-", " ").toLowerCase();
        Authentication signedIn = during(signIn("tf-recovery"), () -> signInWith(typed));
        assertThat(authorities(signedIn)).contains(Role.PROJECT_MANAGER.authority());
        assertThat(during(signedIn, () -> twoFactor.status().recoveryCodesLeft())).isEqualTo(9);
        Authentication again = signIn("tf-recovery");
        assertThatThrownBy(() -> during(again, () -> signInWith(codes.getFirst())))
                .as("the same recovery code again").hasMessageContaining("twoFactor.error.wrongCode");
        assertThat(securityActions("tf-recovery")).contains("RECOVERY_CODE_USED");

        clock.advance(Duration.ofSeconds(30));
        List<String> fresh = during(signedIn, () -> twoFactor.regenerateRecoveryCodes(code(secret, 0)));
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(codes);
        assertThatThrownBy(() -> during(again, () -> signInWith(codes.get(1))))
                .as("an old code after new ones were made").hasMessageContaining("twoFactor.error.wrongCode");
        assertThat(authorities(during(again, () -> signInWith(fresh.get(1)))))
                .contains(Role.PROJECT_MANAGER.authority());
    }

    @Test
    void wrongCodesLockTheAccountAndAnotherPasswordLoginDoesNotResetTheCount() throws Exception {
        newUser("tf-guess", Role.PROJECT_MANAGER);
        String secret = enrol("tf-guess");
        clock.advance(Duration.ofSeconds(30));

        for (int round = 0; round < 2; round++) {
            Authentication pending = signIn("tf-guess");
            assertThatThrownBy(() -> during(pending, () -> signInWith(wrong(secret))))
                    .hasMessageContaining("twoFactor.error.wrongCode");
        }
        Authentication fifth = signIn("tf-guess");
        assertThatThrownBy(() -> during(fifth, () -> signInWith(code(secret, 0))))
                .as("the fifth attempt counted locked the account").hasMessageContaining("twoFactor.error.refused");
        assertThatThrownBy(() -> signIn("tf-guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(securityActions("tf-guess")).contains("SECOND_FACTOR_FAILURE", "ACCOUNT_LOCKED");

        clock.advance(Duration.ofMinutes(16));
        assertThat(authorities(during(signIn("tf-guess"), () -> signInWith(code(secret, 0)))))
                .as("after the lock").contains(Role.PROJECT_MANAGER.authority());
    }

    @Test
    void anOfficialWithoutAnAuthenticatorMustEnrolBeforeAnythingElseAndThenChangeTheInitialPassword() throws Exception {
        Long id = as.as("security", () -> admin.create(new UserAdminService.NewUser("tf-official", "双因素干部",
                PASSWORD, Role.OFFICIAL, street(), Set.of())));
        Authentication pending = signIn("tf-official");
        assertThat(authorities(pending)).contains(Roles.TWO_FACTOR_ENROLMENT_REQUIRED).noneMatch(a -> a.startsWith("ROLE_"));
        assertThatThrownBy(() -> during(pending, currentUser::require)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> during(pending, () -> {
            accounts.changePassword(PASSWORD, "tf-password-2");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(during(pending, () -> twoFactor.status().required())).isTrue();

        String secret = during(pending, () -> twoFactor.newSecret()).secret();
        during(pending, () -> twoFactor.confirm(secret, code(secret, 0)));
        Authentication enrolled = contextHolder().getContext().getAuthentication();
        assertThat(authorities(enrolled)).as("second factor first, then the password change that is due")
                .contains(Roles.PASSWORD_CHANGE_REQUIRED).doesNotContain(Role.OFFICIAL.authority(),
                        Roles.TWO_FACTOR_ENROLMENT_REQUIRED);
        during(enrolled, () -> {
            accounts.changePassword(PASSWORD, "tf-password-2");
            return null;
        });
        assertThat(authorities(contextHolder().getContext().getAuthentication())).contains(Role.OFFICIAL.authority());
        assertThatThrownBy(() -> during(contextHolder().getContext().getAuthentication(),
                () -> {
                    twoFactor.disable(code(secret, 1));
                    return null;
                })).hasMessageContaining("twoFactor.error.required");
        assertThat(as.as("security", () -> admin.twoFactor(id))).isEqualTo(
                new UserAdminService.TwoFactorSetting(false, true, true));
    }

    @Test
    void anAdministratorRequiresTwoFactorsOfAnyUserAndResetsALostAuthenticator() throws Exception {
        Long id = newUser("tf-flagged", Role.COMMUNITY_COMMITTEE);
        as.run("security", () -> admin.requireTwoFactor(id, true));
        assertThat(authorities(signIn("tf-flagged"))).contains(Roles.TWO_FACTOR_ENROLMENT_REQUIRED).noneMatch(a -> a.startsWith("ROLE_"));

        String secret = enrol("tf-flagged");
        assertThat(authorities(signIn("tf-flagged"))).contains(Roles.SECOND_FACTOR_REQUIRED).noneMatch(a -> a.startsWith("ROLE_"));
        as.run("security", () -> admin.resetTwoFactor(id));
        assertThat(authorities(signIn("tf-flagged"))).as("enrol again after the reset")
                .contains(Roles.TWO_FACTOR_ENROLMENT_REQUIRED).noneMatch(a -> a.startsWith("ROLE_"));
        assertThat(secret).isNotBlank();

        as.run("security", () -> admin.requireTwoFactor(id, false));
        assertThat(authorities(signIn("tf-flagged"))).contains(Role.COMMUNITY_COMMITTEE.authority());
    }

    @Test
    void anOptionalUserSwitchesTwoFactorsOffWithACurrentCode() throws Exception {
        newUser("tf-off", Role.PROJECT_MANAGER);
        String secret = enrol("tf-off");
        clock.advance(Duration.ofSeconds(30));
        Authentication signedIn = during(signIn("tf-off"), () -> signInWith(code(secret, 0)));

        assertThatThrownBy(() -> during(signedIn, () -> {
            twoFactor.disable(code(secret, 0));
            return null;
        })).as("the code just used").hasMessageContaining("twoFactor.error.wrongCode");
        during(signedIn, () -> {
            twoFactor.disable(code(secret, 1));
            return null;
        });
        assertThat(authorities(signIn("tf-off"))).contains(Role.PROJECT_MANAGER.authority());
        assertThat(securityActions("tf-off")).contains("TOTP_DISABLED");
    }

    @Test
    void aPersonalAccessTokenNeedsNoCode() throws Exception {
        newUser("tf-api", Role.PROJECT_MANAGER);
        String token = during(signIn("tf-api"), () -> tokens.create("tf-api client")).secret();
        enrol("tf-api");

        assertThat(authorities(signIn("tf-api"))).contains(Roles.SECOND_FACTOR_REQUIRED).noneMatch(a -> a.startsWith("ROLE_"));
        assertThat(ApiTokens.mvc(context).get().uri("/api/v1/projects")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()).hasStatusOk();
    }

    // --- helpers

    private List<String> lastRecoveryCodes;

    private Long newUser(String username, Role role) throws Exception {
        Long id = as.as("security", () -> admin.create(new UserAdminService.NewUser(username, "双因素测试", PASSWORD,
                role, street(), Set.of())));
        fixtures.resetPassword(id, PASSWORD, false);
        return id;
    }

    private Long street() throws Exception {
        return as.as("security", () -> admin.regionChoices().stream().filter(r -> r.path().endsWith("月牙河街"))
                .findFirst().orElseThrow().id());
    }

    /** Enrols the user from a fresh sign-in; returns the secret. */
    private String enrol(String username) throws Exception {
        return twoFactorSecret(username);
    }

    private String twoFactorSecret(String username) throws Exception {
        Authentication session = signIn(username);
        String secret = during(session, () -> twoFactor.newSecret()).secret();
        lastRecoveryCodes = during(session, () -> twoFactor.confirm(secret, code(secret, 0)));
        return secret;
    }

    /** The password step, as the login form sends it. */
    private Authentication signIn(String username) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
    }

    /** The code step in the session the password opened; returns what the session holds afterwards. */
    private Authentication signInWith(String code) {
        twoFactor.signIn(code);
        return contextHolder().getContext().getAuthentication();
    }

    private <T> T during(Authentication session, Callable<T> action) throws Exception {
        contextHolder().getContext().setAuthentication(session);
        return action.call();
    }

    private SecurityContextHolderStrategy contextHolder() {
        return strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private String code(String secret, int stepsAhead) {
        return totp.code(new Base32().decode(secret), Totp.stepOf(clock.instant()) + stepsAhead);
    }

    private String wrong(String secret) {
        String right = code(secret, 0);
        return right.equals("000000") ? "111111" : "000000";
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private List<String> securityActions(String username) throws Exception {
        return as.as("auditor", () -> audit.search(new AuditService.AuditFilter(username, null, "SECURITY", null, null),
                PageRequest.of(0, 100))).stream().map(AuditService.AuditRow::action).toList();
    }
}
