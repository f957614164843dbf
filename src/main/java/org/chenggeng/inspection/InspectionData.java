package org.chenggeng.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What an inspector records: the inspection and what it found. */
public record InspectionData(InspectionKind kind, LocalDate date, List<Participant> participants, List<Check> checks,
                             Set<Long> workItemIds, Conclusion conclusion, String note, List<FindingData> findings) {

    public InspectionData {
        participants = participants == null ? List.of() : List.copyOf(participants);
        checks = checks == null ? List.of() : List.copyOf(checks);
        workItemIds = workItemIds == null ? Set.of() : Set.copyOf(workItemIds);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
