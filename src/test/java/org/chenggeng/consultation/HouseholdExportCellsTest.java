package org.chenggeng.consultation;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The register export writes no cell a spreadsheet would take for a formula; the floor area stays a number. */
class HouseholdExportCellsTest {

    @Test
    void cellsStartingWithFormulaCharactersAreQuoted() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        HouseholdExport.write(List.of(new HouseholdRow(1L, 0, 1L, "-1号楼", "=1单元", "@101",
                new BigDecimal("60.50"), "+张三", "=HYPERLINK(\"x\")", false, false)), Locale.SIMPLIFIED_CHINESE, "【下载记录】committee", out);
        byte[] xlsx = out.toByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = book.getSheetAt(0).getRow(2);
            assertThat(List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                    row.getCell(2).getStringCellValue(), row.getCell(4).getStringCellValue(),
                    row.getCell(5).getStringCellValue()))
                    .containsExactly("'-1号楼", "'=1单元", "'@101", "'+张三", "'=HYPERLINK(\"x\")");
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(60.5);
        }
    }
}
