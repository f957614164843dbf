package org.chenggeng.security;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * The demo's accounts share one password that everybody is told ({@code chenggeng-demo}) and that the password rules
 * would refuse (two kinds of character). Only the demo profile has this bean: it sets that password on accounts
 * created through the rules, counting its age from now by the application's clock, so that no demo account is born
 * expired (decision 0028). Nowhere else may a password skip the rules.
 */
@Component
@Profile("demo")
@RolesAllowed(Roles.SECURITY_ADMIN)
public class DemoPasswords {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoPasswords(UserAccountRepository users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional
    public void setWellKnown(long userId, String password) {
        users.findById(userId).orElseThrow(NotFoundException::new)
                .changePassword(encoder.encode(password), false, clock.instant());
    }
}
