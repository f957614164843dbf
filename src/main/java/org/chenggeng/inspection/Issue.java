package org.chenggeng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DateBounds;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * An issue to rectify (问题整改): found → assigned (severity, responsible unit, deadline) → rectified by the project
 * manager → re-checked by the inspector, who closes it (销号) or sends it back with a reason, when it is to be
 * rectified again. Each step returns the {@link IssueStep} to keep; the status is never set directly. Overdue means
 * the project manager's turn (待整改, never answered or sent back) and past its deadline: once answered it waits for
 * the inspector's re-check (待复查), which is not the project manager's lateness.
 */
@Entity
@Table(name = "rectification_issue")
class Issue extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueSource source;
    @Column(name = "source_id", nullable = false)
    private Long sourceId;
    @Column(name = "work_item_id")
    private Long workItemId;
    @Column(name = "household_id")
    private Long householdId;
    @Column(nullable = false, length = 1000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;
    @Column(name = "responsible_unit", nullable = false, length = 200)
    private String responsibleUnit;
    @Column(nullable = false)
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueStatus status = IssueStatus.OPEN;
    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;
    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "closed_by", length = 100)
    private String closedBy;
    @Column(name = "returned_count", nullable = false)
    private int returnedCount;
    @Column(nullable = false)
    private boolean sample;

    protected Issue() {
    }

    Issue(long projectId, IssueSource source, long sourceId, Long workItemId, Long householdId, IssueData data,
          LocalDate raisedOn, String raisedBy, Instant now, boolean sample) {
        if (data == null || data.description() == null || data.description().isBlank()) {
            throw new DomainException("issue.error.descriptionRequired");
        }
        if (data.description().strip().length() > 1000) {
            throw new DomainException("error.tooLong", 1000);
        }
        if (data.severity() == null) {
            throw new DomainException("issue.error.severityRequired");
        }
        if (data.responsibleUnit() == null || data.responsibleUnit().isBlank()) {
            throw new DomainException("issue.error.unitRequired");
        }
        if (data.responsibleUnit().strip().length() > 200) {
            throw new DomainException("error.tooLong", 200);
        }
        if (data.deadline() == null) {
            throw new DomainException("issue.error.deadlineRequired");
        }
        if (!DateBounds.isSane(data.deadline())) {
            throw new DomainException("date.error.outOfRange", MessageKey.of("issue.deadline"),
                    data.deadline().toString(), DateBounds.MIN.toString(), DateBounds.MAX.toString());
        }
        if (data.deadline().isBefore(raisedOn)) {
            throw new DomainException("issue.error.deadlineBeforeRaised", raisedOn.toString());
        }
        this.projectId = projectId;
        this.source = source;
        this.sourceId = sourceId;
        this.workItemId = workItemId;
        this.householdId = householdId;
        this.description = data.description().strip();
        this.severity = data.severity();
        this.responsibleUnit = data.responsibleUnit().strip();
        this.deadline = data.deadline();
        this.raisedOn = raisedOn;
        this.raisedBy = raisedBy;
        this.raisedAt = now;
        this.sample = sample;
    }

    /** 待整改 → 待复查: the project manager says what was done (photos follow on the step). */
    IssueStep answer(String rectification, String who, Instant now) {
        if (status != IssueStatus.OPEN) {
            throw new DomainException("issue.error.notOpen", MessageKey.of(status.labelKey()));
        }
        IssueStep step = IssueStep.of(getId(), IssueStep.Kind.ANSWER, rectification, "issue.error.rectificationRequired",
                who, now);
        status = IssueStatus.SUBMITTED;
        return step;
    }

    /** 待复查 → 已销号: the re-check found it rectified. */
    IssueStep close(String note, LocalDate today, String who, Instant now) {
        requireSubmitted();
        IssueStep step = IssueStep.of(getId(), IssueStep.Kind.CLOSE, note, null, who, now);
        status = IssueStatus.CLOSED;
        closedOn = today;
        closedBy = who;
        return step;
    }

    /** 待复查 → 待整改: the re-check found it not rectified, and says why. */
    IssueStep sendBack(String reason, String who, Instant now) {
        requireSubmitted();
        IssueStep step = IssueStep.of(getId(), IssueStep.Kind.RETURN, reason, "issue.error.reasonRequired", who, now);
        status = IssueStatus.OPEN;
        returnedCount++;
        return step;
    }

    private void requireSubmitted() {
        if (status != IssueStatus.SUBMITTED) {
            throw new DomainException("issue.error.notSubmitted", MessageKey.of(status.labelKey()));
        }
    }

    /** 待整改 (not answered, or sent back) and its deadline passed before {@code today}. */
    boolean overdue(LocalDate today) {
        return status == IssueStatus.OPEN && deadline.isBefore(today);
    }

    /** Answered and waiting for the inspector's re-check (待复查): the inspector's turn, whatever the deadline. */
    boolean awaitingRecheck() {
        return status == IssueStatus.SUBMITTED;
    }

    /** Days past the deadline, for an overdue issue; 0 otherwise. */
    long daysOverdue(LocalDate today) {
        return overdue(today) ? ChronoUnit.DAYS.between(deadline, today) : 0;
    }

    Map<String, String> snapshot() {
        return Snapshot.of().put("projectId", projectId).put("source", source).put("sourceId", sourceId)
                .put("workItemId", workItemId).put("householdId", householdId).put("description", description)
                .put("severity", severity).put("responsibleUnit", responsibleUnit).put("deadline", deadline)
                .put("status", status).put("closedOn", closedOn).put("returnedCount", returnedCount).toMap();
    }

    Long getProjectId() {
        return projectId;
    }

    IssueSource getSource() {
        return source;
    }

    Long getSourceId() {
        return sourceId;
    }

    Long getWorkItemId() {
        return workItemId;
    }

    Long getHouseholdId() {
        return householdId;
    }

    String getDescription() {
        return description;
    }

    Severity getSeverity() {
        return severity;
    }

    String getResponsibleUnit() {
        return responsibleUnit;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    IssueStatus getStatus() {
        return status;
    }

    LocalDate getRaisedOn() {
        return raisedOn;
    }

    String getRaisedBy() {
        return raisedBy;
    }

    LocalDate getClosedOn() {
        return closedOn;
    }

    String getClosedBy() {
        return closedBy;
    }

    int getReturnedCount() {
        return returnedCount;
    }

    boolean isSample() {
        return sample;
    }
}
