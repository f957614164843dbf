package org.chenggeng.project;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.region.CompoundService;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Projects within the signed-in user's scope: the project page, creation and editing (the list is
 * {@link ProjectQueries}, the lifecycle {@link ProjectLifecycle}). Every method checks role and scope itself; a view is not a security boundary.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProjectService {

    private static final String ENTITY = "PROJECT";

    private final ProjectRepository projects;
    private final ProjectTransitionRepository transitions;
    private final ProjectScope scope;
    private final CompoundService compounds;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ApprovalGate approval;
    private final ProjectPlacements placements;
    private final VisibleProjects visible;

    ProjectService(ProjectRepository projects, ProjectTransitionRepository transitions, ProjectScope scope,
                   CompoundService compounds, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                   ApprovalGate approval, ProjectPlacements placements, VisibleProjects visible) {
        this.visible = visible;
        this.approval = approval;
        this.placements = placements;
        this.projects = projects;
        this.transitions = transitions;
        this.scope = scope;
        this.compounds = compounds;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Everything the project page shows, with what the signed-in user may do to it. */
    public record ProjectDetails(Long id, long version, ProjectData data, ProjectStatus status, LocalDate actualStart,
                                 LocalDate actualEnd, LocalDate acceptanceDate, String acceptanceBody,
                                 LocalDate handoverDate, boolean sample, List<CompoundService.CompoundRow> compounds,
                                 boolean editable, ProjectStatus allowedNext) {
    }

    /**
     * What the work module needs to know about a project it plans or logs against, after the scope check:
     * its status, start date and communities, and whether the signed-in user may plan items and log progress
     * (administrators, and the project managers assigned to it).
     */
    public record WorkAccess(Long id, String code, String name, ProjectStatus status, LocalDate actualStart,
                             Set<Long> communityIds, boolean mayWrite) {
    }

    @Transactional(readOnly = true)
    public ProjectDetails get(long id) {
        Actor actor = currentUser.require();
        Project p = visible(actor, id);
        return new ProjectDetails(p.getId(), p.getVersion(), dataOf(p), p.getStatus(), p.getActualStart(),
                p.getActualEnd(), p.getAcceptanceDate(), p.getAcceptanceBody(), p.getHandoverDate(), p.isSample(),
                compounds.byIds(p.getCompoundIds()), mayEdit(actor), ProjectLifecycle.allowedNext(actor, p));
    }

    /** The project as the work module sees it; refuses (and audits) a project outside the user's scope. */
    @Transactional(readOnly = true)
    public WorkAccess workAccess(long id) {
        Actor actor = currentUser.require();
        Project p = visible(actor, id);
        boolean mayWrite = actor.isAdmin() || (actor.is(Role.PROJECT_MANAGER) && actor.projectIds().contains(id));
        return new WorkAccess(p.getId(), p.getCode(), p.getName(), p.getStatus(), p.getActualStart(),
                Set.copyOf(compounds.communityOf(p.getCompoundIds()).values()), mayWrite);
    }

    /** Creates a project in 谋划 (planning); officials only within their region. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICIAL})
    public Long create(ProjectData data) {
        return create(data, false);
    }

    /** Creates a project marked as sample data; used by the demo data. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed(Roles.ADMIN)
    public Long seed(ProjectData data) {
        return create(data, true);
    }

    private Long create(ProjectData data, boolean sample) {
        Actor actor = currentUser.require();
        if (!scope.coversAll(actor, data.compoundIds())) {
            throw currentUser.deny(actor, "project.create outside scope");
        }
        Project project = new Project(data, sample, clock.instant());
        if (projects.existsByCodeIgnoreCase(project.getCode())) {
            throw new DomainException("project.error.codeTaken", project.getCode());
        }
        projects.save(project);
        transitions.save(new ProjectTransition(project.getId(), null, ProjectStatus.PLANNING, clock.instant(),
                actor.username(), null));
        events.publishEvent(EntityChanged.created(ENTITY, project.getId(), project.snapshot()));
        events.publishEvent(new ProjectChanged(placements.of(project)));
        return project.getId();
    }

    /**
     * Changes a project's details. Project managers may edit their own projects but not move them to other
     * compounds, which would change who can see them.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void update(long id, long version, ProjectData data) {
        Actor actor = currentUser.require();
        Project project = visible(actor, id);
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

    /**
     * The passed consent round that would let the project move to 立项, or the refusal that names why there is
     * none (see {@link ApprovalCheck.Verdict}).
     */
    @Transactional(readOnly = true)
    public ApprovalCheck.Verdict consent(long id) {
        return approval.consentOf(visible(currentUser.require(), id));
    }

    private Project visible(Actor actor, long id) {
        return visible.require(actor, id);
    }

    /** For a project the actor can see (checked by {@link #visible}): whether they may edit its details. */
    private static boolean mayEdit(Actor actor) {
        return actor.role() != Role.COMMUNITY_COMMITTEE;
    }

    private static ProjectData dataOf(Project p) {
        return new ProjectData(p.getCode(), p.getName(), p.getYear(), p.isPilot(), p.getImplementingUnit(),
                p.getBudget(), p.getPlannedStart(), p.getPlannedEnd(), p.getDescription(), p.getCompoundIds(),
                p.getScopeBuildings(), p.getScopeUnit());
    }

}
