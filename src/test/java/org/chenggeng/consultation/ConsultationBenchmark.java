package org.chenggeng.consultation;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consultation at the size of a large compound, not part of the normal test run: imports a register of
 * {@code benchmark.households} households (3 000 by default), records every household's answer door to door in a
 * consent round with three proposed work items, and prints the time to record one answer, to open one stairwell,
 * and to tally the round (the round page and the 立项 check). It checks the counts, never the time.
 *
 * <p>{@code ./mvnw -B -Pbenchmark test} (MariaDB/MySQL on 127.0.0.1:3306 as for {@code -Pmysql}); see
 * {@code docs/benchmarks.md}.
 */
@ChenggengTest
@Tag("benchmark")
class ConsultationBenchmark {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    HouseholdImportService imports;
    @Autowired
    HouseholdService households;
    @Autowired
    RoundService rounds;
    @Autowired
    ResponseService responses;
    @Autowired
    WorkItemService workItems;
    @Autowired
    WorkTypeService types;
    @Autowired
    TestUsers as;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLargeCompoundRecordedDoorToDoor() throws Exception {
        int n = Integer.getInteger("benchmark.households", 3_000);
        var site = fixture.site(1);
        byte[] register = register(n);
        long t0 = System.nanoTime();
        var imported = as.as("committee", () -> imports.commit(site.compoundId(), new ByteArrayInputStream(register)));
        long importNanos = System.nanoTime() - t0;
        assertThat(imported.imported()).isEqualTo(n);
        List<HouseholdRow> all = as.as("committee", () -> households.list(site.compoundId(), null));

        Set<Long> items = as.as("admin", () -> Set.of(plan(site, "ELEVATOR"), plan(site, "CHARGING_POST"),
                plan(site, "BENCH")));
        Long round = fixture.round(site, RoundKind.CONSENT, ConsentRule.CIVIL_CODE_278, items);
        Long firstItem = items.iterator().next();
        Random random = new Random(20221231L);
        long[] record = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            HouseholdRow h = all.get(i);
            Answer a = random.nextInt(10) < 8 ? Answer.AGREE : Answer.values()[1 + random.nextInt(3)];
            Map<Long, Answer> perItem = random.nextInt(10) == 0 ? Map.of(firstItem, Answer.DISAGREE) : Map.of();
            long start = System.nanoTime();
            as.run("committee", () -> responses.record(round, new ResponseService.RecordRequest(h.id(), a, perItem,
                    false, false, null, null)));
            record[i] = System.nanoTime() - start;
        }
        long[] doors = new long[50];
        for (int i = -5; i < doors.length; i++) {
            HouseholdRow h = all.get(random.nextInt(all.size()));
            long start = System.nanoTime();
            int size = as.as("committee", () -> responses.doors(round, h.building(), h.unit())).size();
            assertThat(size).isPositive();
            if (i >= 0) {
                doors[i] = System.nanoTime() - start;
            }
        }
        long[] tally = new long[30];
        RoundService.RoundDetails details = null;
        for (int i = -3; i < tally.length; i++) {
            long start = System.nanoTime();
            details = as.as("official", () -> rounds.get(round));
            if (i >= 0) {
                tally[i] = System.nanoTime() - start;
            }
        }
        assertThat(details.round().recorded()).isEqualTo(n + 1);
        assertThat(details.items()).hasSize(3);

        String database = jdbc.queryForObject("select version()", String.class);
        System.out.println();
        System.out.println("== Consultation benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + ", Java " + Runtime.version().feature() + ", database " + database + ")");
        System.out.printf("import a register of %,d households: %.0f ms%n", n, importNanos / 1e6);
        System.out.printf("record one answer (%,d samples): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", record.length,
                pct(record, 50), pct(record, 95), pct(record, 99));
        System.out.printf("open one stairwell (doors, %d samples): p50 %.2f ms, p95 %.2f ms%n", doors.length,
                pct(doors, 50), pct(doors, 95));
        System.out.printf("round page with its tally and 3 item tallies over %,d households (%d samples): p50 %.2f ms,"
                + " p95 %.2f ms%n", n + 1, tally.length, pct(tally, 50), pct(tally, 95));
    }

    private Long plan(ConsultationFixture.Site site, String code) {
        Long type = types.all().stream().filter(t -> t.data().code().equals(code)).findFirst().orElseThrow().id();
        return workItems.create(site.projectId(), new WorkItemData(type, BigDecimal.ONE, null, null, null, null));
    }

    /** 3 000 households: 50 buildings of 5 stairwells, 6 floors, 2 flats; areas between 40 and 120 m². */
    private static byte[] register(int n) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            List<String> headers = List.of("楼号", "单元", "室号", "建筑面积（m²）", "户主", "联系电话");
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            Random random = new Random(7);
            for (int i = 0; i < n; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue((i / 60 + 10) + "号楼");
                row.createCell(1).setCellValue((i / 12 % 5 + 1) + "单元");
                row.createCell(2).setCellValue(String.valueOf((i / 2 % 6 + 1) * 100 + i % 2 + 1));
                row.createCell(3).setCellValue(40 + random.nextInt(8000) / 100.0);
                row.createCell(4).setCellValue("住户" + i);
                row.createCell(5).setCellValue(String.format("139%08d", i));
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
