package org.chenggeng.project;

import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.MessageKey;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A project's way along its lifecycle (谋划 → 征询 → 立项 → 施工 → 完工 → 验收 → 移交): the next step, what it
 * needs, and the steps recorded so far. Every method checks role and scope itself.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProjectLifecycle {

    private static final String ENTITY = "PROJECT";
    private static final Set<ProjectStatus> MANAGER_STEPS = EnumSet.of(ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED);

    private final ProjectRepository projects;
    private final ProjectTransitionRepository transitions;
    private final VisibleProjects visible;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<CompletionCheck> completionChecks;
    private final ApprovalGate approval;
    private final ProjectPlacements placements;
    private final List<TransitionGuard> guards;

    ProjectLifecycle(ProjectRepository projects, ProjectTransitionRepository transitions, VisibleProjects visible,
                     CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                     List<CompletionCheck> completionChecks, ApprovalGate approval, ProjectPlacements placements,
                     List<TransitionGuard> guards) {
        this.guards = guards;
        this.projects = projects;
        this.transitions = transitions;
        this.visible = visible;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.completionChecks = completionChecks;
        this.approval = approval;
        this.placements = placements;
    }

    /** The project's recorded lifecycle steps, oldest first. */
    @Transactional(readOnly = true)
    public List<TransitionRow> history(long id) {
        visible.require(currentUser.require(), id);
        return transitions.findByProjectIdOrderByOccurredAtAscIdAsc(id).stream()
                .map(t -> new TransitionRow(t.getFromStatus(), t.getToStatus(), t.getOccurredAt(), t.getActor(), t.getNote(),
                        t.getConsentTally()))
                .toList();
    }

    /** The work still unfinished in a project, which moving it to 完工 asks the user to confirm. */
    @Transactional(readOnly = true)
    public List<String> unfinishedWork(long id, Locale locale) {
        visible.require(currentUser.require(), id);
        return completionChecks.stream().flatMap(c -> c.unfinishedWork(id, locale).stream()).toList();
    }

    /**
     * What the project lacks before the step the signed-in user may take it to next (the other modules' gates, see
     * {@link TransitionGuard}); empty when nothing, or when there is no such step.
     */
    @Transactional(readOnly = true)
    public List<TransitionGuard.Gap> gaps(long id) {
        Actor actor = currentUser.require();
        ProjectStatus next = allowedNext(actor, visible.require(actor, id));
        return next == null ? List.of() : gapsOf(id, next);
    }

    /** What the step to the next status may be filled in with, from the modules that keep its records. */
    @Transactional(readOnly = true)
    public java.util.Optional<TransitionGuard.Prefill> prefill(long id) {
        Actor actor = currentUser.require();
        ProjectStatus next = allowedNext(actor, visible.require(actor, id));
        return next == null ? java.util.Optional.empty()
                : guards.stream().flatMap(g -> g.prefill(id, next).stream()).findFirst();
    }

    private List<TransitionGuard.Gap> gapsOf(long id, ProjectStatus target) {
        return guards.stream().flatMap(g -> g.gaps(id, target).stream()).toList();
    }

    /**
     * Moves a project one step along its lifecycle; the step's precondition is checked by the project, and the
     * other modules' gates ({@link TransitionGuard}) before it.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void transition(long id, TransitionRequest request) {
        Actor actor = currentUser.require();
        Project project = visible.require(actor, id);
        if (request.target() == null || allowedNext(actor, project) != request.target()) {
            if (request.target() != null && request.target() == project.getStatus().next()) {
                throw currentUser.deny(actor, "project.transition " + id + " to " + request.target());
            }
            throw new DomainException("project.error.illegalTransition", MessageKey.of(project.getStatus().labelKey()),
                    request.target() == null ? "" : MessageKey.of(request.target().labelKey()));
        }
        project.checkVersion(request.version());
        List<TransitionGuard.Gap> gaps = gapsOf(id, request.target());
        if (!gaps.isEmpty()) {
            throw gaps.getFirst().refusal();
        }
        if (request.target() == ProjectStatus.COMPLETED && !request.confirmUnfinished()) {
            int open = completionChecks.stream().mapToInt(c -> c.unfinishedWork(id, Locale.ROOT).size()).sum();
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
            case APPROVED -> project.approve(approval.requireConsent(project), who, now, request.note());
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

    /** For a project the actor can see: the step they may take it to next ({@code null} for none). */
    static ProjectStatus allowedNext(Actor actor, Project project) {
        ProjectStatus next = project.getStatus().next();
        if (next == null) {
            return null;
        }
        return switch (actor.role()) {
            case ADMIN, SYSTEM_ADMIN, OFFICIAL -> next;
            case PROJECT_MANAGER -> MANAGER_STEPS.contains(next) ? next : null;
            case COMMUNITY_COMMITTEE, SUPERVISOR, SECURITY_ADMIN, AUDIT_ADMIN -> null;
        };
    }
}
