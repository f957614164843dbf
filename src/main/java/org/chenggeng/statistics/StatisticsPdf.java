package org.chenggeng.statistics;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.chenggeng.shared.pdf.PdfFonts;
import org.chenggeng.shared.pdf.PdfFonts.Face;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.chenggeng.statistics.StatisticsXlsx.Column;

/**
 * The form as the provincial forms print it: A4 landscape, the title with the region and month, the reporting unit,
 * period and date beneath it; then the columns in parts of whole groups that fit the page's width (年度计划 with
 * 实施情况, 投资 by source, 主要工程量 with 对照计划), each a table whose two header rows (the groups over their
 * columns, then the headings) are drawn again on every page it runs onto, a row per sub-region and the total row;
 * the regions without an accepted submission below; "第 1 页 共 3 页" on every page. The fonts are the report's
 * (Noto Sans SC for headings, Noto Serif SC for the rest), embedded as subsets.
 */
final class StatisticsPdf {

    /** What the title block says, in the reader's language. */
    record TitleBlock(String title, String unit, String period, String date, String missing, String pageOf) {
    }

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 15 * MM;
    private static final float BOTTOM = 18 * MM;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TITLE = 16;
    private static final float INFO = 9.5f;
    private static final float CELL = 7.5f;
    private static final float LEADING = 1.3f;
    private static final float PAD = 2.5f;
    private static final float REGION_COLUMN = 78;
    /** The most data columns a part holds before its cells grow too narrow for a yuan amount at 7.5 pt. */
    static final int MAX_COLUMNS = 13;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream out;
    private float y;

    private StatisticsPdf(PDDocument doc) throws IOException {
        this.doc = doc;
        this.fonts = PdfFonts.load(doc);
    }

    static byte[] write(TitleBlock block, String regionHeading, String totalLabel, StatisticsForm form,
                        List<Column> columns, Function<Object, String> format) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(block.title());
            StatisticsPdf pdf = new StatisticsPdf(doc);
            // The fonts stay open until the document is saved: their subsets are cut then.
            try (PdfFonts open = pdf.fonts) {
                pdf.newPage();
                pdf.titleBlock(block);
                List<FormRow> rows = new ArrayList<>(form.rows());
                rows.add(form.total());
                for (List<Column> part : parts(columns)) {
                    pdf.table(regionHeading, totalLabel, rows, part, format);
                }
                if (!block.missing().isEmpty()) {
                    pdf.note(block.missing());
                }
                pdf.out.close();
                pdf.pageNumbers(block.pageOf());
                doc.save(bytes);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns in runs of whole groups, as many groups to a part as fit {@link #MAX_COLUMNS}. */
    static List<List<Column>> parts(List<Column> columns) {
        List<List<Column>> groups = new ArrayList<>();
        for (Column c : columns) {
            if (groups.isEmpty() || !groups.getLast().getFirst().group().equals(c.group())) {
                groups.add(new ArrayList<>());
            }
            groups.getLast().add(c);
        }
        List<List<Column>> parts = new ArrayList<>();
        for (List<Column> group : groups) {
            if (parts.isEmpty() || parts.getLast().size() + group.size() > MAX_COLUMNS) {
                parts.add(new ArrayList<>());
            }
            parts.getLast().addAll(group);
        }
        return parts;
    }

    private void titleBlock(TitleBlock block) throws IOException {
        String title = fonts.printable(Face.SERIF, block.title());
        y -= TITLE * 1.4f;
        show(title, Face.SERIF, MARGIN + Math.max(0, (WIDTH - width(Face.SERIF, title, TITLE)) / 2), y, TITLE, true);
        y -= INFO * 2.2f;
        String unit = fonts.printable(Face.SERIF, block.unit());
        String period = fonts.printable(Face.SERIF, block.period());
        String date = fonts.printable(Face.SERIF, block.date());
        show(unit, Face.SERIF, MARGIN, y, INFO, false);
        show(period, Face.SERIF, MARGIN + (WIDTH - width(Face.SERIF, period, INFO)) / 2, y, INFO, false);
        show(date, Face.SERIF, MARGIN + WIDTH - width(Face.SERIF, date, INFO), y, INFO, false);
        y -= INFO;
    }

    /** One part of the columns: both header rows, the rows, the total; the header rows again on every new page. */
    private void table(String regionHeading, String totalLabel, List<FormRow> rows, List<Column> part,
                       Function<Object, String> format) throws IOException {
        float[] widths = new float[part.size() + 1];
        widths[0] = REGION_COLUMN;
        for (int c = 1; c < widths.length; c++) {
            widths[c] = (WIDTH - REGION_COLUMN) / part.size();
        }
        List<List<String>> body = new ArrayList<>();
        for (FormRow row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(row == rows.getLast() ? totalLabel : row.name());
            for (Column c : part) {
                cells.add(format.apply(c.value().apply(row)));
            }
            body.add(cells);
        }
        y -= 8;
        float header = headerHeight(regionHeading, part, widths);
        if (y - header - rowHeight(body.getFirst(), widths, Face.SERIF) < BOTTOM) {
            newPage();
        }
        header(regionHeading, part, widths);
        for (int r = 0; r < body.size(); r++) {
            boolean total = r == body.size() - 1;
            Face face = total ? Face.SANS : Face.SERIF;
            float height = rowHeight(body.get(r), widths, face);
            if (y - height < BOTTOM) {
                newPage();
                header(regionHeading, part, widths);
            }
            row(body.get(r), widths, face, total, height);
        }
    }

    private float headerHeight(String regionHeading, List<Column> part, float[] widths) throws IOException {
        return groupHeight(part, widths) + rowHeight(headings(regionHeading, part), widths, Face.SANS);
    }

    private static List<String> headings(String regionHeading, List<Column> part) {
        List<String> headings = new ArrayList<>();
        headings.add(regionHeading);
        part.forEach(c -> headings.add(c.heading()));
        return headings;
    }

    /** The group row: each group's name centred over its columns, the region column left open (it spans both rows). */
    private float groupHeight(List<Column> part, float[] widths) throws IOException {
        float max = 0;
        int start = 0;
        while (start < part.size()) {
            int end = groupEnd(part, start);
            float w = spanned(widths, start, end);
            max = Math.max(max, lines(Face.SANS, part.get(start).group(), w).size());
            start = end;
        }
        return max * CELL * LEADING + 2 * PAD;
    }

    /** The width of the part's columns from {@code start} up to {@code end}, past the region column. */
    private static float spanned(float[] widths, int start, int end) {
        float w = 0;
        for (int c = start; c < end; c++) {
            w += widths[c + 1];
        }
        return w;
    }

    private static int groupEnd(List<Column> part, int start) {
        int end = start + 1;
        while (end < part.size() && part.get(end).group().equals(part.get(start).group())) {
            end++;
        }
        return end;
    }

    private void header(String regionHeading, List<Column> part, float[] widths) throws IOException {
        float groups = groupHeight(part, widths);
        List<String> headings = headings(regionHeading, part);
        float second = rowHeight(headings, widths, Face.SANS);
        float top = y;
        shade(MARGIN, top - groups - second, WIDTH, groups + second);
        cell(List.of(fonts.printable(Face.SANS, regionHeading)), Face.SANS, MARGIN, top, widths[0], groups + second,
                true);
        float x = MARGIN + widths[0];
        int start = 0;
        while (start < part.size()) {
            int end = groupEnd(part, start);
            float w = spanned(widths, start, end);
            cell(lines(Face.SANS, part.get(start).group(), w), Face.SANS, x, top, w, groups, true);
            x += w;
            start = end;
        }
        x = MARGIN + widths[0];
        for (int c = 1; c < headings.size(); c++) {
            cell(lines(Face.SANS, headings.get(c), widths[c]), Face.SANS, x, top - groups, widths[c], second, true);
            x += widths[c];
        }
        y = top - groups - second;
    }

    private void row(List<String> cells, float[] widths, Face face, boolean total, float height) throws IOException {
        if (total) {
            shade(MARGIN, y - height, WIDTH, height);
        }
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            cell(lines(face, cells.get(c), widths[c]), face, x, y, widths[c], height, false, c > 0);
            x += widths[c];
        }
        y -= height;
    }

    private float rowHeight(List<String> cells, float[] widths, Face face) throws IOException {
        int max = 1;
        for (int c = 0; c < cells.size(); c++) {
            max = Math.max(max, lines(face, cells.get(c), widths[c]).size());
        }
        return max * CELL * LEADING + 2 * PAD;
    }

    private List<String> lines(Face face, String text, float width) throws IOException {
        return fonts.wrap(face, fonts.printable(face, text), CELL, 0, width - 2 * PAD, 0);
    }

    private void cell(List<String> lines, Face face, float x, float top, float w, float h, boolean centred)
            throws IOException {
        cell(lines, face, x, top, w, h, centred, false);
    }

    /** A bordered cell; its lines centred (headings), on the right (numbers) or on the left, in the middle. */
    private void cell(List<String> lines, Face face, float x, float top, float w, float h, boolean centred,
                      boolean right) throws IOException {
        out.setLineWidth(0.4f);
        out.addRect(x, top - h, w, h);
        out.stroke();
        float block = lines.size() * CELL * LEADING;
        float baseline = top - (h - block) / 2 - CELL * LEADING + CELL * 0.3f;
        for (String line : lines) {
            float lw = width(face, line, CELL);
            float lx = centred ? x + (w - lw) / 2 : right ? x + w - PAD - lw : x + PAD;
            show(line, face, lx, baseline, CELL, false);
            baseline -= CELL * LEADING;
        }
    }

    private void shade(float x, float bottom, float w, float h) throws IOException {
        out.setNonStrokingColor(0.92f, 0.92f, 0.92f);
        out.addRect(x, bottom, w, h);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    private void note(String text) throws IOException {
        List<String> lines = fonts.wrap(Face.SERIF, fonts.printable(Face.SERIF, text), INFO, 0, WIDTH, 0);
        y -= INFO * 0.8f;
        for (String line : lines) {
            if (y - INFO * 1.5f < BOTTOM) {
                newPage();
            }
            y -= INFO * 1.5f;
            show(line, Face.SERIF, MARGIN, y, INFO, false);
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN;
    }

    /** "第 n 页 共 m 页" centred below the text of every page, once the number of pages is known. */
    private void pageNumbers(String pattern) throws IOException {
        int count = doc.getNumberOfPages();
        for (int n = 1; n <= count; n++) {
            String text = fonts.printable(Face.SERIF, java.text.MessageFormat.format(pattern, n, count));
            try (PDPageContentStream page = new PDPageContentStream(doc, doc.getPage(n - 1),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = page;
                show(text, Face.SERIF, MARGIN + (WIDTH - width(Face.SERIF, text, INFO)) / 2, BOTTOM - 9 * MM, INFO,
                        false);
            }
        }
    }

    private float width(Face face, String text, float size) throws IOException {
        return fonts.width(face, text, size, 0);
    }

    private void show(String text, Face face, float x, float baseline, float size, boolean bold) throws IOException {
        fonts.show(out, text, face, x, baseline, size, 0, bold);
    }
}
