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
 * Production has no demo users. While no account holds {@link Role#SECURITY_ADMIN} (a fresh installation, or one
 * upgraded from the single administrator, whose accounts migration 021 made system administrators), it creates the
 * first 安全管理员 from {@code CHENGGENG_ADMIN_USERNAME} / {@code CHENGGENG_ADMIN_PASSWORD}, who must change the
 * password at once and then creates the other accounts; without them it refuses to start, so an installation is never
 * left with no one who can manage accounts, nor with a well-known password (三权分立, decision 0026).
 * The password meets the same rules as any other ({@link PasswordPolicy}).
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
        if (users.existsByRole(Role.SECURITY_ADMIN)) {
            return;
        }
        if (password.isBlank()) {
            throw new IllegalStateException("No account is a security administrator (安全管理员): set "
                    + "CHENGGENG_ADMIN_PASSWORD (and optionally CHENGGENG_ADMIN_USERNAME) to create the first one.");
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new IllegalStateException("No account is a security administrator (安全管理员), and the account "
                    + username + " exists already: set CHENGGENG_ADMIN_USERNAME to a new name for the first one.");
        }
        UserAccount admin = new UserAccount(username, "安全管理员", passwords.firstPassword(username, password),
                Role.SECURITY_ADMIN, null, clock.instant());
        admin.requirePasswordChange();
        users.save(admin);
    }
}
