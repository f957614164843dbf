package org.chenggeng.reporting;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.chenggeng.shared.pdf.PdfFonts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.chenggeng.shared.pdf.PdfFonts.Face;

/**
 * The report as PDF in the layout of the Word document (GB/T 9704-2012, see {@link OfficialDocx}): A4 with margins
 * of 37, 35, 28 and 26 mm, body lines 28.95 pt apart (22 to the page) and condensed to 28 characters, the title
 * at 二号, headings and table headers in a 黑体-like sans, body and cells in a 宋体-like serif, page numbers "— 1 —"
 * at 四号 below the text on alternate sides, table headers repeated on every page a table runs onto, and the issuing
 * unit and date at the end. The fonts are the OFL Noto Sans SC and Noto Serif SC, embedded as subsets.
 */
final class ReportPdf {

    static final float MM = 72f / 25.4f;
    static final float TOP = 37 * MM;
    static final float BOTTOM = 35 * MM;
    static final float LEFT = 28 * MM;
    static final float RIGHT = 26 * MM;
    static final float LINE = 225 * MM / 22;
    static final float BODY = 16;
    /** What each body character gives up so that 28 fill the 156 mm line. */
    static final float TRACKING = 156 * MM / 28 - BODY;
    private static final float TITLE = 22;
    private static final float PAGE_NUMBER = 14;
    private static final float CELL = 10.5f;
    private static final float CELL_LEADING = 1.45f;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream out;
    private int pages;
    private float y;

    private ReportPdf(PDDocument doc) throws IOException {
        this.doc = doc;
        this.fonts = PdfFonts.load(doc);
    }

    static void write(ReportContent content, OutputStream to) {
        write(content, PhotoAppendix.NONE, to);
    }

    /**
     * The report followed by its photo appendix, if any ({@link PdfPhotos}); with photos the document keeps its
     * streams in a temporary file rather than the heap, so each JPEG is held only while it is being added.
     */
    static void write(ReportContent content, PhotoAppendix appendix, OutputStream to) {
        try (PDDocument doc = appendix.isEmpty() ? new PDDocument()
                : new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(content.title());
            ReportPdf pdf = new ReportPdf(doc);
            // The fonts stay open until the document is saved: their subsets are cut then.
            try (PdfFonts open = pdf.fonts) {
                pdf.render(content);
                if (!appendix.isEmpty()) {
                    new PdfPhotos(pdf, appendix).draw();
                }
                pdf.out.close();
                doc.save(to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float width() {
        return PDRectangle.A4.getWidth() - LEFT - RIGHT;
    }

    private void render(ReportContent content) throws IOException {
        newPage();
        line(content.title(), Face.SERIF, TITLE, Align.CENTRE, 0, true);
        for (String l : content.lines()) {
            line(l, Face.SERIF, BODY, Align.CENTRE, 0, false);
        }
        y -= LINE;
        for (ReportContent.Section s : content.sections()) {
            paragraph(s.heading(), Face.SANS, 2 * BODY);
            if (s.paragraph() != null) {
                paragraph(s.paragraph(), Face.SERIF, 2 * BODY);
            }
            if (s.table() != null) {
                new PdfTable(this, s.table(), content.locale()).draw();
            }
        }
        y -= 2 * LINE;
        float dateIndent = 4 * (BODY + TRACKING);
        float dateWidth = fonts.width(Face.SERIF, fonts.printable(Face.SERIF, content.issued()), BODY, TRACKING);
        float unitWidth = fonts.width(Face.SERIF, fonts.printable(Face.SERIF, content.issuer()), BODY, TRACKING);
        line(content.issuer(), Face.SERIF, BODY, Align.RIGHT, dateIndent + Math.max(0, (dateWidth - unitWidth) / 2),
                false);
        line(content.issued(), Face.SERIF, BODY, Align.RIGHT, dateIndent, false);
    }

    private enum Align { LEFT, CENTRE, RIGHT }

    /** One line on the grid, aligned within the text width; {@code inset} from the side it is aligned to. */
    private void line(String text, Face face, float size, Align align, float inset, boolean bold) throws IOException {
        String safe = fonts.printable(face, text);
        float tracking = size == BODY ? TRACKING : 0;
        float w = fonts.width(face, safe, size, tracking);
        room(LINE);
        y -= LINE;
        float x = switch (align) {
            case LEFT -> LEFT + inset;
            case CENTRE -> LEFT + Math.max(0, (width() - w) / 2);
            case RIGHT -> LEFT + width() - inset - w;
        };
        show(safe, face, x, y + (LINE - size) / 2, size, tracking, bold);
    }

    /** A body paragraph on the grid, its first line indented, broken between characters as Chinese is. */
    void paragraph(String text, Face face, float indent) throws IOException {
        List<String> lines = fonts.wrap(face, fonts.printable(face, text), BODY, TRACKING, width(), indent);
        for (int i = 0; i < lines.size(); i++) {
            room(LINE);
            y -= LINE;
            show(lines.get(i), face, LEFT + (i == 0 ? indent : 0), y + (LINE - BODY) / 2, BODY, TRACKING, false);
        }
    }

    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        pages++;
        y = PDRectangle.A4.getHeight() - TOP;
        pageNumber();
    }

    /** "— 1 —" 7 mm below the text; odd pages on the right, even on the left, one character in. */
    private void pageNumber() throws IOException {
        String number = "— " + pages + " —";
        float w = fonts.width(Face.SERIF, number, PAGE_NUMBER, 0);
        float x = pages % 2 == 1 ? LEFT + width() - PAGE_NUMBER - w : LEFT + PAGE_NUMBER;
        show(number, Face.SERIF, x, BOTTOM - 7 * MM - PAGE_NUMBER, PAGE_NUMBER, 0, false);
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin; true when it did. */
    boolean room(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
            return true;
        }
        return false;
    }

    void show(String text, Face face, float x, float baseline, float size, float tracking, boolean bold)
            throws IOException {
        fonts.show(out, text, face, x, baseline, size, tracking, bold);
    }

    PDDocument doc() {
        return doc;
    }

    PdfFonts fonts() {
        return fonts;
    }

    PDPageContentStream out() {
        return out;
    }

    float y() {
        return y;
    }

    void down(float by) {
        y -= by;
    }

    static float tableWidth() {
        return width();
    }

    static float left() {
        return LEFT;
    }

    static float cellSize() {
        return CELL;
    }

    static float cellLeading() {
        return CELL_LEADING;
    }
}
