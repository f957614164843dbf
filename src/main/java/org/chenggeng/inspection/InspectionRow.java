package org.chenggeng.inspection;

import java.time.LocalDate;

/** An inspection in a project's list: kind, date, conclusion, who was there, and how much it found. */
public record InspectionRow(Long id, long projectId, InspectionKind kind, LocalDate date, Conclusion conclusion,
                            String participants, int findings, String recordedBy, boolean sample) {
}
