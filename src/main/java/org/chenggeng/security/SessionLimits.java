package org.chenggeng.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionLimit;
import org.springframework.stereotype.Component;

/**
 * Spring Security's session limit for a sign-in, by the role the account has: read from the account, because a
 * session that must change its password first holds no role authority yet.
 */
@Component
class SessionLimits implements SessionLimit {

    private final UserAccountRepository users;
    private final SessionProperties properties;

    SessionLimits(UserAccountRepository users, SessionProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public Integer apply(Authentication authentication) {
        return users.findByUsernameIgnoreCase(authentication.getName()).map(UserAccount::getRole)
                .map(properties::limitFor).orElse(SessionLimit.UNLIMITED.apply(authentication));
    }
}
