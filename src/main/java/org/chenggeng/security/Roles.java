package org.chenggeng.security;

/** Role names for {@code @RolesAllowed} on views and services; Spring Security adds the {@code ROLE_} prefix. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String OFFICIAL = "OFFICIAL";
    public static final String PROJECT_MANAGER = "PROJECT_MANAGER";
    public static final String COMMUNITY_COMMITTEE = "COMMUNITY_COMMITTEE";

    private Roles() {
    }
}
