package org.chenggeng.project;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.region.CompoundService;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Projects within the signed-in user's scope: the project page, creation, editing and the lifecycle (the
 * list is {@link ProjectQueries}). Every method checks role and scope itself; a view is not a security boundary.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProjectService {

    private static final String ENTITY = "PROJECT";
    private static final Set<ProjectStatus> MANAGER_STEPS = EnumSet.of(ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED);

    private final ProjectRepository projects;
    private final ProjectTransitionRepository transitions;
    private final ProjectScope scope;
    private final CompoundService compounds;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<CompletionCheck> completionChecks;
    private final List<ApprovalCheck> approvalChecks;
    private final ProjectPlacements placements;
    private final VisibleProjects visible;

    ProjectService(ProjectRepository projects, ProjectTransitionRepository transitions, ProjectScope scope,
                   CompoundService compounds, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                   List<CompletionCheck> completionChecks,
                   List<ApprovalCheck> approvalChecks, ProjectPlacements placements, VisibleProjects visible) {
        this.visible = visible;
        this.approvalChecks = approvalChecks;
        this.placements = placements;
        this.completionChecks = completionChecks;
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

    /** One recorded lifecycle step; 立项 carries the consent tally it rested on. */
    public record TransitionRow(ProjectStatus from, ProjectStatus to, Instant at, String actor, String note,
                                String consentTally) {
    }

    /**
     * What the work module needs to know about a project it plans or logs against, after the scope check:
     * its status, start date and communities, and whether the signed-in user may plan items and log progress
     * (administrators, and the project managers assigned to it).
     */
    public record WorkAccess(Long id, String code, String name, ProjectStatus status, LocalDate actualStart,
                             Set<Long> communityIds, boolean mayWrite) {
    }

    /** A request to move a project to its next status, with whatever that step needs. */
    public record TransitionRequest(long version, ProjectStatus target, LocalDate date, String body, String note,
                                    boolean confirmUnfinished) {

        public TransitionRequest(long version, ProjectStatus target, LocalDate date, String body, String note) {
            this(version, target, date, body, note, false);
        }
    }

    @Transactional(readOnly = true)
    public ProjectDetails get(long id) {
        Actor actor = currentUser.require();
        Project p = visible(actor, id);
        return new ProjectDetails(p.getId(), p.getVersion(), dataOf(p), p.getStatus(), p.getActualStart(),
                p.getActualEnd(), p.getAcceptanceDate(), p.getAcceptanceBody(), p.getHandoverDate(), p.isSample(),
                compounds.byIds(p.getCompoundIds()), mayEdit(actor), allowedNext(actor, p));
    }

    /** The work still unfinished in a project, which moving it to 完工 asks the user to confirm. */
    @Transactional(readOnly = true)
    public List<String> unfinishedWork(long id, java.util.Locale locale) {
        visible(currentUser.require(), id);
        return completionChecks.stream().flatMap(c -> c.unfinishedWork(id, locale).stream()).toList();
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

    @Transactional(readOnly = true)
    public List<TransitionRow> history(long id) {
        visible(currentUser.require(), id);
        return transitions.findByProjectIdOrderByOccurredAtAscIdAsc(id).stream()
                .map(t -> new TransitionRow(t.getFromStatus(), t.getToStatus(), t.getOccurredAt(), t.getActor(), t.getNote(),
                        t.getConsentTally()))
                .toList();
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

    /** Moves a project one step along its lifecycle; the step's precondition is checked by the project. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void transition(long id, TransitionRequest request) {
        Actor actor = currentUser.require();
        Project project = visible(actor, id);
        if (request.target() == null || allowedNext(actor, project) != request.target()) {
            if (request.target() != null && request.target() == project.getStatus().next()) {
                throw currentUser.deny(actor, "project.transition " + id + " to " + request.target());
            }
            throw new DomainException("project.error.illegalTransition", MessageKey.of(project.getStatus().labelKey()),
                    request.target() == null ? "" : MessageKey.of(request.target().labelKey()));
        }
        project.checkVersion(request.version());
        if (request.target() == ProjectStatus.COMPLETED && !request.confirmUnfinished()) {
            int open = completionChecks.stream().mapToInt(c -> c.unfinishedWork(id, java.util.Locale.ROOT).size()).sum();
            if (open > 0) {
                throw new DomainException("project.error.unfinishedWork", open);
            }
        }
        Map<String, String> before = project.snapshot();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String who = actor.username();
        ProjectTransition step = switch (request.target()) {
            case CONSULTING -> project.startConsultation(who, now, request.note());
            case APPROVED -> project.approve(requireConsent(project), who, now, request.note());
            case IN_PROGRESS -> project.startWork(request.date(), today, who, now, request.note());
            case COMPLETED -> project.complete(request.date(), today, who, now, request.note());
            case ACCEPTED -> project.accept(request.date(), request.body(), today, who, now, request.note());
            case HANDED_OVER -> project.handOver(request.date(), today, who, now, request.note());
            case PLANNING -> throw new DomainException("project.error.illegalTransition",
                    MessageKey.of(project.getStatus().labelKey()), MessageKey.of(request.target().labelKey()));
        };
        projects.saveAndFlush(project);
        transitions.save(step);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "TRANSITION_" + request.target(), before,
                project.snapshot()));
        events.publishEvent(new ProjectChanged(placements.of(project)));
    }

    /**
     * The passed consent round that would let the project move to 立项, or the refusal that names why there is
     * none (see {@link ApprovalCheck.Verdict}).
     */
    @Transactional(readOnly = true)
    public ApprovalCheck.Verdict consent(long id) {
        return consentOf(visible(currentUser.require(), id));
    }

    private ApprovalCheck.Consent requireConsent(Project project) {
        ApprovalCheck.Verdict verdict = consentOf(project);
        if (verdict.consent() == null) {
            throw verdict.refusal();
        }
        return verdict.consent();
    }

    private ApprovalCheck.Verdict consentOf(Project project) {
        ApprovalCheck.Subject subject = new ApprovalCheck.Subject(project.getId(), project.getCompoundIds(),
                project.getScopeBuildings(), project.getScopeUnit());
        return approvalChecks.stream().map(c -> c.consent(subject)).findFirst()
                .orElse(ApprovalCheck.Verdict.refused("project.error.consentRequired"));
    }

    private Project visible(Actor actor, long id) {
        return visible.require(actor, id);
    }

    /** For a project the actor can see (checked by {@link #visible}): whether they may edit its details. */
    private static boolean mayEdit(Actor actor) {
        return actor.role() != Role.COMMUNITY_COMMITTEE;
    }

    /** For a project the actor can see (checked by {@link #visible}): the step they may take it to next. */
    private static ProjectStatus allowedNext(Actor actor, Project project) {
        ProjectStatus next = project.getStatus().next();
        if (next == null) {
            return null;
        }
        return switch (actor.role()) {
            case ADMIN, OFFICIAL -> next;
            case PROJECT_MANAGER -> MANAGER_STEPS.contains(next) ? next : null;
            case COMMUNITY_COMMITTEE -> null;
        };
    }

    private static ProjectData dataOf(Project p) {
        return new ProjectData(p.getCode(), p.getName(), p.getYear(), p.isPilot(), p.getImplementingUnit(),
                p.getBudget(), p.getPlannedStart(), p.getPlannedEnd(), p.getDescription(), p.getCompoundIds(),
                p.getScopeBuildings(), p.getScopeUnit());
    }

}
