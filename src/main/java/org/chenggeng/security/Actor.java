package org.chenggeng.security;

import java.util.Set;

/**
 * The user on whose behalf a service runs, with the scope the service must respect: a region (whose subtree
 * the user may see) and, for project managers, the projects assigned to them.
 */
public record Actor(Long id, String username, Role role, Long regionId, Set<Long> projectIds) {

    public Actor {
        projectIds = Set.copyOf(projectIds);
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean isAdmin() {
        return role == Role.SYSTEM_ADMIN;
    }
}
