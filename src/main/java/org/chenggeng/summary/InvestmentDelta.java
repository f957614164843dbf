package org.chenggeng.summary;

import org.chenggeng.funding.SourceState;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Changes to the investment sums, summed before they are written: what sources add to (sign 1) or take from (-1) the
 * cells they are summed in. Sorted, so every writer takes the rows in one order (decision 0010's lock order).
 */
final class InvestmentDelta {

    /** Where a project's money is summed: its home region and every region above it, its year and its status. */
    record Where(List<Long> regions, int year, String status) {

        String path() {
            return String.join(",", regions.stream().map(String::valueOf).toList());
        }

        static Where of(String path, int year, String status) {
            return new Where(path.isBlank() ? List.of()
                    : java.util.Arrays.stream(path.split(",")).map(Long::valueOf).toList(), year, status);
        }
    }

    /** A cell's row for a source ({@code month} 0) or for a source and month. */
    record Key(long regionId, int year, String status, long sourceId, int month) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::regionId).thenComparingInt(Key::year)
                .thenComparing(Key::status).thenComparingLong(Key::sourceId).thenComparingInt(Key::month);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    /** Planned and completed money of a row. */
    record Figures(BigDecimal planned, BigDecimal completed) {

        static final Figures ZERO = new Figures(BigDecimal.ZERO, BigDecimal.ZERO);

        Figures plus(Figures o) {
            return new Figures(planned.add(o.planned), completed.add(o.completed));
        }

        boolean isZero() {
            return planned.signum() == 0 && completed.signum() == 0;
        }
    }

    final SortedMap<Key, Figures> sources = new TreeMap<>();
    final SortedMap<Key, BigDecimal> months = new TreeMap<>();

    void add(Where where, List<SourceState> states, int sign) {
        BigDecimal s = BigDecimal.valueOf(sign);
        for (SourceState state : states) {
            for (Long region : where.regions()) {
                Key key = new Key(region, where.year(), where.status(), state.sourceId(), 0);
                sources.merge(key, new Figures(state.planned().multiply(s), state.completed().multiply(s)),
                        Figures::plus);
                state.completedByMonth().forEach((month, amount) -> months.merge(
                        new Key(region, where.year(), where.status(), state.sourceId(), month), amount.multiply(s),
                        BigDecimal::add));
            }
        }
    }
}
