package org.chenggeng.inspection;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.MessageKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The completion acceptance (竣工验收) of a project once it is 完工: recorded by administrators and the officials and
 * supervisors whose region holds it, read by everyone who sees it. The issues still open that day are listed with it
 * as they stand, so the record says what was accepted with what outstanding.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AcceptanceService {

    static final String ENTITY = "COMPLETION_ACCEPTANCE";

    private final CompletionRepository acceptances;
    private final IssueRepository issues;
    private final InspectionAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AcceptanceGates gates;

    AcceptanceService(CompletionRepository acceptances, IssueRepository issues, InspectionAccess access,
                      ApplicationEventPublisher events, Clock clock, AcceptanceGates gates) {
        this.gates = gates;
        this.acceptances = acceptances;
        this.issues = issues;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user may record the project's completion acceptance now (it is 完工). */
    @Transactional(readOnly = true)
    public boolean mayRecord(long projectId) {
        ProjectAccess.WorkAccess project = access.project(projectId);
        return InspectionAccess.mayInspect(access.actor()) && project.status() == ProjectStatus.COMPLETED;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long record(long projectId, CompletionData data) {
        return record(projectId, data, false);
    }

    Long record(long projectId, CompletionData data, boolean sample) {
        ProjectAccess.WorkAccess project = access.requireInspector(projectId, "acceptance.record");
        if (project.status() != ProjectStatus.COMPLETED) {
            throw new DomainException("acceptance.error.projectStatus", MessageKey.of(project.status().labelKey()));
        }
        String open = issues.findByProjectIdOrderByRaisedAtDescIdDesc(projectId).stream()
                .filter(i -> i.getStatus() != IssueStatus.CLOSED)
                .map(i -> "#" + i.getId() + " [" + i.getSeverity() + "] " + i.getDescription() + " (" + i.getDeadline() + ")")
                .collect(Collectors.joining("\n"));
        CompletionAcceptance a = acceptances.save(new CompletionAcceptance(projectId, data, open, LocalDate.now(clock),
                access.actor().username(), clock.instant(), sample));
        events.publishEvent(EntityChanged.created(ENTITY, a.getId(), a.snapshot()));
        return a.getId();
    }

    /** What the project still lacks for 验收, as the lifecycle will say it; empty when nothing. */
    @Transactional(readOnly = true)
    public List<org.chenggeng.project.TransitionGuard.Gap> acceptanceGaps(long projectId) {
        access.project(projectId);
        return gates.gaps(projectId, ProjectStatus.ACCEPTED);
    }

    /** A project's completion acceptances, newest first. */
    @Transactional(readOnly = true)
    public List<AcceptanceRow> list(long projectId) {
        access.project(projectId);
        return acceptances.findByProjectIdOrderByAcceptedOnDescRecordedAtDescIdDesc(projectId).stream()
                .map(a -> new AcceptanceRow(a.getId(), a.getProjectId(), a.getAcceptedOn(), a.getOrganiser(),
                        a.getParticipants(), a.getConclusion(), a.getOpinion(), a.getOpenIssues(), a.getRecordedBy(),
                        a.getRecordedAt(), a.isSample())).toList();
    }
}
