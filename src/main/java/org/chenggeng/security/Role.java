package org.chenggeng.security;

/**
 * The kinds of user: administrators, officials, project managers, residents' committees and supervisors (监理 /
 * 质量安全监督, who inspect and re-check within a region as an official would, and do nothing else); each name matches a
 * constant in {@link Roles}.
 */
public enum Role {
    ADMIN, OFFICIAL, PROJECT_MANAGER, COMMUNITY_COMMITTEE, SUPERVISOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
