package org.chenggeng.reporting;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.chenggeng.reporting.OfficialDocx.BODY_FONT;
import static org.chenggeng.reporting.OfficialDocx.BODY_SIZE;
import static org.chenggeng.reporting.OfficialDocx.CHAR;
import static org.chenggeng.reporting.OfficialDocx.HEADING1_FONT;
import static org.chenggeng.reporting.OfficialDocx.HEADING2_FONT;
import static org.chenggeng.reporting.OfficialDocx.TITLE_FONT;
import static org.chenggeng.reporting.OfficialDocx.TITLE_SIZE;
import static org.chenggeng.reporting.OfficialDocx.run;

/**
 * The report as a Word document in the officials' own format (GB/T 9704-2012, see {@link OfficialDocx}): the
 * title, the scope and period under it in 楷体, each section under its heading in 黑体, the
 * narrative as a body paragraph indented two characters, tables whose header row repeats on every page, and the
 * issuing unit with the date at the end, the date four characters in from the right and the unit centred over it.
 */
final class ReportDocx {

    private static final int TABLE_SIZE = 12;

    private ReportDocx() {
    }

    static void write(ReportContent content, OutputStream out) {
        write(content, PhotoAppendix.NONE, out);
    }

    /**
     * The report followed by its photo appendix, if any: then the package goes through a temporary file, where each
     * photo's stand-in is replaced by its JPEG ({@link DocxPhotos}).
     */
    static void write(ReportContent content, PhotoAppendix appendix, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            OfficialDocx.setUp(doc);
            XWPFParagraph title = paragraph(doc, "Title", ParagraphAlignment.CENTER);
            run(title, content.title(), TITLE_FONT, TITLE_SIZE, false);
            for (String line : content.lines()) {
                OfficialDocx.body(paragraph(doc, "Heading2", ParagraphAlignment.CENTER), line, HEADING2_FONT);
            }
            paragraph(doc, null, ParagraphAlignment.LEFT);
            for (ReportContent.Section s : content.sections()) {
                XWPFParagraph heading = paragraph(doc, "Heading1", ParagraphAlignment.LEFT);
                heading.setIndentationFirstLine(2 * CHAR);
                OfficialDocx.body(heading, s.heading(), HEADING1_FONT);
                if (s.paragraph() != null) {
                    XWPFParagraph p = paragraph(doc, null, ParagraphAlignment.BOTH);
                    p.setIndentationFirstLine(2 * CHAR);
                    OfficialDocx.body(p, s.paragraph(), BODY_FONT);
                }
                if (s.table() != null) {
                    table(doc, s.table(), content);
                }
            }
            signature(doc, content);
            if (appendix.isEmpty()) {
                doc.write(out);
                return;
            }
            DocxPhotos photos = new DocxPhotos();
            photos.add(doc, appendix);
            Path written = Files.createTempFile("report", ".docx");
            try {
                try (OutputStream file = Files.newOutputStream(written)) {
                    doc.write(file);
                }
                photos.copy(written, appendix.photos(), out);
            } finally {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.setAlignment(alignment);
        OfficialDocx.onGrid(p);
        return p;
    }

    /** Two blank lines, the issuing unit centred over the date, the date four characters in from the right. */
    private static void signature(XWPFDocument doc, ReportContent content) {
        paragraph(doc, null, ParagraphAlignment.LEFT);
        paragraph(doc, null, ParagraphAlignment.LEFT);
        int dateIndent = 4 * CHAR;
        int unitIndent = Math.max(0, dateIndent + (content.issued().length() - content.issuer().length()) * CHAR / 2);
        XWPFParagraph unit = paragraph(doc, null, ParagraphAlignment.RIGHT);
        unit.setIndentationRight(unitIndent);
        OfficialDocx.body(unit, content.issuer(), BODY_FONT);
        XWPFParagraph date = paragraph(doc, null, ParagraphAlignment.RIGHT);
        date.setIndentationRight(dateIndent);
        OfficialDocx.body(date, content.issued(), BODY_FONT);
    }

    private static void table(XWPFDocument doc, ReportContent.Table table, ReportContent content) {
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.header().size());
        t.setWidth("100%");
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        fill(header, table.header(), HEADING1_FONT, content);
        for (int r = 0; r < table.rows().size(); r++) {
            ReportContent.Row row = table.rows().get(r);
            XWPFTableRow tableRow = t.getRow(r + 1);
            tableRow.setCantSplitRow(true);
            fill(tableRow, row.cells(), row.subtotal() ? HEADING1_FONT : BODY_FONT, content);
        }
        paragraph(doc, null, ParagraphAlignment.LEFT);
    }

    private static void fill(XWPFTableRow row, List<?> cells, String font, ReportContent content) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().getFirst();
            OfficialDocx.offGrid(p);
            Object value = cells.get(c);
            p.setAlignment(value instanceof Number || value == null ? ParagraphAlignment.RIGHT
                    : ParagraphAlignment.LEFT);
            run(p, ReportContent.text(value, content.locale()), font, TABLE_SIZE, false);
        }
    }
}
