package org.chenggeng.work.api;

import org.chenggeng.work.ReportSection;
import org.chenggeng.work.Unit;
import org.chenggeng.work.WorkCategory;
import org.chenggeng.work.WorkItemRow;

import java.math.BigDecimal;

/**
 * A work item with its progress. Category, report section and unit are codes (BASIC, METER …);
 * {@code percent} is completed / planned in percent with one decimal and may pass 100.
 */
record WorkItemJson(Long id, Long projectId, String typeCode, String nameZh, String nameEn, WorkCategory category,
                    ReportSection section, Unit unit, BigDecimal planned, BigDecimal completed, BigDecimal remaining,
                    BigDecimal percent, boolean overPlan, String locationNote, boolean retired) {

    static WorkItemJson of(WorkItemRow row) {
        return new WorkItemJson(row.id(), row.projectId(), row.typeCode(), row.nameZh(), row.nameEn(),
                row.category(), row.section(), row.unit(), row.planned(), row.completed(), row.remaining(),
                row.percent(), row.overPlan(), row.locationNote(), row.retired());
    }
}
