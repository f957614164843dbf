package org.chenggeng.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password login behind the throttle. Every refusal, for whatever reason, is the same
 * {@link BadCredentialsException}, so the login page cannot reveal whether an account exists or is locked.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (throttle.isRefused(username, address)) {
            throttle.failed(username, address);
            throw new BadCredentialsException("refused");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw new BadCredentialsException("refused", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
