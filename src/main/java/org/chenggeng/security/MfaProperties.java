package org.chenggeng.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumSet;
import java.util.Set;

/**
 * Two-factor sign-in (decision record 0027). {@code requiredRoles}: the roles that must sign in with a second factor
 * (unset: the administrators and officials; empty: nobody, as in the demo); an administrator may require it of any
 * other account too. {@code secretKey}: base64 of a 128, 192 or 256-bit AES key that encrypts the authenticators'
 * secrets and keys the recovery codes' hashes (env {@code CHENGGENG_MFA_KEY}; production refuses to start without
 * one). {@code issuer}: the name an authenticator app shows beside the account.
 */
@ConfigurationProperties("chenggeng.security.mfa")
record MfaProperties(Set<Role> requiredRoles, String secretKey, String issuer) {

    static final Set<Role> DEFAULT_REQUIRED_ROLES = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN,
            Role.AUDIT_ADMIN, Role.OFFICIAL);

    MfaProperties {
        requiredRoles = requiredRoles == null ? DEFAULT_REQUIRED_ROLES : Set.copyOf(requiredRoles);
        secretKey = secretKey == null ? "" : secretKey.trim();
        issuer = issuer == null || issuer.isBlank() ? "Chenggeng" : issuer.trim();
    }

    /** Whether this account must sign in with two factors: by its role, or because an administrator said so. */
    boolean isRequired(UserAccount account) {
        return account.isMfaRequired() || requiredRoles.contains(account.getRole());
    }
}
