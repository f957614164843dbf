package org.chenggeng.inspection.api;

import org.chenggeng.inspection.Conclusion;
import org.chenggeng.inspection.InspectionKind;
import org.chenggeng.inspection.InspectionRow;

import java.time.LocalDate;

/** An inspection: kind and conclusion are codes (QUALITY, PASSED …); participants are the organisations present. */
record InspectionJson(Long id, long projectId, InspectionKind kind, LocalDate date, Conclusion conclusion,
                      String participants, int findings, String recordedBy) {

    static InspectionJson of(InspectionRow r) {
        return new InspectionJson(r.id(), r.projectId(), r.kind(), r.date(), r.conclusion(), r.participants(),
                r.findings(), r.recordedBy());
    }
}
