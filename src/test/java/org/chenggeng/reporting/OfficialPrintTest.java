package org.chenggeng.reporting;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.region.RegionService;
import org.chenggeng.shared.pdf.PdfFonts;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The PDF read back with PDFBox keeps the official layout (margins, sizes, 28 characters a line, numbered pages,
 * table headers on every page, embedded OFL fonts); the workbook read back with POI wraps the narrative and prints
 * every sheet on A4 with its header row repeated. Both are left in target/official for a look.
 */
@ChenggengTest
class OfficialPrintTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ReportExportService exports;
    @Autowired
    RegionService regions;
    @Autowired
    TestUsers as;

    private byte[] street(ExportFormat format) throws Exception {
        return StreetExports.export(exports, regions, as, format, "report-export");
    }

    /** Every glyph of a page with its position, and the page's text. */
    private static final class Glyphs extends PDFTextStripper {
        final List<TextPosition> positions = new ArrayList<>();

        @Override
        protected void processTextPosition(TextPosition text) {
            positions.add(text);
            super.processTextPosition(text);
        }

        static Glyphs of(PDDocument pdf, int page) throws Exception {
            Glyphs g = new Glyphs();
            g.setStartPage(page);
            g.setEndPage(page);
            g.getText(pdf);
            return g;
        }

        String text() {
            StringBuilder b = new StringBuilder();
            positions.forEach(p -> b.append(p.getUnicode()));
            return b.toString();
        }
    }

    @Test
    void thePdfKeepsTheMarginsTheSizesAndTwentyEightCharactersALine() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(street(ExportFormat.PDF))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            float mm = 72f / 25.4f;
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                PDPage page = pdf.getPage(p - 1);
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
                Glyphs g = Glyphs.of(pdf, p);
                assertThat(g.text()).contains("— " + p + " —");
                for (TextPosition t : g.positions) {
                    assertThat(t.getXDirAdj()).as(t.getUnicode()).isGreaterThanOrEqualTo(28 * mm - 0.5f);
                    assertThat(t.getXDirAdj() + t.getWidthDirAdj()).as(t.getUnicode())
                            .isLessThanOrEqualTo(page.getMediaBox().getWidth() - 26 * mm + 0.5f);
                    assertThat(t.getYDirAdj()).as(t.getUnicode()).isGreaterThanOrEqualTo(37 * mm);
                }
            }
            Glyphs first = Glyphs.of(pdf, 1);
            TextPosition title = first.positions.get(first.text().indexOf("城市更新改造工作报告"));
            assertThat(title.getFontSizeInPt()).isCloseTo(22f, within(0.01f));
            List<TextPosition> body = new ArrayList<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                Glyphs g = Glyphs.of(pdf, p);
                int start = g.text().indexOf("更新中，共治理");
                if (start >= 0) {
                    body = g.positions.subList(start, start + 20);
                }
            }
            assertThat(body).isNotEmpty();
            float pitch = body.get(9).getXDirAdj() - body.get(8).getXDirAdj();
            assertThat(pitch * 28).isCloseTo(156 * mm, within(1f));
            assertThat(body.getFirst().getFontSizeInPt()).isCloseTo(16f, within(0.01f));
        }
    }

    @Test
    void thePdfRepeatsTableHeadersOnEveryPageAndEmbedsItsFonts() throws Exception {
        List<ReportContent.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(ReportContent.Row.of("第" + i + "行", i));
        }
        ReportContent.Section empty = new ReportContent.Section("一、空", "正文。", null);
        ReportContent content = new ReportContent(ZH, "长表测试", List.of("范围：测试"), empty, empty,
                new ReportContent.Section("二、长表", null, new ReportContent.Table(List.of("表头甲", "表头乙"), rows)),
                empty, empty, "测试单位", "2026年12月1日");
        var out = new java.io.ByteArrayOutputStream();
        ReportPdf.write(content, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int withRows = 0;
            int withHeader = 0;
            Set<String> fonts = new TreeSet<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                String text = Glyphs.of(pdf, p).text();
                if (text.matches("(?s).*第\\d+行.*")) {
                    withRows++;
                    withHeader += text.contains("表头甲表头乙") ? 1 : 0;
                }
                for (var name : pdf.getPage(p - 1).getResources().getFontNames()) {
                    var font = pdf.getPage(p - 1).getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(withRows).isGreaterThan(2);
            assertThat(withHeader).isEqualTo(withRows);
            assertThat(Glyphs.of(pdf, pdf.getNumberOfPages()).text()).contains("测试单位", "2026年12月1日");
            assertThat(fonts).anySatisfy(f -> assertThat(f).contains("NotoSansSC"))
                    .anySatisfy(f -> assertThat(f).contains("NotoSerifSC"));
        }
    }

    @Test
    void theWorkbookWrapsTheNarrativeAndPrintsEverySheetOnA4WithItsHeaderRow() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(street(ExportFormat.XLSX)))) {
            Sheet overview = book.getSheetAt(0);
            Cell narrative = null;
            for (Row row : overview) {
                Cell c = row.getCell(0);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && c.getStringCellValue().contains("更新中，共")) {
                    narrative = c;
                }
            }
            assertThat(narrative).isNotNull();
            assertThat(narrative.getCellStyle().getWrapText()).isTrue();
            assertThat(narrative.getRow().getHeightInPoints()).isGreaterThan(3 * 15f);
            int at = narrative.getRowIndex();
            assertThat(overview.getMergedRegions()).anySatisfy(r -> assertThat(r.isInRange(at, 1)).isTrue());
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                Sheet sheet = book.getSheetAt(s);
                assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName())
                        .isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
            }
            assertThat(book.getSheetAt(3).getRepeatingRows().formatAsString()).isEqualTo("1:1");
        }
    }

    @Test
    void aLineBreaksNeitherInsideANumberNorBeforeClosingPunctuation() {
        assertThat(PdfFonts.breakBefore("改造供水管网3200米", 7)).isEqualTo(6);
        assertThat(PdfFonts.breakBefore("清淘39座化粪池、1327", 8)).isEqualTo(7);
        assertThat(PdfFonts.breakBefore("长度1,742米", 5)).isEqualTo(2);
        assertThat(PdfFonts.breakBefore("治理社区", 2)).isEqualTo(2);
    }
}
