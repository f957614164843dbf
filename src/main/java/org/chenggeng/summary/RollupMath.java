package org.chenggeng.summary;

import org.chenggeng.work.MonthIndex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The arithmetic the summary tables and their readers share, so that a figure summed in the tables and the same
 * figure computed from the ledger are the same number to the last digit.
 */
public final class RollupMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RollupMath() {
    }

    /** A month as one integer, as the ledger keys its monthly sums ({@link MonthIndex}). */
    public static int index(YearMonth month) {
        return MonthIndex.index(month);
    }

    public static int index(LocalDate date) {
        return MonthIndex.index(date);
    }

    public static YearMonth month(int index) {
        return MonthIndex.month(index);
    }

    /** An item's completed share for the completion curve: completed / planned, six decimals, within 0 and 1. */
    static BigDecimal curveRatio(BigDecimal completed, BigDecimal planned) {
        if (planned.signum() == 0) {
            return BigDecimal.ZERO.setScale(6);
        }
        return completed.divide(planned, 6, RoundingMode.HALF_UP).min(BigDecimal.ONE).max(BigDecimal.ZERO);
    }

    /** An item's completed share for the project's completion (as {@code work.Completion} computes it): ten decimals. */
    static BigDecimal completionRatio(BigDecimal completed, BigDecimal planned) {
        if (planned.signum() == 0) {
            return BigDecimal.ZERO.setScale(10);
        }
        return completed.divide(planned, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE).max(BigDecimal.ZERO);
    }

    /** The share of a planned period elapsed at a date: six decimals, within 0 and 1. */
    static BigDecimal elapsed(LocalDate start, LocalDate end, LocalDate at) {
        long total = Math.max(1, ChronoUnit.DAYS.between(start, end));
        long done = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, at)));
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
    }

    /** A mean of shares as a percentage with one decimal: {@code sum * 100 / count}. */
    public static BigDecimal percent(BigDecimal sum, long count) {
        return sum.multiply(HUNDRED).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
