package org.chenggeng.work;

import java.time.LocalDate;
import java.time.YearMonth;

/** A month as one integer, {@code year * 12 + month - 1}, as the ledger's monthly sums are keyed. */
public final class MonthIndex {

    private MonthIndex() {
    }

    /** Consecutive months are consecutive numbers. */
    public static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public static int index(LocalDate date) {
        return index(YearMonth.from(date));
    }

    public static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }
}
