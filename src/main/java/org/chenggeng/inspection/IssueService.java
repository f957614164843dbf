package org.chenggeng.inspection;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectHeader;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.security.Actor;
import org.chenggeng.security.Role;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.IdempotentWrites;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The way of an issue after it was raised: the project manager of its project answers it with the rectification
 * (and photos), an inspector of its region re-checks it and closes it or sends it back with a reason. Everyone who
 * sees the project sees its issues; a project manager therefore sees and answers only their own projects' issues.
 * Every step is checked against the version the user saw, so two people re-checking at once never both win.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class IssueService {

    private final IssueRepository issues;
    private final IssueStepRepository steps;
    private final FindingRepository findings;
    private final InspectionAccess access;
    private final ProjectQueries projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IdempotentWrites writes;

    IssueService(IssueRepository issues, IssueStepRepository steps, FindingRepository findings,
                 InspectionAccess access, ProjectQueries projects, ApplicationEventPublisher events, Clock clock,
                 IdempotentWrites writes) {
        this.writes = writes;
        this.issues = issues;
        this.steps = steps;
        this.findings = findings;
        this.access = access;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /** What a to-do list shows: the issues waiting for the signed-in user, or all of one status, or the overdue. */
    public enum Selection {
        MINE, OPEN, SUBMITTED, CLOSED, OVERDUE, ALL
    }

    /** A project's issues, newest first. */
    @Transactional(readOnly = true)
    public List<IssueRow> ofProject(long projectId) {
        ProjectAccess.WorkAccess project = access.project(projectId);
        LocalDate today = LocalDate.now(clock);
        return issues.findByProjectIdOrderByRaisedAtDescIdDesc(projectId).stream()
                .map(i -> row(i, project.name(), today)).toList();
    }

    /**
     * The issues of every project in the signed-in user's scope that the selection asks for, overdue first, then by
     * deadline. {@code MINE}: for a project manager those to rectify (待整改, also sent back), for an inspector those
     * to re-check (待复查) and the overdue, for anyone else the overdue.
     */
    @Transactional(readOnly = true)
    public List<IssueRow> list(Selection selection) {
        Actor actor = access.actor();
        Map<Long, ProjectHeader> visible = projects.headers(ProjectFilter.none()).stream()
                .collect(Collectors.toMap(ProjectHeader::id, Function.identity()));
        if (visible.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Set<IssueStatus> statuses = switch (selection) {
            case OPEN -> EnumSet.of(IssueStatus.OPEN);
            case SUBMITTED -> EnumSet.of(IssueStatus.SUBMITTED);
            case CLOSED -> EnumSet.of(IssueStatus.CLOSED);
            case MINE, OVERDUE -> EnumSet.of(IssueStatus.OPEN, IssueStatus.SUBMITTED);
            case ALL -> EnumSet.allOf(IssueStatus.class);
        };
        List<Issue> found = actor.isAdmin() ? issues.findByStatusIn(statuses)
                : issues.findByStatusInAndProjectIdIn(statuses, visible.keySet());
        return found.stream().filter(i -> visible.containsKey(i.getProjectId()))
                .filter(i -> switch (selection) {
                    case MINE -> waitingFor(actor, i, today);
                    case OVERDUE -> i.overdue(today);
                    default -> true;
                })
                .map(i -> row(i, visible.get(i.getProjectId()).name(), today))
                .sorted(Comparator.comparing(IssueRow::overdue).reversed().thenComparing(IssueRow::deadline)
                        .thenComparing(IssueRow::id))
                .toList();
    }

    private static boolean waitingFor(Actor actor, Issue issue, LocalDate today) {
        if (actor.is(Role.PROJECT_MANAGER)) {
            return issue.getStatus() == IssueStatus.OPEN;
        }
        if (InspectionAccess.mayInspect(actor)) {
            return issue.getStatus() == IssueStatus.SUBMITTED || issue.overdue(today);
        }
        return issue.overdue(today);
    }

    /** One issue with its steps and what the signed-in user may do; refused where its project is. */
    @Transactional(readOnly = true)
    public IssueDetails get(long issueId) {
        Issue issue = issues.findById(issueId).orElseThrow(NotFoundException::new);
        ProjectAccess.WorkAccess project = access.project(issue.getProjectId());
        Actor actor = access.actor();
        Long inspectionId = issue.getSource() == IssueSource.FINDING
                ? findings.findById(issue.getSourceId()).map(Finding::getInspectionId).orElse(null) : null;
        List<IssueDetails.Step> way = steps.findByIssueIdOrderByOccurredAtAscIdAsc(issueId).stream()
                .map(s -> new IssueDetails.Step(s.getId(), s.getKind().name(), s.getText(), s.getActor(),
                        s.getOccurredAt())).toList();
        return new IssueDetails(row(issue, project.name(), LocalDate.now(clock)), inspectionId, way,
                issue.getStatus() == IssueStatus.OPEN && mayAnswer(project),
                issue.getStatus() == IssueStatus.SUBMITTED && InspectionAccess.mayInspect(actor));
    }

    /**
     * The project manager's rectification of an issue 待整改 (also after a send-back): what was done; the photos
     * attach to the returned step. Only the project's own project managers (and administrators) may.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long answer(long issueId, long version, String rectification) {
        return answer(lockForAnswer(issueId), version, rectification);
    }

    /** An answer as the API gives it, from what the writing transaction commits: the step, the status and version. */
    public record Answered(Long issueId, Long stepId, IssueStatus status, long version) {
    }

    /**
     * {@link #answer(long, long, String)} at most once per {@code idempotencyKey} (none: every call answers): the same
     * request sent again answers the first answer and writes nothing; the key with another request is refused
     * ({@code idempotency.error.keyReused}). The issue's lock comes first, so two sends of one key run one after the
     * other and the second finds the key the first committed.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public IdempotentWrites.Written<Answered> answer(long issueId, long version, String rectification,
                                                     String idempotencyKey) {
        Issue issue = lockForAnswer(issueId);
        return writes.once(() -> access.actor().id(), idempotencyKey,
                "issue.answer " + issueId + " " + version + " " + rectification, Answered.class, () -> {
                    Long step = answer(issue, version, rectification);
                    return new Answered(issue.getId(), step, issue.getStatus(), issue.getVersion());
                });
    }

    private Issue lockForAnswer(long issueId) {
        Issue issue = lock(issueId);
        if (!mayAnswer(access.project(issue.getProjectId()))) {
            throw access.deny("issue.answer " + issueId);
        }
        return issue;
    }

    private Long answer(Issue issue, long version, String rectification) {
        return step(issue, version, "ANSWER", () -> issue.answer(rectification, access.actor().username(),
                clock.instant()));
    }

    /** The inspector's re-check found the issue rectified: closed (销号) today. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void close(long issueId, long version, String note) {
        Issue issue = lockForCheck(issueId);
        step(issue, version, "CLOSE", () -> issue.close(note, LocalDate.now(clock), access.actor().username(),
                clock.instant()));
    }

    /** The inspector's re-check found the issue not rectified: back to 待整改, with the reason. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void sendBack(long issueId, long version, String reason) {
        Issue issue = lockForCheck(issueId);
        step(issue, version, "RETURN", () -> issue.sendBack(reason, access.actor().username(), clock.instant()));
    }

    /** Whether the signed-in user may attach photos to a rectification: who may answer the issue's project. */
    boolean mayAnswer(ProjectAccess.WorkAccess project) {
        return project.mayWrite();
    }

    private Issue lockForCheck(long issueId) {
        Issue issue = lock(issueId);
        access.requireInspector(issue.getProjectId(), "issue.recheck " + issueId);
        return issue;
    }

    private Issue lock(long issueId) {
        return issues.findForUpdate(issueId).orElseThrow(NotFoundException::new);
    }

    private Long step(Issue issue, long version, String action, java.util.function.Supplier<IssueStep> move) {
        issue.checkVersion(version);
        Map<String, String> before = issue.snapshot();
        IssueStep step = steps.save(move.get());
        issues.saveAndFlush(issue);
        Map<String, String> after = new java.util.LinkedHashMap<>(issue.snapshot());
        if (step.getText() != null) {
            after.put("stepText", step.getText());
        }
        events.publishEvent(EntityChanged.updated(IssueRaising.ENTITY, issue.getId(), action, before, after));
        return step.getId();
    }

    static IssueRow row(Issue i, String projectName, LocalDate today) {
        return new IssueRow(i.getId(), i.getVersion(), i.getProjectId(), projectName, i.getSource(), i.getSourceId(),
                i.getWorkItemId(), i.getDescription(), i.getSeverity(), i.getResponsibleUnit(), i.getDeadline(),
                i.getStatus(), i.getRaisedOn(), i.getRaisedBy(), i.getClosedOn(), i.getReturnedCount(),
                i.overdue(today), i.daysOverdue(today), i.isSample());
    }
}
