package org.chenggeng.security;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ChenggengTest
class UserAdministrationTest {

    @Autowired
    UserAdminService admin;
    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationProvider login;
    @Autowired
    TestUsers as;

    private Long street() throws Exception {
        return as.as("security", () -> admin.regionChoices().stream().filter(r -> r.path().endsWith("月牙河街"))
                .findFirst().orElseThrow().id());
    }

    @Test
    void aNewUserLogsInWithTheInitialPasswordAndMustChangeIt() throws Exception {
        Long street = street();
        Long id = as.as("security", () -> admin.create(new UserAdminService.NewUser("ua-new", "新用户", "initial-pass-1",
                Role.OFFICIAL, street, Set.of())));

        var auth = login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ua-new", "initial-pass-1"));
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getAuthorities()).extracting(a -> a.getAuthority())
                .filteredOn(a -> !a.startsWith("FACTOR_")).containsExactly("PASSWORD_CHANGE_REQUIRED");
        assertThat(as.as("ua-new", () -> accounts.me().mustChangePassword())).isTrue();

        as.run("ua-new", () -> accounts.changePassword("initial-pass-1", "my-own-secret-2"));
        assertThat(as.as("ua-new", () -> accounts.me().mustChangePassword())).isFalse();
        var changed = login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ua-new",
                "my-own-secret-2"));
        assertThat(changed.getAuthorities()).extracting(a -> a.getAuthority())
                .filteredOn(a -> !a.startsWith("FACTOR_")).containsExactly("ROLE_OFFICIAL");
        assertThat(as.as("security", () -> admin.get(id).mustChangePassword())).isFalse();
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsCreated() throws Exception {
        Long street = street();
        long before = as.as("security", () -> admin.count(null));
        assertRefused(() -> admin.create(new UserAdminService.NewUser("ua short", "x", "long-enough-1", Role.OFFICIAL,
                street, Set.of())), "user.error.usernameFormat");
        assertRefused(() -> admin.create(new UserAdminService.NewUser("ua-weak", "x", "short", Role.OFFICIAL,
                street, Set.of())), "password.error.tooShort");
        assertRefused(() -> admin.create(new UserAdminService.NewUser("ua-weak", "x", "aA1aA1aA1aA1", Role.OFFICIAL,
                street, Set.of())), "password.error.tooSimple");
        assertRefused(() -> admin.create(new UserAdminService.NewUser("ua-same-name-1", "x", "UA-SAME-NAME-1",
                Role.OFFICIAL, street, Set.of())), "password.error.sameAsUsername");
        assertRefused(() -> admin.create(new UserAdminService.NewUser("ua-noregion", "x", "long-enough-1",
                Role.OFFICIAL, null, Set.of())), "user.error.regionRequired");
        assertRefused(() -> admin.create(new UserAdminService.NewUser("ua-projects", "x", "long-enough-1",
                Role.OFFICIAL, street, Set.of(1L))), "user.error.projectsOnlyForManagers");
        assertRefused(() -> admin.create(new UserAdminService.NewUser("ADMIN", "x", "long-enough-1",
                Role.SECURITY_ADMIN, null, Set.of())), "user.error.usernameTaken");
        assertThat(as.as("security", () -> admin.count(null))).isEqualTo(before);
    }

    @Test
    void anEditPreparedAgainstAnOldVersionIsRefusedNotApplied() throws Exception {
        Long street = street();
        Long id = as.as("security", () -> admin.create(new UserAdminService.NewUser("ua-stale", "原名", "initial-pass-1",
                Role.OFFICIAL, street, Set.of())));
        UserAdminService.UserRow loaded = as.as("security", () -> admin.get(id));
        as.run("security", () -> admin.update(id, new UserAdminService.UserChanges(loaded.version(), "第一次修改",
                Role.OFFICIAL, street, Set.of())));

        assertThatThrownBy(() -> as.run("security", () -> admin.update(id, new UserAdminService.UserChanges(
                loaded.version(), "第二次修改", Role.OFFICIAL, street, Set.of()))))
                .isInstanceOf(StaleDataException.class);
        assertThat(as.as("security", () -> admin.get(id).displayName())).isEqualTo("第一次修改");
    }

    @Test
    void aDisabledUserCannotLogInAndAnAdministratorCannotDisableThemselves() throws Exception {
        Long street = street();
        Long id = as.as("security", () -> admin.create(new UserAdminService.NewUser("ua-off", "停用者", "initial-pass-1",
                Role.COMMUNITY_COMMITTEE, street, Set.of())));
        as.run("security", () -> admin.setEnabled(id, false));
        assertThatThrownBy(() -> login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("ua-off", "initial-pass-1")))
                .isInstanceOf(BadCredentialsException.class);

        Long adminId = as.as("security", () -> admin.search("security", PageRequest.of(0, 1)).getFirst().id());
        assertRefused(() -> admin.setEnabled(adminId, false), "user.error.cannotDisableSelf");
    }

    @Test
    void aResetPasswordWorksAtOnceAndForcesAChange() throws Exception {
        Long street = street();
        Long id = as.as("security", () -> admin.create(new UserAdminService.NewUser("ua-reset", "重置者", "initial-pass-1",
                Role.OFFICIAL, street, Set.of())));
        as.run("security", () -> admin.resetPassword(id, "another-pass-2", true));
        assertThat(login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ua-reset", "another-pass-2"))
                .isAuthenticated()).isTrue();
        assertThatThrownBy(() -> login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("ua-reset", "initial-pass-1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(as.as("security", () -> admin.get(id).mustChangePassword())).isTrue();
    }

    private void assertRefused(TestUsers.ThrowingRunnable action, String key) {
        assertThatThrownBy(() -> as.run("security", action))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }
}
