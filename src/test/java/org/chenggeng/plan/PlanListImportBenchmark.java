package org.chenggeng.plan;

import org.chenggeng.region.RegionService;
import org.chenggeng.summary.RollupCheck;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.XlsxFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan list benchmark, not part of the normal test run: generates a plan list of {@code benchmark.planRows} rows
 * (5 000 by default; each a new compound, a project, two funding sources and two works), then times the preview, the
 * import end to end (read, check every row, write compounds, projects, works, funding plans and their sums, commit)
 * and the same import again (every row imported before, nothing written), and prints rows per second with the load
 * average. It checks that everything was written and that the summary tables equal the ledger, never the time.
 *
 * <p>{@code ./mvnw -B -ntp -o -Pbenchmark test -Dtest=PlanListImportBenchmark} (MariaDB on 127.0.0.1:3306 as for
 * {@code -Pmysql}: a fresh {@code cg_test_…} database of its own, dropped afterwards unless
 * {@code -Dbenchmark.keep=true}); see {@code docs/benchmarks.md}.
 */
@ChenggengTest
@Tag("benchmark")
class PlanListImportBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.planRows", 5_000);

    @Autowired
    PlanListImportService imports;
    @Autowired
    RegionService regions;
    @Autowired
    RollupCheck check;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;

    @Test
    void importsAFiveThousandRowPlanList() throws Exception {
        String community = "清单基准社区";
        as.run("admin", () -> regions.create(regions.all().stream().filter(r -> r.name().equals("月牙河街")).findFirst()
                .orElseThrow().id(), community, null));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[]{community, "基准小区" + i, 1990 + i % 20, 4 + i % 20, 100 + i % 900,
                    5000 + i * 3.5, "PLB-" + i, "基准小区" + i + "改造", 2027, "测试实施单位", 1_000_000 + i, 500_000,
                    "ROAD_PAVING:" + (100 + i % 900) + "；污水井清淘:" + (1 + i % 40)});
        }
        long t0 = System.nanoTime();
        byte[] file = XlsxFiles.bytes(PlanListImportTest.HEADERS, rows);
        long t1 = System.nanoTime();
        double loadBefore = load();
        PlanListResult preview = as.as("admin", () -> imports.preview(new ByteArrayInputStream(file), f -> { }));
        long t2 = System.nanoTime();
        PlanListResult result = as.as("admin", () -> imports.importFile(new ByteArrayInputStream(file), f -> { }));
        long t3 = System.nanoTime();
        PlanListResult again = as.as("admin", () -> imports.importFile(new ByteArrayInputStream(file), f -> { }));
        long t4 = System.nanoTime();
        double loadAfter = load();
        RollupCheck.Outcome verified = check.verify();

        System.out.printf("""

                == Plan list benchmark: %,d rows, file %,d KB (written in %.1f s)
                database  %s
                preview   %6.2f s  %,8.0f rows/s  (reads and checks every row, writes nothing)
                import    %6.2f s  %,8.0f rows/s  (end to end: reads, checks, writes %,d compounds, %,d projects and
                                                   their works, funding plans and sums, commits)
                again     %6.2f s  %,8.0f rows/s  (same file: %,d rows imported before, nothing written)
                load average (1 min) %.2f before, %.2f after; summary tables verified: %d differences in %,d ms

                """, ROWS, file.length / 1024, (t1 - t0) / 1e9, jdbc.queryForObject("select version()", String.class),
                (t2 - t1) / 1e9, ROWS / ((t2 - t1) / 1e9), (t3 - t2) / 1e9, ROWS / ((t3 - t2) / 1e9),
                result.compounds(), result.projects(), (t4 - t3) / 1e9, ROWS / ((t4 - t3) / 1e9), again.skipped(),
                loadBefore, loadAfter, verified.differences(), verified.millis());
        assertThat(preview.issues()).isEmpty();
        assertThat(result.projects()).isEqualTo(ROWS);
        assertThat(result.compounds()).isEqualTo(ROWS);
        assertThat(again.projects()).isZero();
        assertThat(again.skipped()).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("select count(*) from work_item w join project p on p.id = w.project_id "
                + "where p.code like 'PLB-%'", Integer.class)).isEqualTo(2 * ROWS);
        assertThat(jdbc.queryForObject("select count(*) from funding_plan f join project p on p.id = f.project_id "
                + "where p.code like 'PLB-%'", Integer.class)).isEqualTo(2 * ROWS);
        assertThat(verified.described()).isEmpty();
    }

    /** Drops the benchmark's own database unless {@code -Dbenchmark.keep=true}. */
    @AfterEach
    void dropTheDatabase() {
        String database = jdbc.queryForObject("select database()", String.class);
        if (database != null && database.startsWith("cg_test_") && !Boolean.getBoolean("benchmark.keep")) {
            jdbc.execute("drop database " + database);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
