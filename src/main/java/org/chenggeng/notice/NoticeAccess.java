package org.chenggeng.notice;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a project's notices, always after the project's own scope check ({@link
 * ProjectAccess#workAccess}, refused and audited as not found outside it): everyone who sees the project reads its
 * notices, drafts included (the committee, its project managers and supervisors among them); administrators and the
 * officials whose region holds it write, publish and withdraw them.
 */
@Component
class NoticeAccess {

    private final ProjectAccess projects;
    private final CurrentUser currentUser;

    NoticeAccess(ProjectAccess projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    Actor actor() {
        return currentUser.require();
    }

    /** The project as the signed-in user may see it; refused (and audited) as not found outside their scope. */
    ProjectAccess.WorkAccess project(long projectId) {
        return projects.workAccess(projectId);
    }

    static boolean mayPublish(Actor actor) {
        return actor.isAdmin() || actor.is(Role.OFFICIAL);
    }

    /** The project, refused and audited unless the signed-in user may publish its notices. */
    ProjectAccess.WorkAccess requirePublisher(long projectId, String what) {
        ProjectAccess.WorkAccess project = project(projectId);
        Actor actor = actor();
        if (!mayPublish(actor)) {
            throw currentUser.deny(actor, what + " project " + projectId);
        }
        return project;
    }
}
