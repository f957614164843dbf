package org.chenggeng.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chenggeng.shared.api.ApiErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * The API chain's refusals as JSON instead of a login page: 401 without a token or with one that is unknown,
 * revoked or whose user is disabled (with the bearer challenge of RFC 6750), 403 for what the role may not reach,
 * and 403 {@code password_change_required} while the token's user must change their password.
 */
class ApiAuthenticationErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String PASSWORD_CHANGE_REQUIRED = "password_change_required";

    private final ApiErrors errors;
    private final SecurityContextHolderStrategy securityContext;

    ApiAuthenticationErrors(ApiErrors errors, SecurityContextHolderStrategy securityContext) {
        this.errors = errors;
        this.securityContext = securityContext;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean invalid = e instanceof BadCredentialsException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalid
                ? "Bearer realm=\"chenggeng\", error=\"invalid_token\"" : "Bearer realm=\"chenggeng\"");
        errors.write(response, HttpStatus.UNAUTHORIZED, invalid
                ? errors.error(request, ApiErrors.INVALID_TOKEN, "api.error.invalidToken")
                : errors.error(request, ApiErrors.UNAUTHORIZED, "api.error.unauthorized"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (PasswordChangeGate.isDue(securityContext.getContext().getAuthentication())) {
            errors.write(response, HttpStatus.FORBIDDEN,
                    errors.error(request, PASSWORD_CHANGE_REQUIRED, "api.error.passwordChangeRequired"));
            return;
        }
        errors.write(response, HttpStatus.FORBIDDEN, errors.error(request, ApiErrors.FORBIDDEN, "error.denied"));
    }
}
