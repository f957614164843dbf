package org.chenggeng.project;

/**
 * What the project list is narrowed by; every field is optional. {@code communityId} may name any region: a project
 * matches when one of its compounds lies in that region's subtree (a community, a street, a district).
 */
public record ProjectFilter(String text, ProjectStatus status, Integer year, Long communityId, Boolean pilot) {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null);
    }

    public ProjectFilter withStatus(ProjectStatus newStatus) {
        return new ProjectFilter(text, newStatus, year, communityId, pilot);
    }
}
