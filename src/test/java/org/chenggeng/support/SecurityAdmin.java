package org.chenggeng.support;

import org.chenggeng.security.DemoPasswords;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * User administration as the tests' fixtures need it, done by the demo security administrator ({@code security}),
 * whichever user the test runs as at the time: since 三权分立 (decision 0026) only a 安全管理员 may create or change
 * accounts, and a fixture that sets up a project as {@code admin} and its manager's account in one go would otherwise
 * have to switch users in between. The caller's own authentication is restored afterwards. Tests of the user
 * administration itself call {@link UserAdminService} as the user they mean.
 */
@Component
public class SecurityAdmin {

    private static final String SECURITY = "security";

    private final UserAdminService users;
    private final ObjectProvider<DemoPasswords> demoPasswords;
    private final TestUsers as;

    /** {@link DemoPasswords} exists in the demo profile only; the production profile's tests create no accounts. */
    SecurityAdmin(UserAdminService users, ObjectProvider<DemoPasswords> demoPasswords, TestUsers as) {
        this.users = users;
        this.demoPasswords = demoPasswords;
        this.as = as;
    }

    public Long create(UserAdminService.NewUser cmd) {
        return call(() -> users.create(cmd));
    }

    public void update(long id, UserAdminService.UserChanges cmd) {
        call(() -> {
            users.update(id, cmd);
            return null;
        });
    }

    /**
     * Sets the password. Without a forced change this is how fixtures make an account ready to sign in with the
     * password it was created with, which the password history (decision 0028) would refuse as a reset: it goes
     * through the demo's {@link DemoPasswords}, as the demo users' own passwords do. With one it is the security
     * administrator's reset.
     */
    public void resetPassword(long id, String newPassword, boolean forceChange) {
        call(() -> {
            if (forceChange) {
                users.resetPassword(id, newPassword, true);
            } else {
                demoPasswords.getObject().setWellKnown(id, newPassword);
            }
            return null;
        });
    }

    public void setEnabled(long id, boolean enabled) {
        call(() -> {
            users.setEnabled(id, enabled);
            return null;
        });
    }

    public UserAdminService.UserRow get(long id) {
        return call(() -> users.get(id));
    }

    public List<UserAdminService.UserRow> search(String text, Pageable page) {
        return call(() -> users.search(text, page));
    }

    public long count(String text) {
        return call(() -> users.count(text));
    }

    public List<ScopeDirectory.RegionChoice> regionChoices() {
        return call(users::regionChoices);
    }

    public List<ScopeDirectory.ProjectChoice> projectChoices() {
        return call(users::projectChoices);
    }

    private <T> T call(java.util.concurrent.Callable<T> action) {
        try {
            return as.as(SECURITY, action);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
