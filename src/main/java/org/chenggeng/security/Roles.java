package org.chenggeng.security;

/** Role names for {@code @RolesAllowed} on views and services; Spring Security adds the {@code ROLE_} prefix. */
public final class Roles {

    /** 系统管理员: regions, compounds, catalogues, settings (三权分立, decision 0026). */
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    /** 安全管理员: users, roles, scopes, unlocking. */
    public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
    /** 审计管理员: reads and exports the audit log, verifies and archives it; changes nothing else. */
    public static final String AUDIT_ADMIN = "AUDIT_ADMIN";
    public static final String OFFICIAL = "OFFICIAL";
    public static final String PROJECT_MANAGER = "PROJECT_MANAGER";
    public static final String COMMUNITY_COMMITTEE = "COMMUNITY_COMMITTEE";
    /** 监理 / 质量安全监督: granted by an administrator, scoped by region like an official; inspects and re-checks. */
    public static final String SUPERVISOR = "SUPERVISOR";

    /**
     * Not a role: the one authority a session holds in place of its role while its password must be changed,
     * granted at login and replaced by the role once the password is changed.
     */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    /** Not a role: held after the password by a user with an authenticator, until they give its code. */
    public static final String SECOND_FACTOR_REQUIRED = "SECOND_FACTOR_REQUIRED";

    /** Not a role: held after the password by a user who must use two factors and has not enrolled yet. */
    public static final String TWO_FACTOR_ENROLMENT_REQUIRED = "TWO_FACTOR_ENROLMENT_REQUIRED";

    private Roles() {
    }
}
