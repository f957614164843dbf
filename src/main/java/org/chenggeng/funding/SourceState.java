package org.chenggeng.funding;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A project's money from one source as the summary sums it: the planned amount and the completed amount per month
 * (month key {@code year * 100 + month}, corrections netted in), in yuan.
 */
public record SourceState(long sourceId, BigDecimal planned, SortedMap<Integer, BigDecimal> completedByMonth) {

    public SourceState {
        completedByMonth = Collections.unmodifiableSortedMap(new TreeMap<>(completedByMonth));
    }

    public static SourceState empty(long sourceId) {
        return new SourceState(sourceId, BigDecimal.ZERO, new TreeMap<>());
    }

    /** Everything completed, all months together. */
    public BigDecimal completed() {
        return completedByMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    SourceState withPlanned(BigDecimal amount) {
        return new SourceState(sourceId, amount, completedByMonth);
    }

    SourceState plus(int month, BigDecimal amount) {
        TreeMap<Integer, BigDecimal> months = new TreeMap<>(completedByMonth);
        months.merge(month, amount, BigDecimal::add);
        return new SourceState(sourceId, planned, months);
    }
}
