package org.chenggeng.security;

/**
 * The four kinds of user: administrators, officials, project managers and residents' committees; each name matches a
 * constant in {@link Roles}.
 */
public enum Role {
    ADMIN, OFFICIAL, PROJECT_MANAGER, COMMUNITY_COMMITTEE;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
