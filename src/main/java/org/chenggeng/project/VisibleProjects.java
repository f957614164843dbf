package org.chenggeng.project;

import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Loads a project for a user who may see it; the one scope gate every project service goes through. */
@Component
class VisibleProjects {

    private final ProjectRepository projects;
    private final ProjectScope scope;
    private final CurrentUser currentUser;

    VisibleProjects(ProjectRepository projects, ProjectScope scope, CurrentUser currentUser) {
        this.projects = projects;
        this.scope = scope;
        this.currentUser = currentUser;
    }

    /** The project, or a refusal (audited) that looks like "not found" when it is outside the actor's scope. */
    Project require(Actor actor, long id) {
        Project project = projects.findById(id).orElseThrow(NotFoundException::new);
        if (!scope.canSee(actor, project)) {
            throw currentUser.hide(actor, "project.read " + id);
        }
        return project;
    }
}
