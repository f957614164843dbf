package org.chenggeng.security;

import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * None of the last five passwords may be chosen again, by the user or by an administrator resetting it, while the
 * sixth back may; a refusal says which rule failed, in Chinese and in English, and changes nothing; the history holds
 * hashes only.
 */
@ChenggengTest
class PasswordHistoryTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserAdminService admin;
    @Autowired
    PasswordHistoryRepository history;
    @Autowired
    UserAccountRepository users;
    @Autowired
    AuthenticationProvider login;
    @Autowired
    MessageSource messages;
    @Autowired
    TestUsers as;

    @Test
    void theLastFiveAreRefusedAndTheSixthBackIsAllowedAgain() throws Exception {
        Long id = newUser("ph-five", "Initial-pass-0");
        as.run("security", () -> admin.resetPassword(id, "Own-pass-1", false));
        for (int n = 2; n <= 5; n++) {
            String from = "Own-pass-" + (n - 1);
            String to = "Own-pass-" + n;
            as.run("ph-five", () -> accounts.changePassword(from, to));
        }
        // now Own-pass-5 (current), 4, 3, 2, 1 are the last five; Initial-pass-0 the sixth back
        for (String recent : new String[]{"Own-pass-1", "Own-pass-2", "Own-pass-4"}) {
            DomainException refused = refusal(() -> as.run("ph-five", () -> accounts.changePassword("Own-pass-5",
                    recent)));
            assertThat(refused.messageKey()).isEqualTo("password.error.recentlyUsed");
        }
        DomainException byAdmin = refusal(() -> as.run("security", () -> admin.resetPassword(id, "Own-pass-3", true)));
        assertThat(byAdmin.messageKey()).isEqualTo("password.error.recentlyUsed");
        assertThat(authenticates("ph-five", "Own-pass-5")).as("the refusals changed nothing").isTrue();

        as.run("ph-five", () -> accounts.changePassword("Own-pass-5", "Initial-pass-0"));
        assertThat(authenticates("ph-five", "Initial-pass-0")).isTrue();
        assertThat(history.findByUserIdOrderByReplacedAtDescIdDesc(id)).hasSize(4)
                .allSatisfy(h -> assertThat(h.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("Own-pass"));
    }

    @Test
    void aRefusalSaysWhichRuleFailedInChineseAndEnglishAndChangesNothing() throws Exception {
        Long id = newUser("ph-rules", "Initial-pass-0");
        long version = as.as("security", () -> admin.get(id).version());

        DomainException breached = refusal(() -> as.run("ph-rules", () ->
                accounts.changePassword("Initial-pass-0", "Woaini1314")));
        DomainException classes = refusal(() -> as.run("ph-rules", () ->
                accounts.changePassword("Initial-pass-0", "only-lower-case")));
        DomainException username = refusal(() -> as.run("security", () -> admin.resetPassword(id, "PH-rules-2024", false)));

        assertThat(text(breached, Locale.SIMPLIFIED_CHINESE)).isEqualTo("这是泄露过的常见密码，很容易被猜中，请换一个。");
        assertThat(text(breached, Locale.ENGLISH)).contains("common password known from breaches");
        assertThat(text(classes, Locale.SIMPLIFIED_CHINESE)).isEqualTo("密码需包含大写字母、小写字母、数字、符号这四类中的至少 3 类。");
        assertThat(text(username, Locale.SIMPLIFIED_CHINESE)).isEqualTo("密码不能包含用户名。");
        assertThat(as.as("security", () -> admin.get(id)).version()).isEqualTo(version);
        assertThat(as.as("security", () -> admin.get(id)).mustChangePassword()).isTrue();
        assertThat(history.findByUserIdOrderByReplacedAtDescIdDesc(id)).isEmpty();
    }

    @Test
    void anAdministratorsNewAccountMeetsTheSameRules() {
        assertThatThrownBy(() -> newUser("ph-weak", "Abc123456789"))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("password.error.breached");
        assertThat(users.findByUsernameIgnoreCase("ph-weak")).isEmpty();
    }

    private Long newUser(String username, String password) throws Exception {
        return as.as("security", () -> admin.create(new UserAdminService.NewUser(username, "密码历史测试", password,
                Role.OFFICIAL, admin.regionChoices().getFirst().id(), Set.of())));
    }

    private boolean authenticates(String username, String password) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                .isAuthenticated();
    }

    private String text(DomainException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), locale);
    }

    private static DomainException refusal(TestUsers.ThrowingRunnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a DomainException", e);
        }
        throw new AssertionError("expected a refusal");
    }
}
