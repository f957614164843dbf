package org.chenggeng.reporting;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger sheets written by hand open in Apache POI as the workbook's fourth sheet and beyond: header, numbers,
 * decimals, dates, date-times, text with markup characters and empty cells come back as written, and rows past a
 * sheet's limit go on to "… (2)", "… (3)" with the header repeated.
 */
class LedgerSheetsTest {

    private static final List<String> HEADER = List.of("编号", "项目", "日期", "数量", "备注", "记录时间");

    @Test
    void rowsComeBackAsWrittenAndGoOnToFurtherSheets() throws Exception {
        // the application's clock's zone, not the machine's (UTC here), is what the times are written in
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        Instant at = LocalDateTime.of(2022, 6, 3, 14, 30).atZone(beijing).toInstant();
        byte[] bytes;
        try (ReportXlsx xlsx = new ReportXlsx(5, beijing)) {
            var ledger = xlsx.stream("进度台账", HEADER);
            for (int i = 1; i <= 10; i++) {
                ledger.accept(Arrays.asList((long) i, "YYH-2022-01", LocalDate.of(2022, 6, i),
                        new BigDecimal("12.50"), i == 3 ? "东门 <北侧> & \"南侧\"" : null, at));
            }
            bytes = bytes(xlsx);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("进度台账", "进度台账 (2)", "进度台账 (3)");
            XSSFSheet first = book.getSheetAt(0);
            assertThat(first.getLastRowNum()).isEqualTo(4);
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(first.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            var third = first.getRow(3);
            assertThat(third.getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(third.getCell(1).getStringCellValue()).isEqualTo("YYH-2022-01");
            assertThat(DateUtil.isCellDateFormatted(third.getCell(2))).isTrue();
            assertThat(third.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 6, 3));
            assertThat(third.getCell(3).getNumericCellValue()).isEqualTo(12.5);
            assertThat(third.getCell(4).getStringCellValue()).isEqualTo("东门 <北侧> & \"南侧\"");
            assertThat(third.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2022, 6, 3, 14, 30));
            assertThat(first.getRow(1).getCell(4) == null || first.getRow(1).getCell(4).getStringCellValue().isEmpty())
                    .isTrue();
            XSSFSheet last = book.getSheetAt(2);
            assertThat(last.getRow(0).getCell(3).getStringCellValue()).isEqualTo("数量");
            assertThat(last.getLastRowNum()).isEqualTo(2);
            assertThat(last.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(10);
        }
    }

    @Test
    void textThatASpreadsheetWouldTakeForAFormulaIsQuotedAndNumbersStayNumbers() throws Exception {
        List<String> notes = List.of("=HYPERLINK(\"http://evil.example\",\"点击\")", "+1+1", "-3号楼", "@SUM(A1)",
                "\tcmd", "东门");
        byte[] bytes;
        try (ReportXlsx xlsx = new ReportXlsx(ZoneId.systemDefault())) {
            var ledger = xlsx.stream("进度台账", HEADER);
            for (int i = 0; i < notes.size(); i++) {
                ledger.accept(Arrays.asList((long) i, "=YYH", LocalDate.of(2022, 6, 1), new BigDecimal("-5.50"),
                        notes.get(i), null));
            }
            bytes = bytes(xlsx);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int i = 0; i < notes.size() - 1; i++) {
                var row = sheet.getRow(i + 1);
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo("'" + notes.get(i));
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'=YYH");
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(-5.5);
            }
            assertThat(sheet.getRow(notes.size()).getCell(4).getStringCellValue()).isEqualTo("东门");
        }
        assertThat(ReportCsv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(ReportCsv.field("-3号楼,东")).isEqualTo("\"'-3号楼,东\"");
        assertThat(ReportCsv.field(new BigDecimal("-20.00"))).isEqualTo("-20");
        assertThat(ReportCsv.field(-3)).isEqualTo("-3");
        assertThat(ReportCsv.field("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void anEmptyLedgerIsAHeaderOnly() throws Exception {
        byte[] bytes;
        try (ReportXlsx xlsx = new ReportXlsx(ZoneId.systemDefault())) {
            xlsx.stream("Ledger", HEADER);
            bytes = bytes(xlsx);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getSheetName(0)).isEqualTo("Ledger");
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(book.getSheetAt(0).getRow(0).getCell(5).getStringCellValue()).isEqualTo("记录时间");
        }
    }

    @Test
    void columnsPastTheTwentySixthAreNamedAsExcelNamesThem() throws Exception {
        List<String> header = java.util.stream.IntStream.range(0, 30).mapToObj(c -> "列" + c).toList();
        byte[] bytes;
        try (ReportXlsx xlsx = new ReportXlsx(ZoneId.systemDefault())) {
            var ledger = xlsx.stream("进度台账", header);
            ledger.accept(java.util.stream.IntStream.range(0, 30).<Object>mapToObj(c -> (long) c).toList());
            bytes = bytes(xlsx);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 30);
            assertThat(sheet.getRow(0).getCell(29).getStringCellValue()).isEqualTo("列29");
            assertThat(sheet.getRow(1).getCell(26).getNumericCellValue()).isEqualTo(26.0);
            assertThat(sheet.getRow(1).getCell(29).getReference()).isEqualTo("AD2");
        }
        assertThat(List.of(LedgerSheets.columnName(0), LedgerSheets.columnName(25), LedgerSheets.columnName(26),
                LedgerSheets.columnName(701), LedgerSheets.columnName(702)))
                .containsExactly("A", "Z", "AA", "ZZ", "AAA");
    }

    private static byte[] bytes(ReportXlsx xlsx) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        xlsx.write(out);
        return out.toByteArray();
    }
}
