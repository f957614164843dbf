package org.chenggeng.reporting;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not an assertion on time: the same {@code -Dbenchmark.rows} generated ledger rows written through {@link ReportXlsx}
 * with the ledger parts deflated at levels 1 to 6, in turn, {@code -Dbenchmark.rounds} rounds (5 by default) after one
 * discarded as warm-up, file written to disk. Prints per level the median time, the median CPU the whole process
 * spent (formatting and compressing run on two threads, so on a loaded machine the CPU is what the other side of the
 * export, the database, loses) and the file's size; {@link LedgerSheets#LEVEL} is chosen from it (decision 0009). Run
 * with {@code ./mvnw -B -ntp -o test -Pbenchmark -Dtest=LedgerLevelsBenchmark -Dbenchmark.rows=1000000}.
 */
@Tag("benchmark")
class LedgerLevelsBenchmark {

    private static final List<String> HEADER = List.of("entry", "project", "workTypeCode", "workType", "date",
            "quantity", "unit", "note", "corrects", "reason", "recordedBy", "recordedAt");
    private static final int[] LEVELS = {1, 2, 3, 4, 5, 6};

    @Test
    void printsTimeCpuAndSizePerDeflateLevel() throws Exception {
        int count = Integer.getInteger("benchmark.rows", 200_000);
        int rounds = Integer.getInteger("benchmark.rounds", 5);
        List<List<Object>> rows = LedgerWriterBenchmark.rows(count);
        long[][] millis = new long[LEVELS.length][rounds];
        long[][] cpu = new long[LEVELS.length][rounds];
        long[] sizes = new long[LEVELS.length];
        for (int round = -1; round < rounds; round++) {
            for (int l = 0; l < LEVELS.length; l++) {
                long[] run = write(rows, LEVELS[l]);
                if (round >= 0) {
                    millis[l][round] = run[0];
                    cpu[l][round] = run[1];
                    sizes[l] = run[2];
                }
            }
        }
        System.out.printf("ledger of %,d rows, %d rounds after a warm-up, load average %.2f:%n", count, rounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| level | time, ms (median; each round) | process CPU, ms (median) | file, bytes |");
        System.out.println("|---|---|---|---|");
        for (int l = 0; l < LEVELS.length; l++) {
            System.out.printf("| %d | %,d (%s) | %,d | %,d |%n", LEVELS[l], median(millis[l]),
                    Arrays.toString(millis[l]), median(cpu[l]), sizes[l]);
        }
        assertThat(sizes[LEVELS.length - 1]).isPositive().isLessThan(sizes[0]);
    }

    /** Writes the workbook once: its time and the process's CPU in ms, and the file's size. */
    private static long[] write(List<List<Object>> rows, int level) throws Exception {
        Path file = Files.createTempFile("ledger-level", ".xlsx");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
                 ReportXlsx xlsx = new ReportXlsx(LedgerSheets.MAX_ROWS, ZoneId.of("Asia/Shanghai"), level)) {
                var ledger = xlsx.stream("进度台账", HEADER);
                rows.forEach(ledger);
                xlsx.write(out);
            }
            return new long[]{(System.nanoTime() - start) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000,
                    Files.size(file)};
        } finally {
            Files.delete(file);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
