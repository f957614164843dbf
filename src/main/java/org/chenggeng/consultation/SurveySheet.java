package org.chenggeng.consultation;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.chenggeng.shared.pdf.PdfFonts;
import org.chenggeng.shared.pdf.PdfFonts.Face;
import org.chenggeng.shared.pdf.PdfWatermark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The door notices of a satisfaction round's codes: A4 pages of eight slips (two across, four down) with dashed lines
 * to cut along, each addressed as on the door (compound, building, unit, room) with the household's code in large
 * type and how to answer. In Noto Sans SC, embedded as a subset, so that any printer prints the Chinese. Every page
 * carries, light and diagonal, who printed it and when ({@link PdfWatermark}): the slips name households' rooms.
 */
final class SurveySheet {

    /** One household's slip. */
    record Slip(String compound, String building, String unit, String room, String code) {
    }

    /** The slip's words, in the record's language (Chinese), already filled in with the project and the round. */
    record Texts(String title, String project, String codeLabel, String howTo) {
    }

    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 10 * MM;
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float PAD = 6 * MM;

    private final PdfFonts fonts;

    private SurveySheet(PdfFonts fonts) {
        this.fonts = fonts;
    }

    static byte[] write(Texts texts, List<Slip> slips, String watermark) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(texts.title());
            try (PdfFonts fonts = PdfFonts.load(doc)) {
                SurveySheet sheet = new SurveySheet(fonts);
                PDRectangle a4 = PDRectangle.A4;
                float w = (a4.getWidth() - 2 * MARGIN) / COLUMNS;
                float h = (a4.getHeight() - 2 * MARGIN) / ROWS;
                for (int first = 0; first < slips.size(); first += COLUMNS * ROWS) {
                    PDPage page = new PDPage(a4);
                    doc.addPage(page);
                    try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                        sheet.cutLines(out, a4, w, h);
                        for (int i = first; i < Math.min(slips.size(), first + COLUMNS * ROWS); i++) {
                            int n = i - first;
                            float x = MARGIN + (n % COLUMNS) * w;
                            float top = a4.getHeight() - MARGIN - (n / COLUMNS) * h;
                            sheet.slip(out, texts, slips.get(i), x, top, w);
                        }
                    }
                }
                PdfWatermark.stamp(doc, fonts.font(Face.SANS), watermark);
                doc.save(bytes);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cutLines(PDPageContentStream out, PDRectangle page, float w, float h) throws IOException {
        out.setLineDashPattern(new float[]{4, 3}, 0);
        out.setLineWidth(0.5f);
        out.setStrokingColor(0.6f, 0.6f, 0.6f);
        out.addRect(MARGIN, MARGIN, page.getWidth() - 2 * MARGIN, page.getHeight() - 2 * MARGIN);
        for (int c = 1; c < COLUMNS; c++) {
            out.moveTo(MARGIN + c * w, MARGIN);
            out.lineTo(MARGIN + c * w, page.getHeight() - MARGIN);
        }
        for (int r = 1; r < ROWS; r++) {
            out.moveTo(MARGIN, MARGIN + r * h);
            out.lineTo(page.getWidth() - MARGIN, MARGIN + r * h);
        }
        out.stroke();
        out.setLineDashPattern(new float[]{}, 0);
        out.setStrokingColor(0f, 0f, 0f);
    }

    private void slip(PDPageContentStream out, Texts texts, Slip slip, float x, float top, float w)
            throws IOException {
        float left = x + PAD;
        float width = w - 2 * PAD;
        float y = top - PAD - 12;
        show(out, texts.title(), left, y, 12, true);
        y -= 14;
        for (String line : lines(texts.project(), 8, width, 2)) {
            show(out, line, left, y, 8, false);
            y -= 10.5f;
        }
        y -= 8;
        String door = String.join(" ", slip.compound(), slip.building(), slip.unit(), slip.room());
        for (String line : lines(door, 13, width, 2)) {
            show(out, line, left, y, 13, true);
            y -= 16;
        }
        y -= 6;
        show(out, texts.codeLabel(), left, y, 9, false);
        y -= 26;
        show(out, slip.code(), left, y, 24, true, 3);
        y -= 16;
        for (String line : lines(texts.howTo(), 8, width, 3)) {
            show(out, line, left, y, 8, false);
            y -= 10.5f;
        }
    }

    private List<String> lines(String text, float size, float width, int most) throws IOException {
        List<String> lines = fonts.wrap(Face.SANS, fonts.printable(Face.SANS, text), size, 0, width, 0);
        return lines.size() <= most ? lines : lines.subList(0, most);
    }

    private void show(PDPageContentStream out, String text, float x, float y, float size, boolean bold)
            throws IOException {
        show(out, text, x, y, size, bold, 0);
    }

    private void show(PDPageContentStream out, String text, float x, float y, float size, boolean bold,
                      float tracking) throws IOException {
        fonts.show(out, fonts.printable(Face.SANS, text), Face.SANS, x, y, size, tracking, bold);
    }
}
