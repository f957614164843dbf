package org.chenggeng.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a presented token into the authentication of its user: the token must be active and its user enabled.
 * The user's role is read now, so a changed role or a disabled account takes effect on the next call; a user
 * who must change their password gets no role until they have (see {@link PasswordChangeGate}).
 */
@Component
class AccessTokenAuthenticator {

    /** How stale "last used" may get; recording every call would make each API read a write. */
    static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final AccessTokenRepository tokens;
    private final UserAccountRepository users;
    private final Clock clock;

    AccessTokenAuthenticator(AccessTokenRepository tokens, UserAccountRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    Optional<Authentication> authenticate(String presented) {
        if (presented == null || !presented.startsWith(AccessToken.MARK)) {
            return Optional.empty();
        }
        Optional<AccessToken> found = tokens.findByTokenHashAndRevokedAtIsNull(AccessToken.hash(presented));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccessToken token = found.get();
        Optional<UserAccount> user = users.findById(token.getUserId()).filter(UserAccount::isEnabled);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant notBefore = now.minus(USE_RESOLUTION);
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(notBefore)) {
            tokens.markUsed(token.getId(), now, notBefore);
        }
        UserAccount u = user.get();
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(u.getUsername(), null,
                PasswordChangeGate.authorities(u)));
    }
}
