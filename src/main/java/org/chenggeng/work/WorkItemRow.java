package org.chenggeng.work;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/** A work item with its type and progress, as the project's screens show it. */
public record WorkItemRow(Long id, long version, Long projectId, Long workTypeId, String typeCode, String nameZh,
                          String nameEn, WorkCategory category, Unit unit, ReportSection section,
                          BigDecimal planned, BigDecimal completed, String locationNote, BigDecimal budget,
                          LocalDate plannedStart, LocalDate plannedEnd, boolean retired, String retiredReason,
                          int entryCount, boolean editable, boolean retirable) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    /** What is left to do; zero once the plan is reached or passed. */
    public BigDecimal remaining() {
        return planned.subtract(completed).max(BigDecimal.ZERO);
    }

    public boolean overPlan() {
        return completed.compareTo(planned) > 0;
    }

    /** Completed as a share of planned, in percent with one decimal (may exceed 100). */
    public BigDecimal percent() {
        return planned.signum() == 0 ? BigDecimal.ZERO
                : completed.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
    }
}
