package org.chenggeng.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * After the password, a user with an authenticator holds {@link Roles#SECOND_FACTOR_REQUIRED} in place of their role
 * until they give a code, and a user who must use two factors but has no authenticator yet holds
 * {@link Roles#TWO_FACTOR_ENROLMENT_REQUIRED} until they have enrolled one: role checks refuse both everywhere, as for
 * {@link PasswordChangeGate}, and {@link CurrentUser} serves neither. The code then gives the session what the
 * password alone would have: the role, or the duty to change the password first. Only the login page and HTTP basic
 * pass through here; personal access tokens do not (decision record 0027).
 */
final class SecondFactorGate {

    static final String CODE = Roles.SECOND_FACTOR_REQUIRED;
    static final String ENROLMENT = Roles.TWO_FACTOR_ENROLMENT_REQUIRED;
    /** Marks a session that gave a TOTP or recovery code, in Spring Security's own vocabulary of factors. */
    static final String TOTP_FACTOR = "FACTOR_TOTP";
    private static final Set<String> PENDING = Set.of(CODE, ENROLMENT);

    private SecondFactorGate() {
    }

    /** What the password grants: the step still due, or what the account holds without a second factor. */
    static List<GrantedAuthority> authorities(UserAccount account, boolean enrolled, boolean required) {
        return authorities(account, enrolled, required, false);
    }

    /** The same at a password login, where an expired password must then be changed too (decision 0028). */
    static List<GrantedAuthority> authorities(UserAccount account, boolean enrolled, boolean required,
                                              boolean passwordExpired) {
        if (enrolled) {
            return List.of(new SimpleGrantedAuthority(CODE));
        }
        if (required) {
            return List.of(new SimpleGrantedAuthority(ENROLMENT));
        }
        return PasswordChangeGate.authorities(account, passwordExpired);
    }

    /** The authorities of a session whose second factor has just been given. */
    static List<GrantedAuthority> afterSecondFactor(Authentication authentication, UserAccount account) {
        return Stream.of(authentication.getAuthorities().stream().filter(a -> !PENDING.contains(a.getAuthority())),
                        PasswordChangeGate.authorities(account).stream(),
                        Stream.of(FactorGrantedAuthority.fromAuthority(TOTP_FACTOR)))
                .<GrantedAuthority>flatMap(s -> s).toList();
    }

    static boolean isPending(Authentication authentication) {
        return holds(authentication, CODE) || holds(authentication, ENROLMENT);
    }

    static boolean holds(Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
