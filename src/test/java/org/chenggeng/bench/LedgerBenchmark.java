package org.chenggeng.bench;

import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.ProgressService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the ledger's figures on MariaDB/MySQL: p95 latency of logging one entry through the service with a
 * large ledger, and the project progress page's query time for a project with 500 work items. Not part of the
 * normal test run: {@code ./mvnw verify -Pbenchmark [-Dbench.entries=10000000 -Dbench.projects=10000]}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class LedgerBenchmark {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.chenggeng.summary.RollupCheck rollups;
    @Autowired
    ProgressService progress;
    @Autowired
    ProgressReadService read;
    @Autowired
    TestUsers as;

    @Test
    void ledgerFigures() throws Exception {
        long seed = Long.getLong("bench.seed", 20221231L);
        var size = new LedgerDataGenerator.Size(Integer.getInteger("bench.projects", 10_000),
                Integer.getInteger("bench.itemsPerProject", 20), Long.getLong("bench.entries", 10_000_000L),
                Integer.getInteger("bench.bigProjectItems", 500));
        long bigProject = new LedgerDataGenerator(jdbc, seed).ensure(size);
        if (rollups.missing()) {
            rollups.rebuild();
        }
        long entries = jdbc.queryForObject("select count(*) from progress_entry", Long.class);
        long items = jdbc.queryForObject("select count(*) from work_item", Long.class);

        Random random = new Random(seed);
        int warmup = Integer.getInteger("bench.warmup", 300);
        int samples = Integer.getInteger("bench.samples", 2_000);
        long[] nanos = new long[samples];
        for (int i = -warmup; i < samples; i++) {
            long item = 1 + random.nextInt((int) items);
            long start = System.nanoTime();
            as.run("admin", () -> progress.log(new ProgressService.LogRequest(item, LocalDate.of(2025, 6, 1),
                    BigDecimal.ONE, null, true)));
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        int pageRuns = Integer.getInteger("bench.pageRuns", 30);
        long[] pageNanos = new long[pageRuns];
        int bigItems = 0;
        for (int i = -3; i < pageRuns; i++) {
            long start = System.nanoTime();
            bigItems = as.as("admin", () -> read.project(bigProject)).items().size();
            if (i >= 0) {
                pageNanos[i] = System.nanoTime() - start;
            }
        }

        System.out.println();
        System.out.println("== Ledger benchmark (" + machine() + ")");
        System.out.printf("data: %,d work items, %,d ledger entries (seed %d)%n", items, entries, seed);
        System.out.printf("log one entry through ProgressService (%d samples after %d warm-up): p50 %.2f ms, "
                + "p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", samples, warmup, pct(nanos, 50), pct(nanos, 95),
                pct(nanos, 99), pct(nanos, 100));
        System.out.printf("project progress page query, %d work items (%d runs): p50 %.1f ms, p95 %.1f ms%n",
                bigItems, pageRuns, pct(pageNanos, 50), pct(pageNanos, 95));
        assertThat(bigItems).isEqualTo(size.bigProjectItems());
        assertThat(entries).isGreaterThanOrEqualTo(size.entries());
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (Exception ignored) {
            // not Linux: the CPU model is left out
        }
        long memoryGiB = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() >> 30;
        return Runtime.getRuntime().availableProcessors() + " cores, " + memoryGiB + " GiB, " + cpu + ", Java "
                + Runtime.version();
    }
}
