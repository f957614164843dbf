package org.chenggeng.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final TotpEnrolmentRepository enrolments;
    private final MfaProperties mfa;

    DatabaseUserDetailsService(UserAccountRepository users, TotpEnrolmentRepository enrolments, MfaProperties mfa) {
        this.users = users;
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
                        mfa.isRequired(account)))
                .disabled(!account.isEnabled())
                .build();
    }
}
