package org.chenggeng.bench;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.reporting.DashboardService;
import org.chenggeng.reporting.ExportFormat;
import org.chenggeng.reporting.Period;
import org.chenggeng.reporting.ReportExportService;
import org.chenggeng.reporting.ReportRequest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.summary.InvestmentReadService;
import org.chenggeng.summary.RollupCheck;
import org.chenggeng.summary.RollupReadService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints what the dashboard and the report exports cost on the generated data set (10 000 projects, 200 500 items,
 * 10 M entries by default, shared with {@link LedgerBenchmark}; ten districts of 1 000 projects): the summary tables'
 * rebuild and verification, each dashboard call (every query the dashboard makes for one screen) for the whole city,
 * a district, a district official's own scope, a community and a year, the two drill-downs, and each export of one
 * district ({@code -Dbench.exports=false} leaves the exports out: the Excel one takes minutes). It measures and
 * prints; the only assertions are that the tables agree with the ledger and the figures
 * count every project.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class DashboardBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 40);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ReportExportService exports;
    @Autowired
    RollupCheck rollups;
    @Autowired
    TestUsers as;
    @Autowired
    InvestmentReadService investment;
    @Autowired
    RollupReadService slices;

    @Test
    void dashboardAndExportFigures() throws Exception {
        var size = new LedgerDataGenerator.Size(Integer.getInteger("bench.projects", 10_000),
                Integer.getInteger("bench.itemsPerProject", 20), Long.getLong("bench.entries", 10_000_000L),
                Integer.getInteger("bench.bigProjectItems", 500));
        new LedgerDataGenerator(jdbc, Long.getLong("bench.seed", 20221231L)).ensure(size);
        String rebuilt = "tables already built";
        if (rollups.missing()) {
            RollupCheck.Outcome r = rollups.rebuild();
            rebuilt = String.format("rebuilt %,d projects and %,d item-months in %,d ms", r.projects(),
                    r.itemMonths(), r.millis());
        }
        if (Boolean.getBoolean("bench.excelOnly")) {
            // -Dbench.excelOnly=true: only the district's workbook beside the raw read, on data built before
            excelBesideTheRawRead(2, new ProjectFilter(null, null, null, 2L, null));
            return;
        }
        RollupCheck.Outcome verified = rollups.verify();
        assertThat(verified.described()).isEmpty();

        long district = 2;
        Long community = jdbc.queryForObject("select min(id) from region where region_level = 'COMMUNITY'", Long.class);
        long inDistrict = jdbc.queryForObject("select count(distinct pc.project_id) from project_compound pc "
                + "join compound c on c.id = pc.compound_id join region r on r.id = c.community_id "
                + "join region s on s.id = r.parent_id where s.parent_id = ?", Long.class, district);
        long inCommunity = jdbc.queryForObject("select count(distinct pc.project_id) from project_compound pc "
                + "join compound c on c.id = pc.compound_id where c.community_id = ?", Long.class, community);
        Long type = jdbc.queryForObject("select min(work_type_id) from work_item", Long.class);
        var whole = ProjectFilter.none();
        var ofDistrict = new ProjectFilter(null, null, null, district, null);
        var ofCommunity = new ProjectFilter(null, null, null, community, null);
        var ofYear = new ProjectFilter(null, ProjectStatus.IN_PROGRESS, 2022, null, null);

        var shown = as.as("admin", () -> dashboards.dashboard(whole));
        assertThat(shown.headline().projects()).isEqualTo(size.projects() + 1);
        var official = as.as("district-official", () -> dashboards.dashboard(whole));
        assertThat(official.headline().projects()).isEqualTo((int) inDistrict);

        System.out.println();
        System.out.println("== Dashboard benchmark (" + LedgerBenchmark.machine() + ")");
        System.out.printf("data: %,d projects, %,d work items, %,d ledger entries; summary tables: %s%n",
                shown.headline().projects(), jdbc.queryForObject("select count(*) from work_item", Long.class),
                jdbc.queryForObject("select count(*) from progress_entry", Long.class), rebuilt);
        System.out.printf("verify the summary tables against the ledger: %,d projects, %,d item-months, %d "
                + "differences, %,d ms%n", verified.projects(), verified.itemMonths(), verified.differences(),
                verified.millis());
        System.out.printf("summary rows: %,d cells, %,d type rows, %,d month rows, %,d community rows, %,d item-months%n",
                count("rollup_cell"), count("rollup_type"), count("rollup_month"), count("rollup_community"),
                count("item_month"));
        System.out.println("each line: one dashboard call (all of its queries), " + RUNS + " runs after 5 warm-up runs");
        report("dashboard, whole city, " + shown.headline().projects() + " projects, admin",
                time(RUNS, () -> as.as("admin", () -> dashboards.dashboard(whole))));
        report("dashboard, one district, " + inDistrict + " projects, admin",
                time(RUNS, () -> as.as("admin", () -> dashboards.dashboard(ofDistrict))));
        report("dashboard, the district official's own scope, " + inDistrict + " projects",
                time(RUNS, () -> as.as("district-official", () -> dashboards.dashboard(whole))));
        report("dashboard, one community, " + inCommunity + " projects, admin",
                time(RUNS, () -> as.as("admin", () -> dashboards.dashboard(ofCommunity))));
        report("dashboard, year 2022 under construction, admin",
                time(RUNS, () -> as.as("admin", () -> dashboards.dashboard(ofYear))));
        report("drill-down: the projects with one work type, whole city",
                time(RUNS, () -> as.as("admin", () -> dashboards.projectsWithType(whole, type))));
        report("drill-down: the projects active in 2022-06, whole city",
                time(RUNS, () -> as.as("admin", () -> dashboards.projectsActiveIn(whole, YearMonth.of(2022, 6)))));
        report("drill-down: the projects with one work type, one district",
                time(RUNS, () -> as.as("admin", () -> dashboards.projectsWithType(ofDistrict, type))));
        // The dashboard's money alone, both ways, alternately in one JVM so that the machine's load weighs on both:
        // asking the project module for the scope's projects again and reading investment_project per project, or
        // taking the projects the dashboard's slice has already read and scope-checked.
        for (String user : List.of("admin", "district-official")) {
            ProjectFilter filter = user.equals("admin") ? ofDistrict : whole;
            var slice = as.as(user, () -> slices.slice(filter));
            long[][] ways = alternately(RUNS, () -> as.as(user, () -> investment.totals(filter, null, null)),
                    () -> as.as(user, () -> investment.totals(slice, filter, null, null)));
            report("investment figures of one district as " + user + ", asking for the projects again", ways[0]);
            report("investment figures of one district as " + user + ", from the dashboard's slice", ways[1]);
        }
        if (!Boolean.parseBoolean(System.getProperty("bench.exports", "true"))) {
            return;
        }
        for (ExportFormat format : ExportFormat.values()) {
            long[] bytes = {0};
            long[] runs = time(3, 1, () -> as.as("admin", () -> {
                byte[] file = exports.export(new ReportRequest(ofDistrict, null, Period.all(), false),
                        Locale.SIMPLIFIED_CHINESE, format);
                bytes[0] = file.length;
                return file;
            }));
            System.out.printf("export %s of one district (%,d projects, all time), %,d bytes: runs %s ms%n", format,
                    inDistrict, bytes[0], list(runs));
        }
        long[] year = time(3, 1, () -> as.as("admin", () -> exports.export(new ReportRequest(ofDistrict, null,
                Period.year(2022), false), Locale.SIMPLIFIED_CHINESE, ExportFormat.XLSX)));
        System.out.printf("export XLSX of one district, 2022 only: runs %s ms%n", list(year));
        excelBesideTheRawRead(district, ofDistrict);
    }

    /**
     * The district's all-time workbook against what the mysql client alone needs to read the same ledger rows (output
     * discarded), alternately, three times each after one of each to warm up: the target is a workbook within
     * 1.5 times that read. Two reads: the issue's, one query in ledger order (project, item, date, entry), and the
     * export's own queries (fifty projects each, ordered by project only, as {@code ProgressReadService.ledger} asks
     * and then sorts each project's rows itself).
     */
    private void excelBesideTheRawRead(long district, ProjectFilter ofDistrict) throws Exception {
        List<String> projectIds = jdbc.queryForList("select distinct pc.project_id from project_compound pc "
                + "join compound c on c.id = pc.compound_id join region r on r.id = c.community_id "
                + "join region s on s.id = r.parent_id where s.parent_id = ? order by pc.project_id", String.class,
                district);
        String select = "select e.id, i.project_id, e.work_item_id, i.work_type_id, e.work_date, e.quantity, e.note, "
                + "e.corrects_id, e.reason, e.recorded_by, e.recorded_at from progress_entry e join work_item i "
                + "on i.id = e.work_item_id where i.project_id in (";
        String inLedgerOrder = select + String.join(",", projectIds) + ") "
                + "order by i.project_id, e.work_item_id, e.work_date, e.id";
        StringBuilder asTheExportReads = new StringBuilder();
        for (int s = 0; s < projectIds.size(); s += 50) {
            asTheExportReads.append(select).append(String.join(",", projectIds.subList(s,
                    Math.min(projectIds.size(), s + 50)))).append(") and e.work_date between '1900-01-01' and "
                    + "'9999-12-31' order by i.project_id;");
        }
        String database = jdbc.queryForObject("select database()", String.class);
        Work read = mysql(database, inLedgerOrder);
        Work readAsTheExport = mysql(database, asTheExportReads.toString());
        long[] size = {0};
        // when the report was ready (progress 0.1), the ledger read (0.9) and the workbook written, per run
        List<String> phases = new java.util.ArrayList<>();
        Work workbook = () -> as.as("admin", () -> {
            long start = System.nanoTime();
            long[] at = new long[2];
            ReportExportService.Export export = exports.export(new ReportRequest(ofDistrict, null, Period.all(),
                    false), Locale.SIMPLIFIED_CHINESE, ExportFormat.XLSX, f -> {
                        if (f >= 0.1 && at[0] == 0) {
                            at[0] = System.nanoTime();
                        } else if (f >= 0.9 && f < 1 && at[1] == 0) {
                            at[1] = System.nanoTime();
                        }
                    });
            long end = System.nanoTime();
            phases.add(String.format("report %d, ledger %d, package %d", (at[0] - start) / 1_000_000,
                    (at[1] - at[0]) / 1_000_000, (end - at[1]) / 1_000_000));
            size[0] = java.nio.file.Files.size(export.file());
            export.delete();
            return null;
        });
        read.run();
        readAsTheExport.run();
        workbook.run();
        phases.clear();
        double loadBefore = load();
        long[] reads = new long[3];
        long[] exportReads = new long[3];
        long[] books = new long[3];
        for (int i = 0; i < 3; i++) {
            reads[i] = time(1, 0, read)[0];
            books[i] = time(1, 0, workbook)[0];
            exportReads[i] = time(1, 0, readAsTheExport)[0];
        }
        double loadAfter = load();
        System.out.printf("Excel of one district, all time (%,d bytes), beside the mysql client reading its ledger, "
                + "in turn (load average %.2f before, %.2f after): workbook %s ms; read in ledger order %s ms; "
                + "read as the export asks %s ms%n", size[0], loadBefore, loadAfter, list(books), list(reads),
                list(exportReads));
        System.out.println("workbook runs, ms: " + String.join("; ", phases));
        Arrays.sort(reads);
        Arrays.sort(exportReads);
        Arrays.sort(books);
        System.out.printf("median ratio, workbook to the read in ledger order %.2f, to the read as the export asks "
                + "%.2f (target <= 1.5)%n", (double) books[1] / reads[1], (double) books[1] / exportReads[1]);
    }

    /** The mysql client running {@code sql}, its output discarded. */
    private static Work mysql(String database, String sql) {
        return () -> {
            Process p = new ProcessBuilder("mysql", "-uroot", "-h127.0.0.1", "-N", "-B", database, "-e", sql)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(false).start();
            assertThat(p.waitFor()).isZero();
            return null;
        };
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    private static long[] time(int runs, Work work) throws Exception {
        return time(runs, 5, work);
    }

    /** {@code work} timed {@code runs} times after {@code warmUp} untimed runs; the benchmarks of this package share it. */
    static long[] time(int runs, int warmUp, Work work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    /** Each of two pieces of work {@code runs} times after 5 warm-ups of each, one after the other in turn. */
    private static long[][] alternately(int runs, Work first, Work second) throws Exception {
        time(1, 5, first);
        time(1, 5, second);
        long[][] nanos = new long[2][runs];
        for (int i = 0; i < runs; i++) {
            nanos[0][i] = time(1, 0, first)[0];
            nanos[1][i] = time(1, 0, second)[0];
        }
        return nanos;
    }

    /** Prints the p50, p95 and maximum of the timings. */
    static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static String list(long[] nanos) {
        StringBuilder s = new StringBuilder();
        for (long n : nanos) {
            s.append(s.isEmpty() ? "" : ", ").append(Math.round(n / 1e6));
        }
        return s.toString();
    }
}
