package org.chenggeng.inspection;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with a project's inspections, always after the project's own scope check
 * ({@link ProjectAccess#workAccess}, refused and audited outside it): everyone who sees the project reads them;
 * administrators, and the officials and supervisors whose region holds it, inspect and re-check; the project's own
 * project managers (and administrators) answer its issues.
 */
@Component
class InspectionAccess {

    /** From 立项 until the hand-over: before it nothing is built, after it repairs go under warranty. */
    static final Set<ProjectStatus> INSPECTABLE = EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS,
            ProjectStatus.COMPLETED, ProjectStatus.ACCEPTED);

    private final ProjectAccess projects;
    private final CurrentUser currentUser;

    InspectionAccess(ProjectAccess projects, CurrentUser currentUser) {
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

    /** Administrators, officials and supervisors: the project's scope was checked when it was read. */
    static boolean mayInspect(Actor actor) {
        return actor.isAdmin() || actor.is(Role.OFFICIAL) || actor.is(Role.SUPERVISOR);
    }

    /** The project, refused and audited unless the signed-in user may inspect it. */
    ProjectAccess.WorkAccess requireInspector(long projectId, String what) {
        ProjectAccess.WorkAccess project = project(projectId);
        Actor actor = actor();
        if (!mayInspect(actor)) {
            throw currentUser.deny(actor, what + " project " + projectId);
        }
        return project;
    }

    /** As {@link #requireInspector}, and the project between 立项 and hand-over. */
    ProjectAccess.WorkAccess requireInspectable(long projectId, String what) {
        ProjectAccess.WorkAccess project = requireInspector(projectId, what);
        if (!INSPECTABLE.contains(project.status())) {
            throw new DomainException("inspection.error.projectStatus", MessageKey.of(project.status().labelKey()));
        }
        return project;
    }

    RuntimeException deny(String what) {
        return currentUser.deny(actor(), what);
    }
}
