package org.chenggeng.reporting;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not an assertion on memory: the heap an Excel ledger of {@code -Dbenchmark.rows} rows (200 000 by default) still holds
 * once written, gathered in memory as exports were before and streamed to a temporary file as they are now, printed
 * for docs/benchmarks.md. Run with {@code ./mvnw -B -ntp -o -Pbenchmark test -Dtest=ExportMemoryBenchmark}.
 */
@Tag("benchmark")
class ExportMemoryBenchmark {

    private static final List<String> HEADER = List.of("entry", "project", "workTypeCode", "workType", "date",
            "quantity", "unit", "note", "corrects", "reason", "recordedBy", "recordedAt");

    @Test
    void printsTheHeapAnExportHoldsInMemoryAndStreamed() throws Exception {
        int rows = Integer.getInteger("benchmark.rows", 200_000);
        long before = used();
        ByteArrayOutputStream gathered = new ByteArrayOutputStream();
        write(rows, gathered);
        byte[] inMemory = gathered.toByteArray();
        gathered = null;
        long held = used() - before;
        int size = inMemory.length;
        inMemory = null;

        before = used();
        Path file = Files.createTempFile("ledger", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                write(rows, out);
            }
            long streamed = used() - before;
            System.out.printf("ledger of %,d rows, %,d bytes zipped: heap held in memory %,d KB, streamed %,d KB%n",
                    rows, size, held / 1024, streamed / 1024);
            assertThat(Files.size(file)).isPositive();
        } finally {
            Files.delete(file);
        }
    }

    private static void write(int rows, OutputStream to) {
        Instant at = Instant.parse("2022-06-03T06:30:00Z");
        try (ReportXlsx xlsx = new ReportXlsx(ZoneId.systemDefault())) {
            var ledger = xlsx.stream("进度台账", HEADER);
            for (int i = 1; i <= rows; i++) {
                ledger.accept(Arrays.asList((long) i, "YYH-2022-" + (i % 500), "T" + (i % 40), "外立面整治",
                        LocalDate.of(2022, 1, 1).plusDays(i % 365), new BigDecimal(i % 1000).movePointLeft(1), "m²",
                        i % 7 == 0 ? "东门北侧" : null, null, null, "pm" + (i % 30), at.plusSeconds(i)));
            }
            xlsx.write(to);
        }
    }

    private static long used() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
