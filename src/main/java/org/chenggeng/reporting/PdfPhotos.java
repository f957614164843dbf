package org.chenggeng.reporting;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;

import static org.chenggeng.shared.pdf.PdfFonts.Face;

/**
 * The photo appendix in the PDF, on a new page: per work item its name, then its 施工前 and 施工后 photos side by side,
 * each scaled into half the text width and at most 48 mm high (three items to a page), over its caption. Each photo is
 * the display-size JPEG, embedded as it is (DCT, never decoded), opened, drawn and let go one at a time; the document
 * keeps its streams in a temporary file ({@link ReportPdf}), so heap does not grow with the number of photos.
 */
final class PdfPhotos {

    private static final float GAP = 6 * ReportPdf.MM;
    private static final float MAX_HEIGHT = 48 * ReportPdf.MM;
    private static final float CAPTION = 10.5f;
    private static final float DETAIL = 9;

    private final ReportPdf pdf;
    private final PhotoAppendix appendix;

    PdfPhotos(ReportPdf pdf, PhotoAppendix appendix) {
        this.pdf = pdf;
        this.appendix = appendix;
    }

    void draw() throws IOException {
        pdf.newPage();
        pdf.paragraph(appendix.heading(), Face.SANS, 0);
        int n = 0;
        for (PhotoAppendix.Item item : appendix.items()) {
            item(++n + ". " + item.name(), item);
        }
        if (appendix.missing() != null) {
            pdf.down(ReportPdf.LINE / 2);
            pdf.paragraph(appendix.missing(), Face.SERIF, 2 * ReportPdf.BODY);
        }
    }

    private void item(String name, PhotoAppendix.Item item) throws IOException {
        float column = (ReportPdf.tableWidth() - GAP) / 2;
        float box = Math.max(height(item.before(), column), height(item.after(), column));
        int nameLines = pdf.fonts().wrap(Face.SANS, pdf.fonts().printable(Face.SANS, name), ReportPdf.BODY,
                ReportPdf.TRACKING, ReportPdf.tableWidth(), 0).size();
        float captions = CAPTION * 1.5f + DETAIL * 1.5f + 8;
        pdf.room(nameLines * ReportPdf.LINE + box + captions + 4);
        pdf.paragraph(name, Face.SANS, 0);
        pdf.down(4);
        float top = pdf.y();
        side(item.before(), ReportPdf.left(), column, top, box);
        side(item.after(), ReportPdf.left() + column + GAP, column, top, box);
        pdf.down(box + captions);
    }

    /** The height a side's photo takes in a column; a side without a photo takes the width's three quarters. */
    private static float height(PhotoAppendix.Side side, float column) {
        if (!side.hasPhoto()) {
            return column * 3 / 4 > MAX_HEIGHT ? MAX_HEIGHT : column * 3 / 4;
        }
        return Math.min(MAX_HEIGHT, column * side.height() / side.width());
    }

    private void side(PhotoAppendix.Side side, float x, float column, float top, float box) throws IOException {
        PDPageContentStream out = pdf.out();
        if (side.hasPhoto()) {
            PDImageXObject image;
            try (InputStream in = appendix.photos().open(side.token())) {
                image = JPEGFactory.createFromStream(pdf.doc(), in);
            }
            float scale = Math.min(column / image.getWidth(), MAX_HEIGHT / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            out.drawImage(image, x + (column - w) / 2, top - h, w, h);
        } else {
            out.setStrokingColor(new Color(170, 170, 170));
            out.setLineWidth(0.5f);
            out.addRect(x, top - box, column, box);
            out.stroke();
            out.setStrokingColor(Color.BLACK);
            centred(side.absent(), Face.SERIF, CAPTION, x, column, top - box / 2 - CAPTION / 3);
        }
        float baseline = top - box - CAPTION * 1.4f;
        centred(side.caption(), Face.SANS, CAPTION, x, column, baseline);
        if (side.detail() != null) {
            centred(side.detail(), Face.SERIF, DETAIL, x, column, baseline - DETAIL * 1.6f);
        }
    }

    private void centred(String text, Face face, float size, float x, float column, float baseline)
            throws IOException {
        String safe = pdf.fonts().printable(face, text);
        float w = pdf.fonts().width(face, safe, size, 0);
        pdf.show(safe, face, x + Math.max(0, (column - w) / 2), baseline, size, 0, false);
    }
}
