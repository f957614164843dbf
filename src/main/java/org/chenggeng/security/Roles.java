package org.chenggeng.security;

/** Role names for {@code @RolesAllowed} on views and services; Spring Security adds the {@code ROLE_} prefix. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
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

    private Roles() {
    }
}
