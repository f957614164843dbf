package org.chenggeng.reporting;

import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ImportFixture;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random ledgers (entries and corrections on random days) rolled up by the report for the whole time, a year, a
 * quarter and a month: every work type's planned and completed figure equals a brute-force sum over the ledger.
 */
@ChenggengTest
class RollupPropertiesTest {

    private static final List<String> CODES = List.of("SEWAGE_WELL", "ROAD_PAVING", "BENCH", "UNDERGROUND_PIPES",
            "TURF", "CHARGING_POST");

    @Autowired
    ImportFixture fixture;
    @Autowired
    ProgressService progress;
    @Autowired
    WorkItemService workItems;
    @Autowired
    ReportService reports;
    @Autowired
    TestUsers as;

    @ParameterizedTest
    @ValueSource(longs = {11, 23, 37, 41, 59, 67, 73, 89})
    void everyTypesFiguresAreTheSumsOfItsLedger(long seed) throws Exception {
        Random random = new Random(seed);
        ImportFixture.Site site = fixture.site();
        int itemCount = 2 + random.nextInt(4);
        for (int i = 0; i < itemCount; i++) {
            String code = CODES.get(random.nextInt(CODES.size()));
            fixture.item(site.projectId(), code, String.valueOf(50 + random.nextInt(500)), "位置" + i);
        }
        List<WorkItemRow> items = as.as("admin", () -> workItems.items(site.projectId()));
        LocalDate first = LocalDate.of(2025, 1, 6);
        long days = ChronoUnit.DAYS.between(first, LocalDate.now());
        for (int n = 0; n < 25; n++) {
            WorkItemRow item = items.get(random.nextInt(items.size()));
            LocalDate day = first.plusDays(random.nextLong(days + 1));
            BigDecimal quantity = item.unit().isCount() ? BigDecimal.valueOf(1 + random.nextInt(30))
                    : BigDecimal.valueOf(100 + random.nextInt(9_000), 2);
            Long entry = as.as(site.manager(), () -> progress.log(new ProgressService.LogRequest(item.id(), day,
                    quantity, null, true)));
            if (random.nextInt(5) == 0) {
                BigDecimal right = quantity.subtract(item.unit().isCount() ? BigDecimal.ONE : new BigDecimal("0.5"));
                as.run(site.manager(), () -> progress.correct(new ProgressService.CorrectionRequest(entry, right,
                        "测试更正", true)));
            }
        }

        YearMonth month = YearMonth.from(first.plusDays(random.nextLong(days + 1)));
        for (Period period : List.of(Period.all(), Period.year(2025), Period.quarter(2025, 1 + random.nextInt(4)),
                Period.month(month), Period.year(LocalDate.now().getYear()))) {
            Map<String, BigDecimal> planned = new HashMap<>();
            Map<String, BigDecimal> completed = new HashMap<>();
            for (WorkItemRow item : items) {
                planned.merge(item.typeCode(), item.planned(), BigDecimal::add);
                BigDecimal sum = as.as("admin", () -> progress.ledger(item.id())).stream()
                        .filter(e -> (period.from() == null || !e.date().isBefore(period.from()))
                                && (period.to() == null || !e.date().isAfter(period.to())))
                        .map(ProgressService.EntryRow::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                completed.merge(item.typeCode(), sum, BigDecimal::add);
            }
            Report report = as.as("official", () -> reports.report(ReportRequest.project(site.projectId(), period),
                    Locale.SIMPLIFIED_CHINESE));
            assertThat(report.types()).extracting(f -> f.type().code())
                    .containsExactlyInAnyOrderElementsOf(planned.keySet());
            for (Report.TypeFigure f : report.types()) {
                assertThat(f.planned()).as("seed %d %s planned", seed, f.type().code())
                        .isEqualByComparingTo(planned.get(f.type().code()));
                assertThat(f.completed()).as("seed %d %s completed in %s", seed, f.type().code(), period)
                        .isEqualByComparingTo(completed.get(f.type().code()));
            }
            boolean anyWork = completed.values().stream().anyMatch(q -> q.signum() > 0);
            assertThat(report.narrative() != null).as("seed %d narrative in %s", seed, period).isEqualTo(anyWork);
        }
    }
}
