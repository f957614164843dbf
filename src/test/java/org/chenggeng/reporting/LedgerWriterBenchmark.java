package org.chenggeng.reporting;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not an assertion on time: the same {@code -Dbenchmark.rows} ledger rows (200 000 by default) written by the
 * hand-written {@link LedgerSheets} (through {@link ReportXlsx}) and by org.dhatim:fastexcel, alternately, five
 * times each, printed for decision record 0009. Run with
 * {@code ./mvnw -B -ntp -o test -Pbenchmark -Dtest=LedgerWriterBenchmark -Dbenchmark.rows=200000}.
 */
@Tag("benchmark")
class LedgerWriterBenchmark {

    private static final List<String> HEADER = List.of("entry", "project", "workTypeCode", "workType", "date",
            "quantity", "unit", "note", "corrects", "reason", "recordedBy", "recordedAt");

    @Test
    void printsBothWritersTimesOnTheSameRows() throws Exception {
        int rows = Integer.getInteger("benchmark.rows", 200_000);
        List<List<Object>> ledger = rows(rows);
        List<Long> handWritten = new ArrayList<>();
        List<Long> fastexcel = new ArrayList<>();
        long[] sizes = new long[2];
        for (int run = 0; run < 6; run++) {
            long hand = time(ledger, LedgerWriterBenchmark::handWritten, sizes, 0);
            long fast = time(ledger, LedgerWriterBenchmark::fastexcel, sizes, 1);
            if (run > 0) {
                handWritten.add(hand);
                fastexcel.add(fast);
            }
        }
        System.out.printf("ledger of %,d rows: LedgerSheets %s ms (%,d bytes), fastexcel %s ms (%,d bytes)%n", rows,
                handWritten, sizes[0], fastexcel, sizes[1]);
        assertThat(sizes[0]).isPositive();
        assertThat(sizes[1]).isPositive();
    }

    /** {@code count} generated ledger rows in the report's twelve columns, the same for every run. */
    static List<List<Object>> rows(int count) {
        List<List<Object>> ledger = new ArrayList<>(count);
        Instant at = Instant.parse("2022-06-03T06:30:00Z");
        for (int i = 1; i <= count; i++) {
            ledger.add(Arrays.asList((long) i, "YYH-2022-" + (i % 500), "T" + (i % 40), "外立面整治",
                    LocalDate.of(2022, 1, 1).plusDays(i % 365), new BigDecimal(i % 1000).movePointLeft(1), "m²",
                    i % 7 == 0 ? "东门 <北侧> & \"南侧\"" : null, null, null, "pm" + (i % 30), at.plusSeconds(i)));
        }
        return ledger;
    }

    private interface Writer {
        void write(List<List<Object>> rows, OutputStream to) throws Exception;
    }

    private static long time(List<List<Object>> rows, Writer writer, long[] sizes, int slot) throws Exception {
        Path file = Files.createTempFile("ledger", ".xlsx");
        try {
            long start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                writer.write(rows, out);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            sizes[slot] = Files.size(file);
            return ms;
        } finally {
            Files.delete(file);
        }
    }

    private static void handWritten(List<List<Object>> rows, OutputStream to) {
        try (ReportXlsx xlsx = new ReportXlsx(ZoneId.systemDefault())) {
            var ledger = xlsx.stream("进度台账", HEADER);
            rows.forEach(ledger);
            xlsx.write(to);
        }
    }

    private static void fastexcel(List<List<Object>> rows, OutputStream to) throws Exception {
        Workbook book = new Workbook(to, "Chenggeng", "1.0");
        Worksheet sheet = book.newWorksheet("进度台账");
        for (int c = 0; c < HEADER.size(); c++) {
            sheet.value(0, c, HEADER.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                switch (row.get(c)) {
                    case null -> { }
                    case BigDecimal d -> {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("#,##0.##").set();
                    }
                    case Number n -> sheet.value(r, c, n);
                    case LocalDate d -> {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    }
                    case Instant i -> {
                        sheet.value(r, c, LocalDateTime.ofInstant(i, ZoneId.systemDefault()));
                        sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
                    }
                    default -> sheet.value(r, c, org.chenggeng.shared.CellText.neutralised(row.get(c).toString()));
                }
            }
            if (++r % 1000 == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
        book.finish();
    }
}
