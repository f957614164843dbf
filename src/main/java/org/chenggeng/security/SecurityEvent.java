package org.chenggeng.security;

/** A security-relevant happening that the audit module records in its own transaction. */
public record SecurityEvent(Type type, String username, String remoteAddress, String detail) {

    public enum Type {
        LOGIN_SUCCESS, LOGIN_FAILURE, ACCOUNT_LOCKED, LOGOUT, ACCESS_DENIED,
        /** A sign-in went past the user's session limit and ended their oldest session (decision 0028). */
        SESSION_ENDED_ELSEWHERE,
        /** The user ended all their other sessions from the profile page. */
        SIGNED_OUT_ELSEWHERE,
        /** Two-factor sign-in (decision record 0027). */
        TOTP_ENROLLED, TOTP_DISABLED, RECOVERY_CODES_GENERATED, RECOVERY_CODE_USED, SECOND_FACTOR_FAILURE
    }
}
