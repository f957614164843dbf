package org.chenggeng.reporting;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.chenggeng.shared.pdf.PdfFonts.Face;

/**
 * A report table in the PDF: columns share the width by their longest content (each at least a sixth of an even
 * share), cells wrap, numbers sit on the right, subtotals are shaded, and the header row is drawn again at the top
 * of every page the table runs onto.
 */
final class PdfTable {

    private final ReportPdf pdf;
    private final ReportContent.Table table;
    private final List<List<String>> texts = new ArrayList<>();
    private final float size = ReportPdf.cellSize();

    PdfTable(ReportPdf pdf, ReportContent.Table table, Locale locale) {
        this.pdf = pdf;
        this.table = table;
        texts.add(table.header().stream().map(h -> pdf.fonts().printable(Face.SANS, h)).toList());
        for (ReportContent.Row r : table.rows()) {
            texts.add(r.cells().stream().map(c -> pdf.fonts().printable(Face.SERIF, ReportContent.text(c, locale)))
                    .toList());
        }
    }

    void draw() throws IOException {
        float[] widths = widths();
        pdf.down(4);
        row(0, widths);
        for (int r = 1; r < texts.size(); r++) {
            if (room(r, widths)) {
                row(0, widths);
            }
            row(r, widths);
        }
        pdf.down(8);
    }

    private float[] widths() throws IOException {
        int n = table.header().size();
        float[] weights = new float[n];
        for (List<String> row : texts) {
            for (int c = 0; c < n; c++) {
                weights[c] = Math.max(weights[c], Math.min(pdf.fonts().width(Face.SERIF, row.get(c), size, 0), 160) + 8);
            }
        }
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float[] widths = new float[n];
        float sum = 0;
        for (int c = 0; c < n; c++) {
            widths[c] = Math.max(weights[c], total / n / 6);
            sum += widths[c];
        }
        for (int c = 0; c < n; c++) {
            widths[c] = widths[c] / sum * ReportPdf.tableWidth();
        }
        return widths;
    }

    private Face face(int r) {
        return r == 0 ? Face.SANS : Face.SERIF;
    }

    private List<List<String>> wrapped(int r, float[] widths) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            wrapped.add(pdf.fonts().wrap(face(r), texts.get(r).get(c), size, 0, widths[c] - 6, 0));
        }
        return wrapped;
    }

    private float height(List<List<String>> wrapped) {
        int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
        return lines * size * ReportPdf.cellLeading() + 4;
    }

    /** Makes room for row {@code r}; true when that took a new page (which then needs the header again). */
    private boolean room(int r, float[] widths) throws IOException {
        return pdf.room(height(wrapped(r, widths)));
    }

    private void row(int r, float[] widths) throws IOException {
        List<List<String>> wrapped = wrapped(r, widths);
        float height = height(wrapped);
        pdf.room(height);
        PDPageContentStream out = pdf.out();
        float top = pdf.y();
        float x = ReportPdf.left();
        boolean shaded = r == 0 || table.rows().get(r - 1).subtotal();
        if (shaded) {
            out.setNonStrokingColor(0.92f, 0.92f, 0.92f);
            out.addRect(x, top - height, ReportPdf.tableWidth(), height);
            out.fill();
            out.setNonStrokingColor(0f, 0f, 0f);
        }
        out.setLineWidth(0.4f);
        for (int c = 0; c < widths.length; c++) {
            out.addRect(x, top - height, widths[c], height);
            out.stroke();
            Object value = r == 0 ? "" : table.rows().get(r - 1).cells().get(c);
            boolean right = value instanceof Number || value == null;
            float ly = top - 2;
            for (String line : wrapped.get(c)) {
                ly -= size * ReportPdf.cellLeading();
                float lx = right ? x + widths[c] - 3 - pdf.fonts().width(face(r), line, size, 0) : x + 3;
                pdf.show(line, face(r), lx, ly + size * 0.3f, size, 0, false);
            }
            x += widths[c];
        }
        pdf.down(height);
    }
}
