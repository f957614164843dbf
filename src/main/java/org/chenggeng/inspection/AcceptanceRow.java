package org.chenggeng.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A completion acceptance as the project's 验收 tab shows it. */
public record AcceptanceRow(Long id, long projectId, LocalDate date, String organiser, List<PartyParticipant> participants,
                            Conclusion conclusion, String opinion, String openIssues, String recordedBy,
                            Instant recordedAt, boolean sample) {
}
