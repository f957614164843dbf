package org.chenggeng.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One inspection in full, with its findings and what the signed-in user may do. */
public record InspectionDetails(Long id, long projectId, String projectName, InspectionKind kind, LocalDate date,
                                Conclusion conclusion, List<Participant> participants, List<Check> checks,
                                Set<Long> workItemIds, String note, String recordedBy, Instant recordedAt,
                                List<FindingRow> findings, boolean mayAttach, boolean sample) {

    /** A finding with the work items it concerns. */
    public record FindingRow(Long id, int number, String description, Set<Long> workItemIds) {
    }
}
