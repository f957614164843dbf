package org.chenggeng.project;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** Creating projects and changing their details, within the signed-in user's scope. */
@Service
@PreAuthorize("isAuthenticated()")
public class ProjectEditing {

    static final String ENTITY = "PROJECT";

    private final ProjectRepository projects;
    private final ProjectScope scope;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ProjectPlacements placements;
    private final VisibleProjects visible;
    private final NewProjects newProjects;

    ProjectEditing(ProjectRepository projects, ProjectScope scope, CurrentUser currentUser,
                   ApplicationEventPublisher events, ProjectPlacements placements, VisibleProjects visible,
                   NewProjects newProjects) {
        this.projects = projects;
        this.scope = scope;
        this.currentUser = currentUser;
        this.events = events;
        this.placements = placements;
        this.visible = visible;
        this.newProjects = newProjects;
    }

    /** Creates a project in 谋划 (planning); officials only within their region. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL})
    public Long create(ProjectData data) {
        return newProjects.create(data, false);
    }

    /**
     * Creates many projects in 谋划 at once (an import's), each checked as {@link #create} checks one, and returns their
     * ids in the order given; a code taken or given twice refuses them all. Announced in one
     * {@link ProjectChangedBatch} and not audited one by one: the caller records the batch in one entry (decision 0021).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL})
    public List<Long> createAll(List<ProjectData> data) {
        return newProjects.createAll(data);
    }

    /**
     * Changes a project's details. Project managers may edit their own projects but not move them to other
     * compounds, which would change who can see them.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void update(long id, long version, ProjectData data) {
        Actor actor = currentUser.require();
        Project project = visible.require(actor, id);
        if (!mayEdit(actor)) {
            throw currentUser.deny(actor, "project.update " + id);
        }
        project.checkVersion(version);
        if (actor.is(Role.PROJECT_MANAGER) && !project.getCompoundIds().equals(data.compoundIds())) {
            throw new DomainException("project.error.managerCannotChangeCompounds");
        }
        if (!scope.coversAll(actor, data.compoundIds())) {
            throw currentUser.deny(actor, "project.update outside scope " + id);
        }
        Map<String, String> before = project.snapshot();
        project.update(data);
        if (projects.existsByCodeIgnoreCaseAndIdNot(project.getCode(), id)) {
            throw new DomainException("project.error.codeTaken", project.getCode());
        }
        projects.saveAndFlush(project);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "UPDATE", before, project.snapshot()));
        events.publishEvent(new ProjectChanged(placements.of(project)));
    }

    /** For a project the actor can see: whether they may edit its details. */
    static boolean mayEdit(Actor actor) {
        return actor.role() != Role.COMMUNITY_COMMITTEE && actor.role() != Role.SUPERVISOR;
    }
}
