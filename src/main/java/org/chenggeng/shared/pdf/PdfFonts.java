package org.chenggeng.shared.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two bundled OFL faces of the PDF documents (the report, the statistics form), embedded as subsets: Noto Sans SC where the Word document names
 * 黑体 (headings, table headers), Noto Serif SC where it names 仿宋, 宋体 or 方正小标宋 (title, body, cells, page
 * numbers). Measures text with a tracking (the space each character gives up or adds) and breaks it into lines.
 */
public final class PdfFonts implements AutoCloseable {

    public enum Face {
        SANS("/fonts/NotoSansSC-Regular.ttf"), SERIF("/fonts/NotoSerifSC-Regular.ttf");

        final String resource;

        Face(String resource) {
            this.resource = resource;
        }
    }

    private static final Map<Face, byte[]> BYTES = new ConcurrentHashMap<>();

    private final Map<Face, TrueTypeFont> ttfs = new EnumMap<>(Face.class);
    private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);

    private PdfFonts() {
    }

    public static PdfFonts load(PDDocument doc) throws IOException {
        PdfFonts loaded = new PdfFonts();
        for (Face face : Face.values()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(face)));
            loaded.ttfs.put(face, ttf);
            loaded.fonts.put(face, PDType0Font.load(doc, ttf, true));
        }
        return loaded;
    }

    private static byte[] bytes(Face face) throws IOException {
        byte[] cached = BYTES.get(face);
        if (cached == null) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(face.resource)) {
                if (in == null) {
                    throw new IOException("missing " + face.resource);
                }
                cached = in.readAllBytes();
                BYTES.put(face, cached);
            }
        }
        return cached;
    }

    public PDType0Font font(Face face) {
        return fonts.get(face);
    }

    /** The width of {@code text} at {@code size}, each character moved on by {@code tracking}. */
    public float width(Face face, String text, float size, float tracking) throws IOException {
        return fonts.get(face).getStringWidth(text) / 1000 * size + tracking * text.codePointCount(0, text.length());
    }

    /** Punctuation that may not begin a line (避头), so the character before it goes down with it. */
    private static final String NO_LINE_START = "、，。；：？！）》」』”’%,.;:?!)";

    /**
     * Where to break a line that overflows at {@code at}: not inside a number or a Latin word ("1,742", "m²"), and
     * not before closing punctuation; {@code at} itself when no earlier break point is found.
     */
    public static int breakBefore(String line, int at) {
        int cut = at;
        while (cut > 0 && word(line.charAt(cut - 1)) && word(line.charAt(cut))) {
            cut--;
        }
        if (cut > 0 && NO_LINE_START.indexOf(line.charAt(cut)) >= 0) {
            cut--;
            while (cut > 0 && word(line.charAt(cut - 1)) && word(line.charAt(cut))) {
                cut--;
            }
        }
        return cut > 0 ? cut : at;
    }

    private static boolean word(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == ',');
    }

    /**
     * Breaks at spaces where there are any and between any two Chinese characters, as Chinese typesetting does, but
     * never inside a number nor before closing punctuation ({@link #breakBefore}).
     */
    public List<String> wrap(Face face, String text, float size, float tracking, float width, float firstIndent)
            throws IOException {
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
            if (width(face, line.toString(), size, tracking) > available + 0.01f && line.length() > 1) {
                String full = line.toString();
                int cut = lastSpace > 0 && cp < 0x2E80 ? lastSpace : breakBefore(full, full.length() - Character.charCount(cp));
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

    /**
     * Draws a line of text with its baseline at ({@code x}, {@code baseline}), each character moved on by
     * {@code tracking}; bold by stroking the outlines as well, since the bundled faces have no bold weight.
     */
    public void show(PDPageContentStream out, String text, Face face, float x, float baseline, float size,
                     float tracking, boolean bold) throws IOException {
        out.beginText();
        out.setFont(font(face), size);
        out.setCharacterSpacing(tracking);
        if (bold) {
            out.setRenderingMode(RenderingMode.FILL_STROKE);
            out.setLineWidth(size / 40);
        }
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
        if (bold) {
            out.setRenderingMode(RenderingMode.FILL);
        }
    }

    /** Characters the face lacks would stop PDFBox; they become a question mark instead. */
    public String printable(Face face, String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            try {
                b.appendCodePoint(cp == '\n' || cp == '\t' ? ' '
                        : ttfs.get(face).getUnicodeCmapLookup().getGlyphId(cp) > 0 ? cp : '?');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont ttf : ttfs.values()) {
            ttf.close();
        }
    }
}
