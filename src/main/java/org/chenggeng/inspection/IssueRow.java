package org.chenggeng.inspection;

import java.time.LocalDate;

/** An issue as lists show it, with whether it is overdue today and by how many days. */
public record IssueRow(Long id, long version, long projectId, String projectName, IssueSource source, Long sourceId,
                       Long workItemId, String description, Severity severity, String responsibleUnit,
                       LocalDate deadline, IssueStatus status, LocalDate raisedOn, String raisedBy, LocalDate closedOn,
                       int returnedCount, boolean overdue, long daysOverdue, boolean sample) {
}
