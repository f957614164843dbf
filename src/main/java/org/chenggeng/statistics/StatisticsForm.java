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

    static StatisticsForm of(Long regionId, String regionName, YearMonth month, List<FormRow> rows,
                             List<String> missing) {
        FormRow total = FormRow.empty(regionId, regionName);
        for (FormRow row : rows) {
            total = total.plus(row, regionId, regionName);
        }
        return new StatisticsForm(regionId, regionName, month, rows, total, missing);
    }
}
