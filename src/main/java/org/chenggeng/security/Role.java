package org.chenggeng.security;

/**
 * The kinds of user: three administrators whose duties are kept apart (三权分立, decision 0026), officials, project
 * managers, residents' committees and supervisors (监理 / 质量安全监督, who inspect and re-check within a region as an
 * official would, and do nothing else); each name matches a constant in {@link Roles}. An account holds exactly one.
 */
public enum Role {
    OFFICIAL, PROJECT_MANAGER, COMMUNITY_COMMITTEE, SUPERVISOR,
    /** 系统管理员 (三权分立): regions, compounds, catalogues and settings; no user or audit access. */
    SYSTEM_ADMIN,
    /** 安全管理员 (三权分立): users, roles, scopes and unlocking; nothing else. */
    SECURITY_ADMIN,
    /** 审计管理员 (三权分立): reads, exports, verifies and archives the audit log; changes nothing else. */
    AUDIT_ADMIN;

    /** One of the three administrators: they hold no region, and their duties exclude one another. */
    public boolean isAdministrative() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
