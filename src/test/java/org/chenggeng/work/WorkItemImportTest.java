package org.chenggeng.work;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Work items come from the template's sheet, are checked like planned ones, and are created once. */
@ChenggengTest
class WorkItemImportTest {

    private static final List<String> HEADERS = List.of("工程内容编码", "工程内容", "计划工程量", "单位", "位置说明",
            "预算(元)", "计划开始", "计划完成");

    @Autowired
    WorkImportService imports;
    @Autowired
    WorkItemService items;
    @Autowired
    ImportFixture fixture;
    @Autowired
    TestUsers as;

    @Test
    void theTemplatesHaveTheKindsHeadersAndTheCatalogueToLookCodesUpIn() throws Exception {
        ImportFixture.Site site = fixture.site();
        fixture.item(site.projectId(), "SEPTIC_TANK", "40", "全小区");

        for (ImportKind kind : ImportKind.values()) {
            byte[] bytes = as.as(site.manager(), () -> imports.template(site.projectId(), kind));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                assertThat(cells(book.getSheetAt(0), 0)).isEqualTo(kind.columns().stream().map(ImportColumn::header).toList());
                Sheet catalogue = book.getSheet(ImportTemplates.CATALOGUE);
                assertThat(catalogue.getLastRowNum()).isEqualTo(51);
                assertThat(cells(catalogue, 4)).containsExactly("SEPTIC_TANK", "化粪池清淘", "座", "基础类");
                assertThat(book.getSheet(ImportTemplates.PROJECT_ITEMS) != null).isEqualTo(kind == ImportKind.PROGRESS);
            }
        }
    }

    @Test
    void aFilledTemplateCreatesItsItemsOnceAndBadRowsAreNamed() throws Exception {
        ImportFixture.Site site = fixture.site();
        byte[] good = XlsxFiles.bytes(HEADERS, List.of(
                new Object[]{"EXPOSED_LINES", "外露线网治理", 1742, "米", "全小区", 120000, LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 6, 30)},
                new Object[]{"septic_tank", null, 39, null, null, null, null, null},
                new Object[]{"FACADE_PAINTING", null, "1,024", "m²", "1号楼", null, null, null}));

        ImportResult first = as.as(site.manager(), () -> imports.commit(site.projectId(), ImportKind.WORK_ITEMS,
                new ByteArrayInputStream(good), f -> { }));
        ImportResult again = as.as(site.manager(), () -> imports.commit(site.projectId(), ImportKind.WORK_ITEMS,
                new ByteArrayInputStream(good), f -> { }));

        assertThat(first.imported()).isEqualTo(3);
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(3);
        assertThat(as.as(site.manager(), () -> items.items(site.projectId())))
                .extracting(WorkItemRow::typeCode, r -> r.planned().stripTrailingZeros().toPlainString(),
                        WorkItemRow::locationNote)
                .containsExactly(tuple("EXPOSED_LINES", "1742", "全小区"), tuple("SEPTIC_TANK", "39", null),
                        tuple("FACADE_PAINTING", "1024", "1号楼"));

        ImportPreview bad = as.as(site.manager(), () -> imports.preview(site.projectId(), ImportKind.WORK_ITEMS,
                XlsxFiles.stream(HEADERS, List.of(
                        new Object[]{"HEDGE", null, 42.5, null, null, null, null, null},
                        new Object[]{"TURF", null, 450, "株", null, null, null, null},
                        new Object[]{"BENCH", null, 21, null, null, -5, null, null},
                        new Object[]{"GARDEN", null, 1, null, null, null, LocalDate.of(2025, 6, 1),
                                LocalDate.of(2025, 5, 1)})), f -> { }));
        assertThat(bad.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::messageKey)
                .containsExactly(tuple(2, "计划工程量", "progress.error.wholeNumber"),
                        tuple(3, "单位", "import.error.unitMismatch"),
                        tuple(4, "预算（元）", "project.error.budget"),
                        tuple(5, "计划完成", "project.error.plannedDates"));
    }

    @Test
    void plannedDatesFromAWorkbookWithDatesFrom1904AreTheDaysItShows() throws Exception {
        ImportFixture.Site site = fixture.site();
        byte[] file = XlsxFiles.bytes1904(HEADERS, List.<Object[]>of(new Object[]{"EXPOSED_LINES", null, 10, null,
                null, null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30)}));

        ImportResult done = as.as(site.manager(), () -> imports.commit(site.projectId(), ImportKind.WORK_ITEMS,
                new ByteArrayInputStream(file), f -> { }));

        assertThat(done.imported()).isEqualTo(1);
        assertThat(as.as(site.manager(), () -> items.items(site.projectId())))
                .extracting(WorkItemRow::plannedStart, WorkItemRow::plannedEnd)
                .containsExactly(tuple(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30)));
    }

    private static List<String> cells(Sheet sheet, int row) {
        return StreamSupport.stream(sheet.getRow(row).spliterator(), false).map(c -> switch (c.getCellType()) {
            case NUMERIC -> String.valueOf(c.getNumericCellValue());
            default -> c.getStringCellValue();
        }).toList();
    }
}
