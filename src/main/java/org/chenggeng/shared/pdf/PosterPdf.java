package org.chenggeng.shared.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.chenggeng.shared.pdf.PdfFonts.Face;

/**
 * A notice-board poster on one A4 or A3 page, laid out as the boards at a compound's gate are: a red band with the
 * heading, the title, the facts, the notice's text, and at the foot the QR code that opens the project's public page
 * beside the contacts. Every measure is given for A4 and scaled to the paper, so A3 prints the same board larger.
 * The QR code is drawn as vector squares (sharp at any size) with error correction M and a four-module quiet zone.
 * A text longer than the page holds ends with an ellipsis line; the whole text is on the page the code opens.
 */
public final class PosterPdf {

    private static final Color RED = new Color(0xB7, 0x1C, 0x1C);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final float A4_WIDTH = Poster.Paper.A4.width;

    private final Poster poster;
    private final float scale;
    private final float margin;
    private PdfFonts fonts;
    private PDPageContentStream out;
    private float y;

    private PosterPdf(Poster poster) {
        this.poster = poster;
        this.scale = poster.paper().width / A4_WIDTH;
        this.margin = 42 * scale;
    }

    /** The poster as a PDF document. */
    public static byte[] write(Poster poster) {
        try {
            return new PosterPdf(poster).render();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] render() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            fonts = PdfFonts.load(doc);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(poster.title());
            doc.setDocumentInformation(info);
            PDPage page = new PDPage(new PDRectangle(poster.paper().width, poster.paper().height));
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                out = stream;
                y = poster.paper().height;
                band();
                centred(poster.title(), Face.SANS, 22, true, 10);
                centred(poster.subtitle(), Face.SERIF, 12, false, 4);
                rule();
                lines(poster.facts(), 12);
                rule();
                text(footTop());
                foot();
            }
            fonts.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private float width() {
        return poster.paper().width - 2 * margin;
    }

    private void band() throws IOException {
        float height = 78 * scale;
        out.setNonStrokingColor(RED);
        out.addRect(0, y - height, poster.paper().width, height);
        out.fill();
        float size = 40 * scale;
        float tracking = 18 * scale;
        String heading = fonts.printable(Face.SANS, poster.heading());
        float w = fonts.width(Face.SANS, heading, size, tracking) - tracking;
        out.setNonStrokingColor(Color.WHITE);
        fonts.show(out, heading, Face.SANS, (poster.paper().width - w) / 2, y - height / 2 - size * 0.36f, size,
                tracking, true);
        out.setNonStrokingColor(Color.BLACK);
        y -= height + 20 * scale;
    }

    private void centred(String text, Face face, float points, boolean bold, float after) throws IOException {
        if (text.isBlank()) {
            return;
        }
        float size = points * scale;
        out.setNonStrokingColor(bold ? Color.BLACK : GREY);
        for (String line : fonts.wrap(face, fonts.printable(face, text), size, 0, width(), 0)) {
            y -= size * 1.25f;
            float w = fonts.width(face, line, size, 0);
            fonts.show(out, line, face, (poster.paper().width - w) / 2, y, size, 0, bold);
        }
        out.setNonStrokingColor(Color.BLACK);
        y -= after * scale;
    }

    private void rule() throws IOException {
        y -= 8 * scale;
        out.setStrokingColor(RED);
        out.setLineWidth(1.2f * scale);
        out.moveTo(margin, y);
        out.lineTo(poster.paper().width - margin, y);
        out.stroke();
        out.setStrokingColor(Color.BLACK);
        y -= 6 * scale;
    }

    /** Labels in a column of their own, values wrapped beside them. */
    private void lines(List<Poster.Line> lines, float points) throws IOException {
        float size = points * scale;
        float labelWidth = 0;
        for (Poster.Line l : lines) {
            labelWidth = Math.max(labelWidth, fonts.width(Face.SANS, fonts.printable(Face.SANS, l.label()), size, 0));
        }
        labelWidth = Math.min(labelWidth + 10 * scale, width() / 3);
        for (Poster.Line l : lines) {
            List<String> values = fonts.wrap(Face.SERIF, fonts.printable(Face.SERIF, l.value()), size, 0,
                    width() - labelWidth, 0);
            y -= size * 1.5f;
            fonts.show(out, fonts.printable(Face.SANS, l.label()), Face.SANS, margin, y, size, 0, true);
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    y -= size * 1.4f;
                }
                fonts.show(out, values.get(i), Face.SERIF, margin + labelWidth, y, size, 0, false);
            }
        }
    }

    /** The notice's text, paragraph by paragraph with a two-character indent, down to {@code floor}. */
    private void text(float floor) throws IOException {
        float size = 12.5f * scale;
        float leading = size * 1.6f;
        y -= 4 * scale;
        for (String paragraph : poster.text().split("\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            List<String> lines = fonts.wrap(Face.SERIF, fonts.printable(Face.SERIF, paragraph.strip()), size, 0,
                    width(), 2 * size);
            for (int i = 0; i < lines.size(); i++) {
                if (y - 2 * leading < floor) {
                    y -= leading;
                    fonts.show(out, "……", Face.SERIF, margin, y, size, 0, false);
                    return;
                }
                y -= leading;
                fonts.show(out, lines.get(i), Face.SERIF, margin + (i == 0 ? 2 * size : 0), y, size, 0, false);
            }
        }
    }

    private float qrSize() {
        return 150 * scale;
    }

    private float footTop() {
        return margin + 24 * scale + qrSize() + 16 * scale;
    }

    /** The QR code at the right, the invitation, its address and the contacts at the left, the footer below. */
    private void foot() throws IOException {
        float top = footTop();
        float qr = qrSize();
        float qrX = poster.paper().width - margin - qr;
        float qrY = top - 8 * scale - qr;
        qr(poster.url(), qrX, qrY, qr);
        out.setStrokingColor(RED);
        out.setLineWidth(1.2f * scale);
        out.addRect(margin, qrY - 6 * scale, width(), qr + 12 * scale);
        out.stroke();
        out.setStrokingColor(Color.BLACK);
        float left = margin + 12 * scale;
        float columnWidth = qrX - left - 12 * scale;
        y = top - 8 * scale;
        float size = 15 * scale;
        for (String line : fonts.wrap(Face.SANS, fonts.printable(Face.SANS, poster.scanHint()), size, 0, columnWidth, 0)) {
            y -= size * 1.4f;
            fonts.show(out, line, Face.SANS, left, y, size, 0, true);
        }
        float small = 8.5f * scale;
        out.setNonStrokingColor(GREY);
        for (String line : fonts.wrap(Face.SANS, fonts.printable(Face.SANS, poster.url()), small, 0, columnWidth, 0)) {
            y -= small * 1.4f;
            fonts.show(out, line, Face.SANS, left, y, small, 0, false);
        }
        out.setNonStrokingColor(Color.BLACK);
        if (!poster.contacts().isEmpty()) {
            float body = 11 * scale;
            y -= body * 0.8f;
            if (!poster.contactsTitle().isBlank()) {
                y -= body * 1.4f;
                fonts.show(out, fonts.printable(Face.SANS, poster.contactsTitle()), Face.SANS, left, y, body, 0, true);
            }
            for (Poster.Line c : poster.contacts()) {
                String line = fonts.printable(Face.SERIF, c.label() + "  " + c.value());
                for (String part : fonts.wrap(Face.SERIF, line, body, 0, columnWidth, 0)) {
                    if (y - body * 1.4f < qrY) {
                        break;
                    }
                    y -= body * 1.4f;
                    fonts.show(out, part, Face.SERIF, left, y, body, 0, false);
                }
            }
        }
        float size11 = 11 * scale;
        String footer = fonts.printable(Face.SERIF, poster.footer());
        float w = fonts.width(Face.SERIF, footer, size11, 0);
        fonts.show(out, footer, Face.SERIF, poster.paper().width - margin - w, margin, size11, 0, false);
    }

    /** The code's dark modules as filled squares, a run of neighbours in a row as one rectangle. */
    private void qr(String url, float x, float y0, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the address does not fit a QR code: " + url.length() + " characters", e);
        }
        int n = matrix.getWidth();
        float module = size / (n + 8);
        float left = x + 4 * module;
        float top = y0 + size - 4 * module;
        out.setNonStrokingColor(Color.WHITE);
        out.addRect(x, y0, size, size);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && matrix.get(col, row)) {
                    col++;
                }
                out.addRect(left + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        out.fill();
    }
}
