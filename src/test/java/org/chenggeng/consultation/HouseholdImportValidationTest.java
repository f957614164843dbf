package org.chenggeng.consultation;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.XlsxFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.chenggeng.consultation.HouseholdImportFixture.row;

/**
 * The preview finds every bad row of a household file, with the row as Excel numbers it, the column as the file
 * heads it and the reason as a message key, and counts what an import would add and skip, writing nothing.
 */
@ChenggengTest
class HouseholdImportValidationTest {

    @Autowired
    HouseholdImportService imports;
    @Autowired
    HouseholdService households;
    @Autowired
    HouseholdImportFixture fixture;
    @Autowired
    TestUsers as;

    private Long compound;

    @BeforeEach
    void compound() throws Exception {
        compound = fixture.compound();
    }

    private HouseholdImportPreview preview(InputStream file) throws Exception {
        return as.as("committee", () -> imports.preview(compound, file));
    }

    @Test
    void everyBadRowIsReportedWithItsColumnAndReason() throws Exception {
        HouseholdImportPreview p = preview(HouseholdImportFixture.file(
                row("1号楼", "1单元", "101", 65.5, "张三", "13800001111"),
                row(null, "1单元", "102", 65.5, null, null),
                row("1号楼", "1单元", "103", "约六十", null, null),
                row("1号楼", "1单元", "104", 0, null, null),
                row("1号楼", "1单元", "105", 10000, null, null),
                row("1号楼", "1单元", "106", 65.555, null, null),
                row("1号楼", "1单元", "107", 65.5, null, "call me"),
                row("1号楼", "1单元", "101", 70, null, null),
                row("一号楼".repeat(7) + "甲", "1单元", "108", 65.5, null, null),
                row("1号楼", "1单元", "109", null, "户".repeat(51), null)));

        assertThat(p.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::messageKey)
                .containsExactly(
                tuple(3, "楼号", "import.error.required"),
                tuple(4, "建筑面积（m²）", "import.error.notANumber"),
                tuple(5, "建筑面积（m²）", "household.error.area"),
                tuple(6, "建筑面积（m²）", "household.error.area"),
                tuple(7, "建筑面积（m²）", "household.error.areaDecimals"),
                tuple(8, "联系电话", "household.error.phone"),
                tuple(9, "室号", "householdImport.error.duplicateInFile"),
                tuple(10, "楼号", "error.tooLong"),
                tuple(11, "建筑面积（m²）", "import.error.required"),
                tuple(11, "户主", "error.tooLong"));
        assertThat(p.errors().get(6).args()).containsExactly("1号楼-1单元-101", "2");
        assertThat(p.rows()).isEqualTo(10);
        assertThat(p.importable()).isEqualTo(1);
        assertThat(p.badRows()).isEqualTo(9);
        assertThat(p.canImport()).isFalse();
        assertThat(fixture.register(compound)).isEmpty();
    }

    @Test
    void anAddressAlreadyInTheRegisterIsSkippedWhenIdenticalAndAnErrorWhenItsDataDiffer() throws Exception {
        as.run("committee", () -> {
            households.create(compound, new HouseholdData("1号楼", "1单元", "101", new BigDecimal("65.50"), "张三",
                    "13800001111"));
            households.create(compound, new HouseholdData("1号楼", "1单元", "102", new BigDecimal("70"), "李四", null));
        });

        HouseholdImportPreview p = preview(HouseholdImportFixture.file(
                row("1号楼", "1单元", "101", 65.5, "张三", 13800001111L),
                row("1号楼", "1单元", "102", 72, "王五", null),
                row("1号楼", "1单元", "103", 80, null, null)));

        assertThat(p.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::messageKey,
                ImportIssue::args).containsExactly(
                tuple(3, "建筑面积（m²）", "householdImport.error.conflict", List.of("1号楼-1单元-102")),
                tuple(3, "户主", "householdImport.error.conflict", List.of("1号楼-1单元-102")));
        assertThat(p.rows()).isEqualTo(3);
        assertThat(p.alreadyImported()).isEqualTo(1);
        assertThat(p.importable()).isEqualTo(1);
    }

    @Test
    void addressesCompareWithoutLetterCaseAsTheDatabaseKeyDoes() throws Exception {
        HouseholdImportPreview p = preview(HouseholdImportFixture.file(
                row("A座", "1单元", "101", 65.5, null, null),
                row("a座", "1单元", "101", 65.5, null, null)));

        assertThat(p.errors()).extracting(ImportIssue::row, ImportIssue::messageKey)
                .containsExactly(tuple(3, "householdImport.error.duplicateInFile"));
    }

    @Test
    void englishHeadersAreAcceptedInAnyOrderAndProblemsNameTheColumnsAsTheFileHeadsThem() throws Exception {
        List<String> headers = List.of(" room ", "BUILDING", "Unit", "floor area (m2)*", "Phone");
        HouseholdImportPreview p = preview(new ByteArrayInputStream(XlsxFiles.bytes(headers, List.of(
                new Object[]{"101", "Building 3", "Unit 2", 88.25, "+86 138-0000-1111"},
                new Object[]{"102", "Building 3", "Unit 2", -1, null}))));

        assertThat(p.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::messageKey)
                .containsExactly(tuple(3, "Floor area (m²)", "household.error.area"));
        assertThat(p.importable()).isEqualTo(1);
    }

    @Test
    void aHeaderThatIsUnknownOrMissingIsReportedAndNoRowIsRead() throws Exception {
        HouseholdImportPreview p = preview(new ByteArrayInputStream(XlsxFiles.bytes(
                List.of("楼号", "单元", "房间", "建筑面积（m²）"),
                List.<Object[]>of(new Object[]{"1号楼", "1单元", "101", 65.5}))));

        assertThat(p.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::messageKey)
                .containsExactly(tuple(1, "房间", "import.error.unknownHeader"),
                        tuple(1, "室号", "import.error.missingHeader"));
        assertThat(p.importable()).isZero();
    }

    @Test
    void aFileThatIsNoSpreadsheetOrTooLongIsRefusedWithAClearMessage() throws Exception {
        assertThatThrownBy(() -> preview(new ByteArrayInputStream("楼号,单元\n".getBytes())))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("import.error.notXlsx");

        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i <= HouseholdImportService.MAX_ROWS; i++) {
            rows.add(row("1号楼", "1单元", String.valueOf(i), 60, null, null));
        }
        byte[] tooLong = XlsxFiles.bytes(HouseholdImportFixture.HEADERS, rows);
        assertThatThrownBy(() -> preview(new ByteArrayInputStream(tooLong)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly(20_000))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("import.error.tooManyRows");
    }
}
