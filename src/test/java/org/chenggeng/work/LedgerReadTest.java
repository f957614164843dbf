package org.chenggeng.work;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The raw ledger for reports: every entry of the projects in the period, in ledger order, adding up to the totals. */
@ChenggengTest
class LedgerReadTest {

    @Autowired
    ProgressReadService progress;
    @Autowired
    ProjectQueries projects;
    @Autowired
    TestUsers as;
    @Autowired
    ImportFixture fixture;

    @Test
    void aMonthsLedgerHoldsTheEntriesOfThatMonthInOrderAndAddsUpToThePeriodsTotals() throws Exception {
        List<Long> ids = as.as("official", () -> projects.all(ProjectFilter.none()).stream()
                .map(ProjectRow::id).toList());
        LocalDate from = LocalDate.of(2022, 6, 1);
        LocalDate to = LocalDate.of(2022, 6, 30);
        List<LedgerRow> rows = new ArrayList<>();
        as.run("official", () -> progress.ledger(ids, from, to, rows::add));

        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.workDate()).isBetween(from, to));
        assertThat(rows).isSortedAccordingTo(Comparator.comparing(LedgerRow::projectId)
                .thenComparing(LedgerRow::itemId).thenComparing(LedgerRow::workDate).thenComparing(LedgerRow::entryId));
        BigDecimal ledger = rows.stream().map(LedgerRow::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totals = as.as("official", () -> progress.totals(ids, from, to)).stream()
                .map(ProgressReadService.ItemTotal::completedInPeriod).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(ledger).isEqualByComparingTo(totals);
    }

    @Test
    void entriesOfOneDayComeInTheOrderTheyWereLoggedWhateverTheirQuantities() throws Exception {
        // MySQL reads an item's entries by (item, date, quantity): the 3 logged after the 5 comes first from the index
        ImportFixture.Site site = fixture.site();
        Long tanks = fixture.item(site.projectId(), "SEPTIC_TANK", "100", null);
        Long lines = fixture.item(site.projectId(), "EXPOSED_LINES", "100", null);
        LocalDate day = LocalDate.of(2025, 3, 10);
        fixture.logged(lines, day, "1", site.manager());
        fixture.logged(tanks, day, "5", site.manager());
        fixture.logged(tanks, day, "3", site.manager());
        fixture.logged(tanks, day.minusDays(1), "9", site.manager());
        List<LedgerRow> rows = new ArrayList<>();

        as.run("admin", () -> progress.ledger(List.of(site.projectId()), null, null, rows::add));

        assertThat(rows).extracting(LedgerRow::itemId, LedgerRow::workDate, r -> r.quantity().stripTrailingZeros()
                .toPlainString()).containsExactly(org.assertj.core.api.Assertions.tuple(tanks, day.minusDays(1), "9"),
                org.assertj.core.api.Assertions.tuple(tanks, day, "5"), org.assertj.core.api.Assertions.tuple(tanks, day, "3"),
                org.assertj.core.api.Assertions.tuple(lines, day, "1"));
        assertThat(rows).isSortedAccordingTo(Comparator.comparing(LedgerRow::itemId)
                .thenComparing(LedgerRow::workDate).thenComparing(LedgerRow::entryId));
    }

    @Test
    void noProjectsNoRows() throws Exception {
        List<LedgerRow> rows = new ArrayList<>();
        as.run("official", () -> progress.ledger(List.of(), null, null, rows::add));
        assertThat(rows).isEmpty();
    }
}
