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
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Projects within the signed-in user's scope: the list, the project page, creation, editing and the
 * lifecycle. Every method checks role and scope itself; a view is not a security boundary.
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
    private final ProjectStatusCounts statusCounts;
    private final List<ApprovalCheck> approvalChecks;
    private final ProjectPlacements placements;

    ProjectService(ProjectRepository projects, ProjectTransitionRepository transitions, ProjectScope scope,
                   CompoundService compounds, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                   List<CompletionCheck> completionChecks, ProjectStatusCounts statusCounts,
                   List<ApprovalCheck> approvalChecks, ProjectPlacements placements) {
        this.approvalChecks = approvalChecks;
        this.placements = placements;
        this.statusCounts = statusCounts;
        this.completionChecks = completionChecks;
        this.projects = projects;
        this.transitions = transitions;
        this.scope = scope;
        this.compounds = compounds;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A row of the project list. */
    public record ProjectRow(Long id, String code, String name, int year, boolean pilot, ProjectStatus status,
                             String implementingUnit, BigDecimal budget, LocalDate plannedStart, LocalDate plannedEnd,
                             String communities, int households, Set<Long> compoundIds, LocalDate actualStart,
                             LocalDate actualEnd) {
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
    public List<ProjectRow> page(ProjectFilter filter, Pageable pageable) {
        Actor actor = currentUser.require();
        List<Project> found = projects.findAll(spec(actor, filter), pageable).getContent();
        Set<Long> compoundIds = found.stream().flatMap(p -> p.getCompoundIds().stream()).collect(Collectors.toSet());
        Map<Long, CompoundService.CompoundRow> byId = compounds.byIds(compoundIds).stream()
                .collect(Collectors.toMap(CompoundService.CompoundRow::id, Function.identity()));
        return found.stream().map(p -> toRow(p, byId)).toList();
    }

    /** Every project in scope that matches the filter, ordered by code: what reports and dashboards count. */
    @Transactional(readOnly = true)
    public List<ProjectRow> all(ProjectFilter filter) {
        return page(filter, Pageable.unpaged(org.springframework.data.domain.Sort.by("code")));
    }

    /** One project as a list row; refuses (and audits) a project outside the user's scope. */
    @Transactional(readOnly = true)
    public ProjectRow row(long id) {
        Project p = visible(currentUser.require(), id);
        Map<Long, CompoundService.CompoundRow> byId = compounds.byIds(p.getCompoundIds()).stream()
                .collect(Collectors.toMap(CompoundService.CompoundRow::id, Function.identity()));
        return toRow(p, byId);
    }

    @Transactional(readOnly = true)
    public long count(ProjectFilter filter) {
        return projects.count(spec(currentUser.require(), filter));
    }

    /** A project in scope with one of its compounds ({@code null} for a project without any). */
    public record ProjectLink(long projectId, ProjectStatus status, Long compoundId) {
    }

    /**
     * Every project in scope that matches the filter, as (project, status, compound) rows in one query: what
     * headline figures count without loading the projects.
     */
    @Transactional(readOnly = true)
    public List<ProjectLink> links(ProjectFilter filter) {
        return statusCounts.links(spec(currentUser.require(), filter));
    }

    /** A project's code, name and status: what a list of the projects behind a figure shows. */
    public record ProjectHeader(long id, String code, String name, ProjectStatus status) {
    }

    /** Every project in scope that matches the filter, ordered by code, without loading the projects. */
    @Transactional(readOnly = true)
    public List<ProjectHeader> headers(ProjectFilter filter) {
        return statusCounts.headers(spec(currentUser.require(), filter));
    }

    /** How many projects in scope match the filter, per status (the filter's own status is ignored). */
    @Transactional(readOnly = true)
    public Map<ProjectStatus, Long> countByStatus(ProjectFilter filter) {
        return statusCounts.count(spec(currentUser.require(), filter.withStatus(null)));
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

    /** Projects in progress that the signed-in user may log progress for, newest first. */
    @Transactional(readOnly = true)
    public List<ProjectRow> loggable() {
        Actor actor = currentUser.require();
        if (!actor.isAdmin() && !actor.is(Role.PROJECT_MANAGER)) {
            return List.of();
        }
        return page(new ProjectFilter(null, ProjectStatus.IN_PROGRESS, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 200,
                        org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC,
                                "year", "code")));
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
        Project project = projects.findById(id).orElseThrow(NotFoundException::new);
        if (!scope.canSee(actor, project)) {
            throw currentUser.hide(actor, "project.read " + id);
        }
        return project;
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

    private Specification<Project> spec(Actor actor, ProjectFilter f) {
        Specification<Project> spec = scope.visibleTo(actor);
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().trim().toLowerCase() + "%";
            spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("name")), like),
                    cb.like(cb.lower(root.get("code")), like)));
        }
        if (f.status() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), f.status()));
        }
        if (f.year() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("year"), f.year()));
        }
        if (f.pilot() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("pilot"), f.pilot()));
        }
        if (f.communityId() != null) {
            spec = spec.and(ProjectScope.touchingCompounds(scope.compoundIdsWithin(f.communityId())));
        }
        return spec;
    }

    private static ProjectData dataOf(Project p) {
        return new ProjectData(p.getCode(), p.getName(), p.getYear(), p.isPilot(), p.getImplementingUnit(),
                p.getBudget(), p.getPlannedStart(), p.getPlannedEnd(), p.getDescription(), p.getCompoundIds(),
                p.getScopeBuildings(), p.getScopeUnit());
    }

    private static ProjectRow toRow(Project p, Map<Long, CompoundService.CompoundRow> compoundsById) {
        List<CompoundService.CompoundRow> own = p.getCompoundIds().stream().map(compoundsById::get)
                .filter(java.util.Objects::nonNull).toList();
        String communities = own.stream().map(CompoundService.CompoundRow::communityName).distinct().sorted()
                .collect(Collectors.joining("、"));
        int households = own.stream().mapToInt(CompoundService.CompoundRow::households).sum();
        return new ProjectRow(p.getId(), p.getCode(), p.getName(), p.getYear(), p.isPilot(), p.getStatus(),
                p.getImplementingUnit(), p.getBudget(), p.getPlannedStart(), p.getPlannedEnd(), communities, households,
                Set.copyOf(p.getCompoundIds()), p.getActualStart(), p.getActualEnd());
    }
}
