package org.chenggeng.reporting;

import org.chenggeng.shared.DateBounds;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The dates a report covers, both ends included; {@code null} ends are open (all time). Dates outside
 * {@link DateBounds} are refused: far-off years overflow the summary tables' month index.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        DateBounds.requireSane(from, "from");
        DateBounds.requireSane(to, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    public static Period all() {
        return new Period(null, null);
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public boolean isAllTime() {
        return from == null && to == null;
    }
}
