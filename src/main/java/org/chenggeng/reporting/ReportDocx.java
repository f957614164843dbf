package org.chenggeng.reporting;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report as a Word document, the format such reports are written in. Every run names 宋体 (SimSun) for East
 * Asian text, so Word renders the Chinese with a Chinese font whatever the document's theme says.
 */
final class ReportDocx {

    static final String EAST_ASIAN_FONT = "宋体";
    private static final String LATIN_FONT = "Times New Roman";

    private ReportDocx() {
    }

    static void write(ReportContent content, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, content.title(), 18, true);
            for (String line : content.lines()) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, line, 10, false);
            }
            for (ReportContent.Section s : List.of(content.headline(), content.narrative(), content.quantities(),
                    content.consultation(), content.projects())) {
                run(doc.createParagraph(), s.heading(), 14, true);
                if (s.paragraph() != null) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setFirstLineIndent(480);
                    run(p, s.paragraph(), 12, false);
                }
                if (s.table() != null) {
                    table(doc, s.table(), content);
                }
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, ReportContent.Table table, ReportContent content) {
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.header().size());
        t.setWidth("100%");
        fill(t.getRow(0), table.header(), true, content);
        for (int r = 0; r < table.rows().size(); r++) {
            ReportContent.Row row = table.rows().get(r);
            fill(t.getRow(r + 1), row.cells(), row.subtotal(), content);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<?> cells, boolean bold, ReportContent content) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().getFirst();
            Object value = cells.get(c);
            if (value instanceof Number || value == null) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            run(p, ReportContent.text(value, content.locale()), 10, bold);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(EAST_ASIAN_FONT, XWPFRun.FontCharRange.eastAsia);
    }
}
