package org.chenggeng.evidence;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * A project's own photos and documents: seen by everyone who sees the project; attached by administrators, the
 * officials whose region holds it and its assigned project managers (not the committee, which attaches to answers
 * and feedback).
 */
@Component
class ProjectOwner implements EvidenceOwner {

    private final ProjectAccess projects;
    private final CurrentUser currentUser;

    ProjectOwner(ProjectAccess projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Override
    public Set<OwnerType> types() {
        return Set.of(OwnerType.PROJECT);
    }

    @Override
    public Place place(OwnerType type, long projectId, boolean attach) {
        ProjectAccess.WorkAccess project = projects.workAccess(projectId);
        Actor actor = currentUser.require();
        if (attach && !(project.mayWrite() || actor.is(Role.OFFICIAL))) {
            throw currentUser.deny(actor, "evidence.attach project " + projectId);
        }
        return new Place(project.id(), null);
    }
}
