package org.chenggeng.reporting.ui;

import org.chenggeng.reporting.Period;

import java.time.YearMonth;

/** How much of the chosen year a report covers, or all time. */
enum PeriodKind {
    YEAR, QUARTER, MONTH, ALL;

    String labelKey() {
        return "report.periodKind." + name();
    }

    Period period(Integer year, Integer quarter, Integer month) {
        if (this == ALL || year == null) {
            return Period.all();
        }
        return switch (this) {
            case QUARTER -> Period.quarter(year, quarter == null ? 1 : quarter);
            case MONTH -> Period.month(YearMonth.of(year, month == null ? 1 : month));
            default -> Period.year(year);
        };
    }
}
