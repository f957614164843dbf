package org.chenggeng.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates an API request by its {@code Authorization: Bearer cg_…} header. A request without the header
 * goes on unauthenticated (and is refused by the chain's rules); one with a token that is not valid is refused
 * here, so that a client learns its token is bad rather than that it sent none.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokenAuthenticator tokens;
    private final SecurityContextHolderStrategy securityContext;
    private final AuthenticationEntryPoint entryPoint;

    AccessTokenFilter(AccessTokenAuthenticator tokens, SecurityContextHolderStrategy securityContext,
                      AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.securityContext = securityContext;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> authentication = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (authentication.isEmpty()) {
            securityContext.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked access token"));
            return;
        }
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(authentication.get());
        securityContext.setContext(context);
        chain.doFilter(request, response);
    }
}
