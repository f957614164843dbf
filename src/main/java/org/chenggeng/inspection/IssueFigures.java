package org.chenggeng.inspection;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The inspection and rectification figures of a set of projects, for the dashboard and the report: inspections
 * recorded, issues raised, still open (by severity), of those waiting for the inspector's re-check, overdue (the
 * project manager's turn and past the deadline), closed, and the median days from raising to closing.
 */
public record IssueFigures(long inspections, long raised, long open, Map<Severity, Long> openBySeverity,
                           long awaitingRecheck, long overdue, long closed, BigDecimal medianDaysToClose) {

    public IssueFigures {
        openBySeverity = Map.copyOf(openBySeverity);
    }

    public long open(Severity severity) {
        return openBySeverity.getOrDefault(severity, 0L);
    }
}
