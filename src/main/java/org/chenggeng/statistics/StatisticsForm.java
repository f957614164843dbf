package org.chenggeng.statistics;

import java.time.YearMonth;
import java.util.List;

/**
 * A region's monthly form: a row per region directly below it and the total row, which is their sum. For a
 * region whose sub-regions submit (streets to their district), a row is the sub-region's accepted submission and
 * {@code missing} names those without one.
 */
public record StatisticsForm(Long regionId, String regionName, YearMonth month, List<FormRow> rows, FormRow total,
                             List<String> missing) {

    public StatisticsForm {
        rows = List.copyOf(rows);
        missing = List.copyOf(missing);
    }

    /**
     * The same form with the row of the region's own projects (those spanning its sub-regions) named by
     * {@code label}, given the region's name; every other row as it is.
     */
    public StatisticsForm withOwnRow(java.util.function.Function<String, String> label) {
        if (rows.size() < 2) {
            return this;
        }
        return new StatisticsForm(regionId, regionName, month, rows.stream()
                .map(r -> r.regionId() != null && r.regionId().equals(regionId) ? r.named(label.apply(r.name())) : r)
                .toList(), total, missing);
    }

    static StatisticsForm of(Long regionId, String regionName, YearMonth month, List<FormRow> rows,
                             List<String> missing) {
        FormRow total = FormRow.empty(regionId, regionName);
        for (FormRow row : rows) {
            total = total.plus(row, regionId, regionName);
        }
        return new StatisticsForm(regionId, regionName, month, rows, total, missing);
    }
}
