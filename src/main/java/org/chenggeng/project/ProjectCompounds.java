package org.chenggeng.project;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * The compounds of a project by id, for modules that place a record in its region (the audit log) outside any
 * user's scope check. Ids only: what the project is stays behind {@link ProjectAccess}'s checks.
 */
@Component
public class ProjectCompounds {

    private final ProjectRepository projects;

    ProjectCompounds(ProjectRepository projects) {
        this.projects = projects;
    }

    /** The project's compound ids; empty for an unknown project. */
    @Transactional(readOnly = true)
    public Set<Long> of(long projectId) {
        return projects.findById(projectId).map(Project::getCompoundIds).orElse(Set.of());
    }
}
