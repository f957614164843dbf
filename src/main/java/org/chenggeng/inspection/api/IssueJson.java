package org.chenggeng.inspection.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.inspection.IssueSource;
import org.chenggeng.inspection.IssueStatus;
import org.chenggeng.inspection.Severity;

import java.time.LocalDate;

/**
 * An issue to rectify. {@code status}: OPEN (待整改, the project manager's turn, also after a send-back), SUBMITTED
 * (待复查, answered, the inspector's turn), CLOSED (已销号). {@code overdue}: OPEN and past its deadline; an answered
 * issue waiting for re-check is never overdue.
 */
record IssueJson(Long id, @Schema(description = "send it back with an answer; 409 error.stale when it changed since")
                 long version, long projectId, IssueSource source, Long workItemId, String description,
                 Severity severity, String responsibleUnit, LocalDate deadline, IssueStatus status, LocalDate raisedOn,
                 String raisedBy, LocalDate closedOn, int returnedCount, boolean overdue, long daysOverdue) {

    static IssueJson of(IssueRow r) {
        return new IssueJson(r.id(), r.version(), r.projectId(), r.source(), r.workItemId(), r.description(),
                r.severity(), r.responsibleUnit(), r.deadline(), r.status(), r.raisedOn(), r.raisedBy(), r.closedOn(),
                r.returnedCount(), r.overdue(), r.daysOverdue());
    }
}
