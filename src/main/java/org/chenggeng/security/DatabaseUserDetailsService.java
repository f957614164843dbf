package org.chenggeng.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Accounts for password login. An account whose password has expired is granted only the duty to change it, as one
 * whose password was set by an administrator is; the login then records the duty on the account.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final PasswordPolicy passwords;
    private final Clock clock;
    private final TotpEnrolmentRepository enrolments;
    private final MfaProperties mfa;

    DatabaseUserDetailsService(UserAccountRepository users, PasswordPolicy passwords, Clock clock,
                               TotpEnrolmentRepository enrolments, MfaProperties mfa) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.enrolments = enrolments;
        this.mfa = mfa;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsernameIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(SecondFactorGate.authorities(account, enrolments.existsByUserId(account.getId()),
                        mfa.isRequired(account), passwords.isExpired(account.getPasswordChangedAt(), clock.instant())))
                .disabled(!account.isEnabled())
                .build();
    }
}
