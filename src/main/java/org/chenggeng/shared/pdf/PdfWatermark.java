package org.chenggeng.shared.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;

/**
 * Marks every page of a PDF that carries residents' personal data with who downloaded it and when (the words of
 * {@link org.chenggeng.shared.xlsx.XlsxWatermark#text}): light grey diagonal text across the page, drawn over the
 * content but translucent, so the page still reads and prints while a copy says whose it was.
 */
public final class PdfWatermark {

    private static final float SIZE = 14;
    private static final float OPACITY = 0.18f;

    private PdfWatermark() {
    }

    /** Stamps the text on every page, three times along the diagonal; the font must hold its characters. */
    public static void stamp(PDDocument doc, PDFont font, String text) throws IOException {
        PDExtendedGraphicsState light = new PDExtendedGraphicsState();
        light.setNonStrokingAlphaConstant(OPACITY);
        float width = font.getStringWidth(text) / 1000 * SIZE;
        for (PDPage page : doc.getPages()) {
            PDRectangle box = page.getMediaBox();
            double angle = Math.atan2(box.getHeight(), box.getWidth());
            try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                out.setGraphicsStateParameters(light);
                out.setNonStrokingColor(0.3f, 0.3f, 0.3f);
                for (int i = 1; i <= 3; i++) {
                    float cx = box.getLowerLeftX() + box.getWidth() * i / 4;
                    float cy = box.getLowerLeftY() + box.getHeight() * i / 4;
                    Matrix m = Matrix.getRotateInstance(angle, cx, cy);
                    m.translate(-width / 2, -SIZE / 3);
                    out.beginText();
                    out.setFont(font, SIZE);
                    out.setTextMatrix(m);
                    out.showText(text);
                    out.endText();
                }
            }
        }
    }
}
