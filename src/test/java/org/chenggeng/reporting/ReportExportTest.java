package org.chenggeng.reporting;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export of the demo report read back with the library that a reader would use: POI opens the Word and Excel
 * files, PDFBox extracts the PDF's text and lists its fonts, the CSV parses. None of them carries personal data, a
 * project manager's export covers the manager's projects only, and an English export is in English.
 */
@ChenggengTest
class ReportExportTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** A mobile number standing alone: not the digits inside a longer number or after a decimal point. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d.])1[3-9]\\d{9}(?![\\d])");

    @Autowired
    ReportExportService exports;
    @Autowired
    ProjectQueries projects;
    @Autowired
    TestUsers as;
    @Autowired
    JdbcTemplate jdbc;

    private long jingjiangDongli() throws Exception {
        return as.as("official", () -> projects.page(new ProjectFilter("YYH-2022-01", null, null, null, null),
                PageRequest.of(0, 1)).getFirst().id());
    }

    private byte[] export(String user, ReportRequest request, Locale locale, ExportFormat format) throws Exception {
        return as.as(user, () -> exports.export(request, locale, format));
    }

    private ReportRequest pilot2022() throws Exception {
        return ReportRequest.project(jingjiangDongli(), Period.year(2022));
    }

    @Test
    void theWordDocumentHoldsTheNarrativeTheHeadlineAndTheQuantitiesInAChineseFont() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                export("official", pilot2022(), ZH, ExportFormat.DOCX)))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("城市更新改造工作报告", DemoNarrativeTest.REPORT_2022, "期间：2022年");
            List<List<String>> rows = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                    .map(ReportExportTest::cells).toList();
            assertThat(rows).contains(List.of("项目数（个）", "1"));
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("排水", "化粪池清淘", "座", "39", "39", "100"));
            assertThat(rows).noneSatisfy(r -> assertThat(r.getFirst()).isEqualTo("排水小计"));
            XWPFRun first = doc.getParagraphs().getFirst().getRuns().getFirst();
            assertThat(first.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
        }
    }

    @Test
    void aSectionGetsASubtotalOnlyWhereItsUnitsAgree() throws Exception {
        ReportRequest everything = new ReportRequest(ProjectFilter.none(), null, Period.all(), false);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                export("official", everything, ZH, ExportFormat.DOCX)))) {
            List<List<String>> rows = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                    .map(ReportExportTest::cells).toList();
            assertThat(rows).contains(List.of("外墙与楼道小计", "", "平方米", "25,524", "25,524", "100"));
            assertThat(rows).noneSatisfy(r -> assertThat(r.getFirst()).isIn("排水小计", "绿化小计"));
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    void theWorkbookHasFourSheetsTheFiguresAndTheWholeLedgerOfThePeriod() throws Exception {
        long id = jingjiangDongli();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                export("official", pilot2022(), ZH, ExportFormat.XLSX)))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2),
                    book.getSheetName(3))).containsExactly("概况", "工程量", "项目", "进度台账");
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            assertThat(rowsOf(book.getSheet("概况"))).contains(List.of("项目数（个）", "1"),
                    List.of(DemoNarrativeTest.REPORT_2022));
            assertThat(rowsOf(book.getSheet("工程量"))).anySatisfy(r -> assertThat(r).startsWith("排水", "污水井清淘",
                    "座", "869", "869"));
            assertThat(rowsOf(book.getSheet("项目"))).anySatisfy(r -> assertThat(r.getFirst()).isEqualTo("YYH-2022-01"));
            Integer entries = jdbc.queryForObject("select count(*) from progress_entry e join work_item i"
                    + " on i.id = e.work_item_id where i.project_id = ? and e.work_date between ? and ?", Integer.class,
                    id, java.sql.Date.valueOf("2022-01-01"), java.sql.Date.valueOf("2022-12-31"));
            assertThat(entries).isGreaterThan(50);
            Sheet ledger = book.getSheet("进度台账");
            assertThat(ledger.getLastRowNum()).isEqualTo(entries);
            assertThat(rowsOf(ledger).get(1)).startsWith(rowsOf(ledger).get(1).getFirst(), "YYH-2022-01");
        }
    }

    @Test
    void aProjectNamedLikeAFormulaIsTextOnTheWorkbooksProjectSheet() throws Exception {
        long id = jingjiangDongli();
        String name = jdbc.queryForObject("select name from project where id = ?", String.class, id);
        String hostile = "=HYPERLINK(\"http://evil.example\",\"靖江东里\")";
        jdbc.update("update project set name = ? where id = ?", hostile, id);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                export("official", pilot2022(), ZH, ExportFormat.XLSX)))) {
            assertThat(rowsOf(book.getSheet("项目"))).anySatisfy(r -> assertThat(r).contains("'" + hostile));
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                            .isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA))));
        } finally {
            jdbc.update("update project set name = ? where id = ?", name, id);
        }
    }

    @Test
    void theWholeScopesReportOf2022WritesOnly2022sProjectsAndPlansInEveryFormat() throws Exception {
        ReportRequest of2022 = new ReportRequest(ProjectFilter.none(), null, Period.year(2022), false);
        int wellsPlanned = jdbc.queryForObject("select cast(sum(i.planned_quantity) as signed) from work_item i "
                + "join work_type t on t.id = i.work_type_id where t.code = 'SEWAGE_WELL'", Integer.class);
        assertThat(wellsPlanned).as("every project's plan for sewage wells, not only 2022's").isGreaterThan(869);
        for (ExportFormat format : ExportFormat.values()) {
            byte[] bytes = export("official", of2022, ZH, format);
            String text = (format == ExportFormat.XLSX ? figureSheets(bytes) : textOf(format, bytes))
                    .replaceAll("[\\s,]", "");
            assertThat(text).as(format.name()).contains("869").doesNotContain(String.valueOf(wellsPlanned));
            if (format != ExportFormat.CSV) {
                assertThat(text).as(format.name()).contains("YYH-2022-01")
                        .doesNotContain("YYH-2024-01", "YYH-2025-01", "YYH-2026-01");
            }
        }
    }

    @Test
    void thePdfCarriesTheChineseNarrativeInAnEmbeddedChineseFont() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export("official", pilot2022(), ZH, ExportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(DemoNarrativeTest.REPORT_2022, "城市更新改造工作报告", "化粪池清淘");
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).containsAnyOf("NotoSansSC", "NotoSerifSC"));
        }
    }

    @Test
    void theCsvIsUtf8WithABomAndParsesToTheQuantitiesTable() throws Exception {
        byte[] csv = export("official", pilot2022(), ZH, ExportFormat.CSV);
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<List<String>> rows = parseCsv(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.getFirst()).containsExactly("分项", "工程内容", "单位", "计划量", "完成量", "完成比例（%）");
        assertThat(rows).contains(List.of("排水", "化粪池清淘", "座", "39", "39", "100"));
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(6));
    }

    @Test
    void noExportCarriesPersonalDataEvenForAnAdministrator() throws Exception {
        List<String> owners = jdbc.queryForList("select owner_name from household where owner_name is not null",
                String.class);
        assertThat(owners).isNotEmpty();
        ReportRequest everything = new ReportRequest(ProjectFilter.none(), null, Period.all(), false);
        for (String user : List.of("admin", "official")) {
            for (ExportFormat format : ExportFormat.values()) {
                String text = textOf(format, export(user, everything, ZH, format));
                assertThat(text).as(user + " " + format).contains("化粪池清淘");
                var phone = PHONE.matcher(text);
                assertThat(phone.find()).as(user + " " + format + " phone: " + (phone.find(0) ? phone.group() : ""))
                        .isFalse();
                assertThat(owners).as(user + " " + format).noneMatch(text::contains);
            }
        }
    }

    @Test
    void aProjectManagersExportCoversOnlyTheManagersProjects() throws Exception {
        ReportRequest everything = new ReportRequest(ProjectFilter.none(), null, Period.all(), false);
        Set<String> own = new TreeSet<>(as.as("pm", () -> projects.all(ProjectFilter.none()).stream()
                .map(ProjectRow::code).toList()));
        Set<String> all = new TreeSet<>(as.as("official", () -> projects.all(ProjectFilter.none()).stream()
                .map(ProjectRow::code).toList()));
        assertThat(own).hasSizeLessThan(all.size()).contains("YYH-2022-01");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                export("pm", everything, ZH, ExportFormat.XLSX)))) {
            List<List<String>> projectRows = rowsOf(book.getSheet("项目"));
            assertThat(projectRows.subList(1, projectRows.size()).stream().map(List::getFirst).toList())
                    .containsExactlyInAnyOrderElementsOf(own);
            List<List<String>> ledger = rowsOf(book.getSheet("进度台账"));
            assertThat(ledger.subList(1, ledger.size())).isNotEmpty().allSatisfy(r -> assertThat(own).contains(r.get(1)));
        }
    }

    @Test
    void anEnglishExportIsInEnglish() throws Exception {
        String docx = textOf(ExportFormat.DOCX, export("official", pilot2022(), Locale.ENGLISH, ExportFormat.DOCX));
        assertThat(docx).contains("Urban renewal report", "Period: 2022", "The renewal tidied 1,742 m of exposed",
                "Dredging septic tanks", "Projects started").doesNotContain("城市更新改造工作报告", "化粪池");
        String pdf = textOf(ExportFormat.PDF, export("official", pilot2022(), Locale.ENGLISH, ExportFormat.PDF));
        assertThat(pdf.replaceAll("\\s+", "")).contains("Urbanrenewalreport", "dredged39septictanks");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                export("official", pilot2022(), Locale.ENGLISH, ExportFormat.XLSX)))) {
            assertThat(book.getSheetName(3)).isEqualTo("Ledger");
        }
    }

    @Test
    void anExportWaitsInATemporaryFileUntilItIsDeleted() throws Exception {
        ReportExportService.Export export = as.as("official", () -> exports.export(pilot2022(), ZH,
                ExportFormat.XLSX, f -> { }));
        try {
            assertThat(export.file().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
            assertThat(export.size()).isEqualTo(Files.size(export.file())).isPositive();
            try (XSSFWorkbook book = new XSSFWorkbook(export.file().toFile())) {
                assertThat(book.getSheetName(3)).isEqualTo("进度台账");
            }
        } finally {
            export.delete();
        }
        assertThat(Files.exists(export.file())).isFalse();
    }

    @Test
    void theFileNameNamesTitleScopeAndPeriodWithoutUnsafeCharacters() throws Exception {
        ReportExportService.Export export = as.as("official", () -> exports.export(pilot2022(), ZH,
                ExportFormat.DOCX, f -> { }));
        assertThat(export.fileName()).startsWith("城市更新改造工作报告-YYH-2022-01_").endsWith("-2022年.docx")
                .doesNotContain("/", " ", ":");
        assertThat(export.contentType()).isEqualTo(ExportFormat.DOCX.contentType());
    }

    /**
     * Not an assertion on time: how long each format takes for the official's whole demo scope, printed; the files
     * are left in target/report-exports/ to look at.
     */
    @Test
    void measuresEachFormatForTheDemo() throws Exception {
        ReportRequest everything = new ReportRequest(ProjectFilter.none(), null, Period.all(), false);
        Map<ExportFormat, Long> millis = new EnumMap<>(ExportFormat.class);
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/report-exports"));
        for (ExportFormat format : ExportFormat.values()) {
            export("official", everything, ZH, format);
            long start = System.nanoTime();
            byte[] bytes = export("official", everything, ZH, format);
            millis.put(format, (System.nanoTime() - start) / 1_000_000);
            System.out.printf("export %s for the official's whole demo scope: %d ms, %d bytes%n", format,
                    millis.get(format), bytes.length);
            java.nio.file.Files.write(folder.resolve("demo." + format.extension()), bytes);
        }
        assertThat(millis).hasSize(ExportFormat.values().length);
    }

    /** The workbook's sheets of figures and projects, without the raw ledger, whose ids and times are numbers too. */
    private static String figureSheets(byte[] bytes) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            StringBuilder b = new StringBuilder();
            for (String sheet : List.of("概况", "工程量", "项目")) {
                rowsOf(book.getSheet(sheet)).forEach(r -> b.append(String.join("\t", r)).append('\n'));
            }
            return b.toString();
        }
    }

    private static String textOf(ExportFormat format, byte[] bytes) throws IOException {
        return switch (format) {
            case DOCX -> {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                    yield new XWPFWordExtractor(doc).getText();
                }
            }
            case XLSX -> {
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    StringBuilder b = new StringBuilder();
                    book.forEach(s -> rowsOf(s).forEach(r -> b.append(String.join("\t", r)).append('\n')));
                    yield b.toString();
                }
            }
            case PDF -> {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    yield new PDFTextStripper().getText(pdf);
                }
            }
            case CSV -> new String(bytes, StandardCharsets.UTF_8);
        };
    }

    private static List<List<String>> rowsOf(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros()
                        .toPlainString() : cell.toString());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!row.isEmpty() || !field.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
