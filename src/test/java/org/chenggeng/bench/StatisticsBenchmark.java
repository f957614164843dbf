package org.chenggeng.bench;

import org.chenggeng.plan.AnnualPlanService;
import org.chenggeng.plan.PlanFigures;
import org.chenggeng.statistics.StatisticsForm;
import org.chenggeng.statistics.StatisticsService;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints what the monthly statistics form costs on the generated data set of {@link DashboardBenchmark} (a city of ten
 * districts, each of one street of ten communities and 1 000 projects; 10 M ledger entries), which it only reads:
 * it adds the year's annual plans, a street official, and the submissions it times, and deletes all of them (and
 * their audit entries) again. It times, {@code bench.runs} times (20 by default) after 3 warm-ups: a street's
 * submission (its communities counted live), the district's submission (its streets' accepted submissions summed),
 * the city's form as the screen shows it (its districts' accepted submissions) and the city's form with every
 * district's row counted live from the records. It asserts only that the live rows add up to the total.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class StatisticsBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 20);
    private static final long CITY = 1;
    private static final long DISTRICT = 2;
    private static final long STREET = 12;
    private static final String STREET_OFFICIAL = "bench-street-official";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatisticsService statistics;
    @Autowired
    AnnualPlanService plans;
    @Autowired
    TestUsers as;

    private final List<Long> submissions = new ArrayList<>();

    @Test
    void statisticsFormFigures() throws Exception {
        var size = new LedgerDataGenerator.Size(Integer.getInteger("bench.projects", 10_000),
                Integer.getInteger("bench.itemsPerProject", 20), Long.getLong("bench.entries", 10_000_000L),
                Integer.getInteger("bench.bigProjectItems", 500));
        new LedgerDataGenerator(jdbc, Long.getLong("bench.seed", 20221231L)).ensure(size);
        YearMonth month = YearMonth.parse(System.getProperty("bench.month", "2025-06"));
        assertThat(jdbc.queryForObject("select count(*) from rollup_cell", Integer.class)).as("summary tables built")
                .isPositive();
        long maxPlan = jdbc.queryForObject("select coalesce(max(id), 0) from annual_plan", Long.class);
        jdbc.update("insert into app_user (username, display_name, password_hash, role, region_id, enabled, "
                + "must_change_password, locale, failed_attempts, created_at, version) values (?, 'bench', '{noop}x', "
                + "'OFFICIAL', ?, true, false, 'zh_CN', 0, ?, 0)", STREET_OFFICIAL, STREET, Timestamp.from(Instant.now()));
        try {
            plans(month.getYear());
            System.out.println();
            System.out.println("== Statistics benchmark (" + LedgerBenchmark.machine() + "), month " + month + ", "
                    + RUNS + " runs after 3 warm-ups");
            report("a street's submission (10 communities counted live, "
                    + projects(STREET, month.getYear()) + " projects of the year)", submissions(STREET_OFFICIAL, STREET,
                    "district-official", month));
            report("the district's submission (its street's accepted submission)",
                    submissions("district-official", DISTRICT, "admin", month));
            StatisticsForm shown = as.as("admin", () -> statistics.form(CITY, month));
            assertThat(shown.rows()).hasSize(LedgerDataGenerator.DISTRICTS);
            report("the city's form as shown (its districts' accepted submissions, " + shown.missing().size()
                    + " missing)", time(() -> as.as("admin", () -> statistics.form(CITY, month))));
            StatisticsForm live = as.as("admin", () -> statistics.live(CITY, month));
            int counted = live.rows().stream().mapToInt(r -> r.compounds()).sum();
            assertThat(live.total().compounds()).isEqualTo(counted);
            report("the city's form with every district's row counted live (" + projects(CITY, month.getYear())
                    + " projects of the year, " + live.total().compounds() + " compounds)",
                    time(() -> as.as("admin", () -> statistics.live(CITY, month))));
        } finally {
            cleanUp(maxPlan);
        }
    }

    /** The year's plans for the city's districts, the streets and the first street's communities, as the admin. */
    private void plans(int year) throws Exception {
        List<Long> regions = jdbc.queryForList("select id from region where region_level in ('DISTRICT', 'STREET') "
                + "or parent_id = ?", Long.class, STREET);
        as.run("admin", () -> {
            for (Long region : regions) {
                plans.set(region, year, new PlanFigures(20, 24_000, 400, new BigDecimal("1600000"),
                        new BigDecimal("80000000")));
            }
        });
    }

    /**
     * Times {@code submitter}'s submissions of the region's month; after each, {@code decider} returns it (and
     * accepts the last), since a submission waiting for a decision refuses the next.
     */
    private long[] submissions(String submitter, long region, String decider, YearMonth month) throws Exception {
        long[] nanos = new long[RUNS];
        for (int i = -3; i < RUNS; i++) {
            long start = System.nanoTime();
            Long id = as.as(submitter, () -> statistics.submit(region, month));
            long took = System.nanoTime() - start;
            submissions.add(id);
            if (i >= 0) {
                nanos[i] = took;
            }
            boolean last = i == RUNS - 1;
            as.run(decider, () -> {
                if (last) {
                    statistics.accept(id, 0);
                } else {
                    statistics.giveBack(id, 0, "基准测试退回");
                }
            });
        }
        return nanos;
    }

    /** The projects of the year summed in the region (its home or a region above it). */
    private int projects(long region, int year) {
        return jdbc.queryForObject("select count(*) from project_rollup where project_year = ? "
                + "and concat(',', region_path, ',') like ?", Integer.class, year, "%," + region + ",%");
    }

    private void cleanUp(long maxPlan) {
        List<Long> planIds = jdbc.queryForList("select id from annual_plan where id > ?", Long.class, maxPlan);
        for (Long id : submissions) {
            jdbc.update("delete from audit_entry where entity_type = 'STATISTICS_SUBMISSION' and entity_id = ?",
                    String.valueOf(id));
            jdbc.update("delete from statistics_submission where id = ?", id);
        }
        for (Long id : planIds) {
            jdbc.update("delete from audit_entry where entity_type = 'ANNUAL_PLAN' and entity_id = ?", String.valueOf(id));
            jdbc.update("delete from annual_plan where id = ?", id);
        }
        jdbc.update("delete from app_user where username = ?", STREET_OFFICIAL);
        System.out.printf("cleaned up: %d submissions, %d plans, the street official%n", submissions.size(),
                planIds.size());
    }

    private static long[] time(DashboardBenchmark.Work work) throws Exception {
        return DashboardBenchmark.time(RUNS, 3, work);
    }

    private static void report(String what, long[] nanos) {
        DashboardBenchmark.report(what, nanos);
    }
}
