package org.chenggeng.security;

import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.stream.Stream;

/**
 * A user who must change their password is authenticated with this one authority in place of their role, on
 * every channel (login page, HTTP basic, access token): role checks then refuse them everywhere, and what only
 * asks for a signed-in user checks for the authority. Changing the password gives the session its role.
 */
final class PasswordChangeGate {

    static final String AUTHORITY = Roles.PASSWORD_CHANGE_REQUIRED;

    private PasswordChangeGate() {
    }

    /** What a user is granted now: their role, or only the duty to change the password. */
    static List<GrantedAuthority> authorities(UserAccount account) {
        return authorities(account, false);
    }

    /** The same at a password login, where a password that has expired must be changed too (decision 0028). */
    static List<GrantedAuthority> authorities(UserAccount account, boolean passwordExpired) {
        return List.of(new SimpleGrantedAuthority(account.isMustChangePassword() || passwordExpired
                ? AUTHORITY : account.getRole().authority()));
    }

    /** The authorities of a session whose password has just been changed: the role instead of the duty. */
    static List<GrantedAuthority> withRole(Authentication authentication, UserAccount account) {
        return Stream.concat(authentication.getAuthorities().stream().filter(a -> !AUTHORITY.equals(a.getAuthority())),
                Stream.of(new SimpleGrantedAuthority(account.getRole().authority()))).toList();
    }

    static boolean isDue(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }

    /** Signed in, and not with a password that must be changed first. */
    static <T> AuthorizationManager<T> passwordChanged() {
        return AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority(AUTHORITY)));
    }
}
