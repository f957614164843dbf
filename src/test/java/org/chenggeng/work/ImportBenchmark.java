package org.chenggeng.work;

import com.sun.management.OperatingSystemMXBean;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import benchmark, not part of the normal test run: generates a progress file ({@code benchmark.rows}
 * rows, 100 000 by default, seed {@code benchmark.seed}), imports it into a fresh project as its project manager
 * and prints rows per second for the preview, the import and a second import of the same file, with the machine
 * and database. It checks only that the import is complete and consistent, never the time.
 *
 * <p>{@code ./mvnw -B -Pbenchmark test} (MariaDB/MySQL on 127.0.0.1:3306 as for {@code -Pmysql}); see
 * {@code docs/benchmarks.md}.
 */
@ChenggengTest
@Tag("benchmark")
class ImportBenchmark {

    @Autowired
    WorkImportService imports;
    @Autowired
    ImportFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importAGeneratedProgressFile() throws Exception {
        int rows = Integer.getInteger("benchmark.rows", 100_000);
        long seed = Long.getLong("benchmark.seed", ProgressFileGenerator.DEFAULT_SEED);
        Path file = Path.of("target", "benchmark", "progress-" + rows + "-" + seed + ".xlsx");
        long generated = time(() -> {
            ProgressFileGenerator.write(rows, seed, file);
            return null;
        });
        ImportFixture.Site site = fixture.site();
        for (String code : ProgressFileGenerator.CODES) {
            fixture.item(site.projectId(), code, "5000", null);
        }

        long[] t = new long[3];
        ImportPreview preview = as.as(site.manager(), () -> timed(t, 0,
                () -> imports.preview(site.projectId(), ImportKind.PROGRESS, open(file), f -> { })));
        ImportResult result = as.as(site.manager(), () -> timed(t, 1,
                () -> imports.commit(site.projectId(), ImportKind.PROGRESS, open(file), f -> { })));
        ImportResult again = as.as(site.manager(), () -> timed(t, 2,
                () -> imports.commit(site.projectId(), ImportKind.PROGRESS, open(file), f -> { })));

        assertThat(preview.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(rows);
        assertThat(again.imported()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from work_item w where w.project_id = ? and w.completed_quantity"
                + " <> (select coalesce(sum(e.quantity), 0) from progress_entry e where e.work_item_id = w.id)",
                Integer.class, site.projectId())).isZero();

        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("""

                == Import benchmark: %,d progress rows (seed %d), file %s, %,d bytes, generated in %.1f s
                machine   %d cores (%s), %.1f GiB memory; Java %s, heap max %.1f GiB
                database  %s, %s
                preview   %6.2f s  %,9.0f rows/s  (reads and checks every row, writes nothing; %,d over-plan warnings)
                import    %6.2f s  %,9.0f rows/s  (reads, checks, writes %,d entries, %,d past the plan, updates %d items)
                again     %6.2f s  %,9.0f rows/s  (same file: %,d rows already imported, nothing written)
                end to end (preview + import): %.2f s, %,.0f rows/s

                """, rows, seed, file, Files.size(file), generated / 1e9,
                Runtime.getRuntime().availableProcessors(), cpuModel(), os.getTotalMemorySize() / 1073741824.0,
                Runtime.version(), Runtime.getRuntime().maxMemory() / 1073741824.0,
                jdbc.queryForObject("select version()", String.class), url(),
                t[0] / 1e9, rows / (t[0] / 1e9), preview.warnings().size(),
                t[1] / 1e9, rows / (t[1] / 1e9), result.imported(), result.overPlan(), ProgressFileGenerator.CODES.size(),
                t[2] / 1e9, rows / (t[2] / 1e9), again.alreadyImported(),
                (t[0] + t[1]) / 1e9, rows / ((t[0] + t[1]) / 1e9));
    }

    /** Drops the benchmark's own database (100 000 rows and more) unless {@code -Dbenchmark.keep=true}. */
    @AfterEach
    void dropTheDatabase() {
        String database = jdbc.queryForObject("select database()", String.class);
        if (database != null && database.startsWith("cg_test_") && !Boolean.getBoolean("benchmark.keep")) {
            jdbc.execute("drop database " + database);
        }
    }

    private String url() {
        return jdbc.getDataSource() instanceof com.zaxxer.hikari.HikariDataSource h ? h.getJdbcUrl() : "?";
    }

    private static InputStream open(Path file) throws java.io.IOException {
        return Files.newInputStream(file);
    }

    private static <T> T timed(long[] times, int slot, Callable<T> step) throws Exception {
        long start = System.nanoTime();
        T result = step.call();
        times[slot] = System.nanoTime() - start;
        return result;
    }

    private static long time(Callable<Void> step) throws Exception {
        long start = System.nanoTime();
        step.call();
        return System.nanoTime() - start;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("cpu unknown");
        } catch (java.io.IOException e) {
            return "cpu unknown";
        }
    }
}
