package org.chenggeng.consultation;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.audit.AuditService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.XlsxFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chenggeng.consultation.HouseholdImportFixture.row;

/**
 * Importing writes all of a valid household file or nothing, adds each household once however often the file is
 * imported, starts from a template the user downloads, and leaves one audit entry per import without personal data.
 */
@ChenggengTest
class HouseholdImportCommitTest {

    @Autowired
    HouseholdImportService imports;
    @Autowired
    AuditService audit;
    @Autowired
    HouseholdImportFixture fixture;
    @Autowired
    TestUsers as;

    private Long compound;

    @BeforeEach
    void compound() throws Exception {
        compound = fixture.compound();
    }

    private HouseholdImportResult commit(byte[] file) throws Exception {
        return as.as("committee", () -> imports.commit(compound, new ByteArrayInputStream(file)));
    }

    @Test
    void theDownloadedTemplateFilledInBelowItsExampleImportsAndTheExampleIsSkipped() throws Exception {
        byte[] template = as.as("committee", () -> imports.template(Locale.SIMPLIFIED_CHINESE));
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactlyElementsOf(HouseholdImportFixture.HEADERS);
            assertThat(cells(sheet.getRow(1))).containsExactly("1号楼", "1单元", "101", "65.5", "张三", "13800000000");
            fill(sheet.createRow(2), "2号楼", "1单元", "0101", 58.3, "赵六", "022-2431 5678");
            fill(sheet.createRow(3), "2号楼", "1单元", "0102", 92, null, null);
            book.write(filled);
        }

        HouseholdImportResult result = commit(filled.toByteArray());

        assertThat(result.imported()).isEqualTo(2);
        assertThat(fixture.register(compound)).extracting(HouseholdRow::address, HouseholdRow::floorArea,
                HouseholdRow::ownerName, HouseholdRow::phone).containsExactly(
                org.assertj.core.api.Assertions.tuple("2号楼-1单元-0101", new BigDecimal("58.30"), "赵六", "022-2431 5678"),
                org.assertj.core.api.Assertions.tuple("2号楼-1单元-0102", new BigDecimal("92.00"), null, null));
    }

    @Test
    void theEnglishTemplateIsHeadedInEnglishAndImportsToo() throws Exception {
        byte[] template = as.as("admin", () -> imports.template(Locale.ENGLISH));
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactlyElementsOf(HouseholdImportFixture.ENGLISH);
            fill(sheet.getRow(1), "3", "2", "301", 77.7, "Li Lei", "13900001234");
            book.write(filled);
        }

        assertThat(commit(filled.toByteArray()).imported()).isEqualTo(1);
        assertThat(fixture.register(compound)).extracting(HouseholdRow::address).containsExactly("3-2-301");
    }

    @Test
    void oneBadRowMeansNothingIsWritten() throws Exception {
        byte[] file = HouseholdImportFixture.bytes(
                row("1号楼", "1单元", "101", 65.5, "张三", null),
                row("1号楼", "1单元", "102", 65.5, null, null),
                row("1号楼", "1单元", "103", "六十", null, null));

        assertThatThrownBy(() -> commit(file)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("import.error.fileHasErrors");
        assertThat(fixture.register(compound)).isEmpty();
        assertThat(imports(compound)).isEmpty();
    }

    @Test
    void importingTheSameFileAgainAddsNothingAndEachImportIsAuditedWithoutPersonalData() throws Exception {
        byte[] file = HouseholdImportFixture.bytes(
                row("1号楼", "1单元", "101", 65.5, "张三丰", "13812345678"),
                row("1号楼", "1单元", "102", 70, "李四光", null));

        HouseholdImportResult first = commit(file);
        HouseholdImportResult second = commit(file);

        assertThat(first.imported()).isEqualTo(2);
        assertThat(second.imported()).isZero();
        assertThat(second.alreadyImported()).isEqualTo(2);
        assertThat(fixture.register(compound)).hasSize(2);
        List<AuditService.AuditRow> entries = imports(compound);
        assertThat(entries).hasSize(2).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("committee");
            assertThat(e.after()).doesNotContain("张三丰", "李四光", "13812345678", "owner", "phone", "room");
        });
        assertThat(entries).extracting(AuditService.AuditRow::after).anySatisfy(after -> assertThat(after)
                .contains("\"imported\":\"2\"", "\"alreadyImported\":\"0\""))
                .anySatisfy(after -> assertThat(after).contains("\"imported\":\"0\"", "\"alreadyImported\":\"2\""));
    }

    @Test
    void twoImportsOfTheSameRowsAtOnceWriteEachHouseholdOnce() throws Exception {
        List<Object[]> rows = IntStream.range(0, 300)
                .mapToObj(i -> row((i / 60 + 1) + "号楼", "1单元", String.valueOf(101 + i), 60, null, null)).toList();
        byte[] file = XlsxFiles.bytes(HouseholdImportFixture.HEADERS, rows);
        CountDownLatch start = new CountDownLatch(1);
        List<Object> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    try {
                        return commit(file);
                    } catch (DomainException e) {
                        return e.messageKey();
                    }
                }));
            }
            start.countDown();
            for (Future<Object> run : runs) {
                outcomes.add(run.get());
            }
        }

        assertThat(fixture.register(compound)).hasSize(300);
        assertThat(outcomes).anySatisfy(o -> assertThat(o).isEqualTo(new HouseholdImportResult(300, 0)));
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isIn(new HouseholdImportResult(300, 0),
                new HouseholdImportResult(0, 300), "import.error.concurrent"));
    }

    @Test
    void aCompoundOfThreeThousandHouseholdsImportsInOneGo() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(row((i / 120 + 1) + "号楼", (i / 40 % 3 + 1) + "单元", String.valueOf(101 + i % 40 / 4 * 100 + i % 4),
                    new BigDecimal("55.00").add(BigDecimal.valueOf(i % 50, 1)), "户主" + i, "1380000" + (1000 + i)));
        }
        byte[] file = XlsxFiles.bytes(HouseholdImportFixture.HEADERS, rows);

        long started = System.nanoTime();
        HouseholdImportResult result = commit(file);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Household import: 3000 rows in " + millis + " ms");

        assertThat(result.imported()).isEqualTo(3000);
        assertThat(fixture.register(compound)).hasSize(3000);
    }

    private List<AuditService.AuditRow> imports(Long compoundId) throws Exception {
        return as.as("auditor", () -> audit.search(new AuditService.AuditFilter(null, "HOUSEHOLD", "CHANGE", null, null),
                PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "id")))).stream()
                .filter(e -> e.action().equals("IMPORT") && e.entityId().equals(String.valueOf(compoundId))).toList();
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(switch (c.getCellType()) {
            case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> c.getStringCellValue();
        }));
        return values;
    }

    private static void fill(Row row, String building, String unit, String room, double area, String owner,
                             String phone) {
        Object[] values = {building, unit, room, area, owner, phone};
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Double d) {
                row.createCell(i).setCellValue(d);
            } else if (values[i] != null) {
                row.createCell(i).setCellValue((String) values[i]);
            }
        }
    }
}
