package org.chenggeng.work;

import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The preview finds every bad row of a progress file, with the row as Excel numbers it, the column and the
 * reason, by the same rules as logging one entry, and writes nothing.
 */
@ChenggengTest
class WorkImportValidationTest {

    @Autowired
    WorkImportService imports;
    @Autowired
    PeriodLockService locks;
    @Autowired
    ProgressEntryRepository entries;
    @Autowired
    ImportFixture fixture;
    @Autowired
    TestUsers as;

    private ImportFixture.Site site;
    private Long pipes;

    @BeforeEach
    void site() throws Exception {
        site = fixture.site();
        pipes = fixture.item(site.projectId(), "UNDERGROUND_PIPES", "1000", null);
        fixture.item(site.projectId(), "SEPTIC_TANK", "40", null);
    }

    private ImportPreview preview(InputStream file) throws Exception {
        return as.as(site.manager(), () -> imports.preview(site.projectId(), ImportKind.PROGRESS, file, f -> { }));
    }

    @Test
    void wrongOrMissingHeadersAreErrorsOfTheHeaderRowAndNoDataRowIsRead() throws Exception {
        ImportPreview p = preview(XlsxFiles.stream(List.of("编码", "完成日期", "数量", "备注"),
                List.<Object[]>of(new Object[]{"UNDERGROUND_PIPES", LocalDate.of(2025, 3, 3), 10, null})));

        assertThat(p.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::messageKey)
                .containsExactlyInAnyOrder(
                        tuple(1, "编码", "import.error.unknownHeader"),
                        tuple(1, "数量", "import.error.unknownHeader"),
                        tuple(1, "工程内容编码", "import.error.missingHeader"),
                        tuple(1, "完成工程量", "import.error.missingHeader"));
        assertThat(p.rows()).isZero();
        assertThat(p.canImport()).isFalse();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedAsSuch() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> preview(new java.io.ByteArrayInputStream(
                        "工程内容编码,完成日期\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(org.chenggeng.shared.DomainException.class)
                .extracting(e -> ((org.chenggeng.shared.DomainException) e).messageKey())
                .isEqualTo("import.error.notXlsx");
    }

    @Test
    void eachBadCellIsReportedWithItsRowColumnAndReason() throws Exception {
        LocalDate day = LocalDate.of(2025, 3, 3);
        ImportPreview p = preview(XlsxFiles.progress(
                new Object[]{"UNDERGROUND_PIPES", day, "十二米", null},
                new Object[]{"NO_SUCH_TYPE", day, 5, null},
                new Object[]{"SEPTIC_TANK", day, -2, null},
                new Object[]{"SEPTIC_TANK", day, 1.5, null},
                new Object[]{"UNDERGROUND_PIPES", day, 1.255, null},
                new Object[]{"UNDERGROUND_PIPES", LocalDate.now().plusDays(3), 5, null},
                new Object[]{"UNDERGROUND_PIPES", LocalDate.of(2024, 12, 31), 5, null},
                new Object[]{"UNDERGROUND_PIPES", "2025年3月32日", 5, null},
                new Object[]{"FACADE_PAINTING", day, 5, null},
                new Object[]{null, day, null, null},
                new Object[]{"UNDERGROUND_PIPES", "2025/3/4", "12.5", "东侧管线"}));

        assertThat(p.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::messageKey)
                .containsExactly(
                        tuple(2, "完成工程量", "import.error.notANumber"),
                        tuple(3, "工程内容编码", "import.error.unknownType"),
                        tuple(4, "完成工程量", "progress.error.quantityPositive"),
                        tuple(5, "完成工程量", "progress.error.wholeNumber"),
                        tuple(6, "完成工程量", "progress.error.twoDecimals"),
                        tuple(7, "完成日期", "error.dateInFuture"),
                        tuple(8, "完成日期", "progress.error.beforeStart"),
                        tuple(9, "完成日期", "import.error.notADate"),
                        tuple(10, "工程内容编码", "import.error.noSuchItem"),
                        tuple(11, "工程内容编码", "import.error.required"),
                        tuple(11, "完成工程量", "import.error.required"));
        assertThat(p.errors().getFirst().args()).containsExactly("十二米");
        assertThat(p.errors().get(3).args()).containsExactly("unit.SEAT");
        assertThat(p.rows()).isEqualTo(11);
        assertThat(p.importable()).isEqualTo(1);
        assertThat(p.badRows()).isEqualTo(10);
        assertThat(p.canImport()).isFalse();
        assertThat(entries.findByWorkItemIdOrderByWorkDateDescRecordedAtDescIdDesc(pipes)).isEmpty();
    }

    @Test
    void entriesInALockedMonthAreRefused() throws Exception {
        as.run("admin", () -> locks.lock(site.communityId(), YearMonth.of(2025, 2)));

        ImportPreview p = preview(XlsxFiles.progress(
                new Object[]{"UNDERGROUND_PIPES", LocalDate.of(2025, 2, 14), 30, null},
                new Object[]{"UNDERGROUND_PIPES", LocalDate.of(2025, 3, 1), 30, null}));

        assertThat(p.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::messageKey,
                ImportIssue::args).containsExactly(tuple(2, "完成日期", "progress.error.monthLocked", List.of("2025-02")));
        assertThat(p.importable()).isEqualTo(1);
    }

    @Test
    void passingThePlanIsAllowedButWarnedOfOncePerItem() throws Exception {
        ImportPreview p = preview(XlsxFiles.progress(
                new Object[]{"SEPTIC_TANK", LocalDate.of(2025, 3, 3), 30, null},
                new Object[]{"SEPTIC_TANK", LocalDate.of(2025, 3, 4), 8, null},
                new Object[]{"SEPTIC_TANK", LocalDate.of(2025, 3, 5), 4, null},
                new Object[]{"SEPTIC_TANK", LocalDate.of(2025, 3, 6), 1, null}));

        assertThat(p.errors()).isEmpty();
        assertThat(p.canImport()).isTrue();
        assertThat(p.warnings()).extracting(ImportIssue::row, ImportIssue::messageKey, ImportIssue::args)
                .containsExactly(tuple(4, "import.warning.overPlan", List.of("SEPTIC_TANK", "40", "43", "2")));
    }

    @Test
    void whereAProjectHasTwoItemsOfATypeTheLocationColumnSaysWhichOne() throws Exception {
        fixture.item(site.projectId(), "FACADE_PAINTING", "500", "1号楼");
        fixture.item(site.projectId(), "FACADE_PAINTING", "600", "2号楼");
        List<String> headers = List.of("工程内容编码", "完成日期", "完成工程量", "位置说明");

        ImportPreview p = preview(XlsxFiles.stream(headers, List.of(
                new Object[]{"FACADE_PAINTING", LocalDate.of(2025, 3, 3), 50, "2号楼"},
                new Object[]{"FACADE_PAINTING", LocalDate.of(2025, 3, 3), 50, null},
                new Object[]{"FACADE_PAINTING", LocalDate.of(2025, 3, 3), 50, "3号楼"})));

        assertThat(p.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::messageKey)
                .containsExactly(tuple(3, "位置说明", "import.error.ambiguousItem"),
                        tuple(4, "位置说明", "import.error.noItemAtLocation"));
        assertThat(p.importable()).isEqualTo(1);
    }
}
