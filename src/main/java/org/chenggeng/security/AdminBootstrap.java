package org.chenggeng.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Production has no demo users. On an empty user table it creates the first administrator from
 * {@code CHENGGENG_ADMIN_USERNAME} / {@code CHENGGENG_ADMIN_PASSWORD}, and refuses to start without them, so a
 * fresh installation is never left with no way in or with a well-known password. The password meets the same rules
 * as any other ({@link PasswordPolicy}), and must be changed at the first sign-in.
 */
@Component
@Profile("prod")
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private final UserAccountRepository users;
    private final PasswordChanges passwords;
    private final Clock clock;
    private final String username;
    private final String password;

    AdminBootstrap(UserAccountRepository users, PasswordChanges passwords, Clock clock,
                   @Value("${CHENGGENG_ADMIN_USERNAME:admin}") String username,
                   @Value("${CHENGGENG_ADMIN_PASSWORD:}") String password) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            throw new IllegalStateException("The user table is empty: set CHENGGENG_ADMIN_PASSWORD (and optionally "
                    + "CHENGGENG_ADMIN_USERNAME) to create the first administrator.");
        }
        UserAccount admin = new UserAccount(username, "系统管理员", passwords.firstPassword(username, password),
                Role.ADMIN, null, clock.instant());
        admin.requirePasswordChange();
        users.save(admin);
    }
}
