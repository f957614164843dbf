package org.chenggeng.security;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.UUID;

/**
 * Username and password login behind the throttle. Every refusal, for whatever reason, is the same
 * {@link BadCredentialsException}, so the login page cannot reveal whether an account exists or is locked; and
 * every attempt costs one password hash check (a refused one checks against a hash of nobody's password), so
 * the time an answer takes does not reveal it either.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final String nobodysHash;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, PasswordEncoder encoder) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.encoder = encoder;
        this.nobodysHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        LoginThrottle.Attempt attempt = throttle.admit(username, address);
        if (!attempt.admitted()) {
            Object password = authentication.getCredentials();
            encoder.matches(password == null ? "" : password.toString(), nobodysHash);
            throttle.failed(username, address, attempt);
            throw new BadCredentialsException("refused");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            if (SecondFactorGate.holds(result, SecondFactorGate.CODE)) {
                throttle.passwordAccepted(username, address, attempt);
                return result;
            }
            throttle.succeeded(username, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address, attempt);
            throw new BadCredentialsException("refused", e);
        }
    }

    /**
     * Account status, checked only after the password (Spring checks it before by default, which answers a
     * disabled account without a hash check, measurably faster than a wrong password).
     */
    static void checkAccountStatus(UserDetails user) {
        if (!user.isAccountNonLocked()) {
            throw new LockedException("locked");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("disabled");
        }
        if (!user.isAccountNonExpired()) {
            throw new AccountExpiredException("expired");
        }
        if (!user.isCredentialsNonExpired()) {
            throw new CredentialsExpiredException("credentials expired");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
