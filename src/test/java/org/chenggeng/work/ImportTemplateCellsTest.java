package org.chenggeng.work;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress template echoes the project's items: a location a spreadsheet would take for a formula is quoted. */
class ImportTemplateCellsTest {

    @Test
    void anEchoedLocationStartingWithAFormulaCharacterIsQuotedAndQuantitiesStayNumbers() throws Exception {
        byte[] xlsx = ImportTemplates.write(ImportKind.PROGRESS, List.of(), List.of(new ImportTemplates.ItemLine(
                "SEWAGE_WELL", "污水井清淘", Unit.SEAT, "=cmd|' /C calc'!A0", new BigDecimal("869"),
                new BigDecimal("-2"))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = book.getSheet(ImportTemplates.PROJECT_ITEMS).getRow(1);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("SEWAGE_WELL");
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(-2.0);
        }
    }
}
