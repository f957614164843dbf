package org.chenggeng.reporting;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as PDF, written with PDFBox and the bundled Noto Sans SC (a TrueType-outline font, embedded as a subset,
 * so Chinese never renders as boxes whatever the reader has installed). Same content as the Word document: headings,
 * the lines on scope and period, the narrative wrapped to the page, and the tables with wrapping cells.
 */
final class ReportPdf {

    static final String FONT = "/fonts/NotoSansSC-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float LEADING = 1.45f;
    private static volatile byte[] fontBytes;

    private final PDDocument doc;
    private final PDType0Font font;
    private final TrueTypeFont ttf;
    private PDPage page;
    private PDPageContentStream out;
    private float y;

    private ReportPdf(PDDocument doc, TrueTypeFont ttf) throws IOException {
        this.doc = doc;
        this.ttf = ttf;
        this.font = PDType0Font.load(doc, ttf, true);
    }

    static void write(ReportContent content, OutputStream to) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font()));
             PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(content.title());
            ReportPdf pdf = new ReportPdf(doc, ttf);
            pdf.render(content);
            pdf.out.close();
            doc.save(to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font() throws IOException {
        if (fontBytes == null) {
            try (InputStream in = ReportPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("missing " + FONT);
                }
                fontBytes = in.readAllBytes();
            }
        }
        return fontBytes;
    }

    private void render(ReportContent content) throws IOException {
        newPage();
        centred(content.title(), 18);
        for (String line : content.lines()) {
            centred(line, 9);
        }
        y -= 8;
        for (ReportContent.Section s : List.of(content.headline(), content.narrative(), content.quantities(),
                content.consultation(), content.projects())) {
            y -= 6;
            paragraph(s.heading(), 13, 0);
            if (s.paragraph() != null) {
                paragraph(s.paragraph(), 11, 22);
            }
            if (s.table() != null) {
                table(s.table(), content);
            }
        }
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void room(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void centred(String text, float size) throws IOException {
        String safe = printable(text);
        float w = font.getStringWidth(safe) / 1000 * size;
        room(size * LEADING);
        y -= size * LEADING;
        show(safe, MARGIN + Math.max(0, (width() - w) / 2), y, size);
    }

    private void paragraph(String text, float size, float indent) throws IOException {
        List<String> lines = wrap(printable(text), size, width(), indent);
        for (int i = 0; i < lines.size(); i++) {
            room(size * LEADING);
            y -= size * LEADING;
            show(lines.get(i), MARGIN + (i == 0 ? indent : 0), y, size);
        }
        y -= size * 0.4f;
    }

    /** Columns share the width by their longest content, each at least a sixth of an even share. */
    private void table(ReportContent.Table table, ReportContent content) throws IOException {
        float size = 8.5f;
        int n = table.header().size();
        float[] weights = new float[n];
        List<List<String>> texts = new ArrayList<>();
        texts.add(table.header().stream().map(this::printable).toList());
        for (ReportContent.Row r : table.rows()) {
            texts.add(r.cells().stream().map(c -> printable(ReportContent.text(c, content.locale()))).toList());
        }
        for (List<String> row : texts) {
            for (int c = 0; c < n; c++) {
                weights[c] = Math.max(weights[c], Math.min(font.getStringWidth(row.get(c)) / 1000 * size, 160) + 8);
            }
        }
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float[] widths = new float[n];
        for (int c = 0; c < n; c++) {
            widths[c] = Math.max(weights[c], total / n / 6) / total * width();
        }
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        for (int c = 0; c < n; c++) {
            widths[c] = widths[c] / sum * width();
        }
        for (int r = 0; r < texts.size(); r++) {
            row(texts.get(r), widths, size, r == 0 || table.rows().get(r - 1).subtotal(),
                    r == 0 ? null : table.rows().get(r - 1).cells());
        }
        y -= 8;
    }

    private void row(List<String> cells, float[] widths, float size, boolean shaded, List<Object> values)
            throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> w = wrap(cells.get(c), size, widths[c] - 6, 0);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float height = lines * size * LEADING + 4;
        room(height);
        float x = MARGIN;
        if (shaded) {
            out.setNonStrokingColor(0.92f, 0.92f, 0.92f);
            out.addRect(MARGIN, y - height, width(), height);
            out.fill();
            out.setNonStrokingColor(0f, 0f, 0f);
        }
        out.setLineWidth(0.4f);
        for (int c = 0; c < cells.size(); c++) {
            out.addRect(x, y - height, widths[c], height);
            out.stroke();
            boolean right = values != null && (values.get(c) instanceof Number || values.get(c) == null);
            float ly = y - 2;
            for (String line : wrapped.get(c)) {
                ly -= size * LEADING;
                float lx = right ? x + widths[c] - 3 - font.getStringWidth(line) / 1000 * size : x + 3;
                show(line, lx, ly + size * 0.3f, size);
            }
            x += widths[c];
        }
        y -= height;
    }

    private void show(String text, float x, float baseline, float size) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    /** Breaks at spaces where there are any and between any two Chinese characters, as Chinese typesetting does. */
    private List<String> wrap(String text, float size, float width, float firstIndent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lastSpace = -1;
        float available = width - firstIndent;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            line.appendCodePoint(cp);
            if (cp == ' ') {
                lastSpace = line.length();
            }
            if (font.getStringWidth(line.toString()) / 1000 * size > available && line.length() > 1) {
                String full = line.toString();
                int cut = lastSpace > 0 && cp < 0x2E80 ? lastSpace : full.length() - Character.charCount(cp);
                lines.add(full.substring(0, cut).stripTrailing());
                line = new StringBuilder(full.substring(cut));
                lastSpace = -1;
                available = width;
            }
            i += Character.charCount(cp);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Characters the font lacks would stop PDFBox; they become a question mark instead. */
    private String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            try {
                b.appendCodePoint(cp == '\n' || cp == '\t' ? ' '
                        : ttf.getUnicodeCmapLookup().getGlyphId(cp) > 0 ? cp : '?');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return b.toString();
    }
}
