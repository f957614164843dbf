package org.chenggeng.reporting;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.chenggeng.reporting.OfficialDocx.BODY_FONT;
import static org.chenggeng.reporting.OfficialDocx.CHAR;
import static org.chenggeng.reporting.OfficialDocx.HEADING1_FONT;

/**
 * The photo appendix in Word without holding the photos: POI lays out each item (its name, then a table of two
 * columns, the photos over their captions) with a few bytes standing in for each picture, and when its package is
 * written each stand-in part is replaced by the display-size JPEG, read from the store one at a time and stored in
 * the zip uncompressed (a JPEG does not deflate). POI holding the JPEGs themselves would cost their size in heap
 * (docs/benchmarks.md, "Photo appendix").
 */
final class DocxPhotos {

    /** English Metric Units per millimetre. */
    private static final int EMU_MM = 36_000;
    private static final double PHOTO_WIDTH_MM = 74;
    private static final double PHOTO_HEIGHT_MM = 48;
    private static final int CAPTION_SIZE = 12;

    /** The stand-in parts, by their name in the package, and the photo each one stands for. */
    private final Map<String, String> standIns = new HashMap<>();

    /** Adds the appendix after what the document holds, on a new page. */
    void add(XWPFDocument doc, PhotoAppendix appendix) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setStyle("Heading1");
        heading.setPageBreak(true);
        heading.setAlignment(ParagraphAlignment.LEFT);
        OfficialDocx.onGrid(heading);
        OfficialDocx.body(heading, appendix.heading(), HEADING1_FONT);
        int n = 0;
        for (PhotoAppendix.Item item : appendix.items()) {
            XWPFParagraph name = doc.createParagraph();
            name.setStyle("Heading3");
            name.setKeepNext(true);
            name.setIndentationFirstLine(2 * CHAR);
            OfficialDocx.onGrid(name);
            OfficialDocx.body(name, ++n + ". " + item.name(), BODY_FONT);
            XWPFTable t = doc.createTable(2, 2);
            t.setWidth("100%");
            t.getRow(0).setCantSplitRow(true);
            t.getRow(1).setCantSplitRow(true);
            side(t.getRow(0).getCell(0), t.getRow(1).getCell(0), item.before());
            side(t.getRow(0).getCell(1), t.getRow(1).getCell(1), item.after());
            OfficialDocx.onGrid(doc.createParagraph());
        }
        if (appendix.missing() != null) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationFirstLine(2 * CHAR);
            OfficialDocx.onGrid(p);
            OfficialDocx.body(p, appendix.missing(), BODY_FONT);
        }
    }

    private void side(XWPFTableCell photoCell, XWPFTableCell captionCell, PhotoAppendix.Side side) {
        photoCell.setWidth("50%");
        XWPFParagraph photo = photoCell.getParagraphs().getFirst();
        OfficialDocx.offGrid(photo);
        photo.setAlignment(ParagraphAlignment.CENTER);
        photo.setKeepNext(true);
        if (side.hasPhoto()) {
            double w = PHOTO_WIDTH_MM;
            double h = w * side.height() / side.width();
            if (h > PHOTO_HEIGHT_MM) {
                h = PHOTO_HEIGHT_MM;
                w = h * side.width() / side.height();
            }
            byte[] standIn = ("chenggeng photo " + standIns.size() + " " + side.token()).getBytes(StandardCharsets.US_ASCII);
            try {
                XWPFPicture picture = photo.createRun().addPicture(new ByteArrayInputStream(standIn), PictureType.JPEG,
                        side.caption() + ".jpg", (int) Math.round(w * EMU_MM), (int) Math.round(h * EMU_MM));
                standIns.put(picture.getPictureData().getPackagePart().getPartName().getName().substring(1),
                        side.token());
            } catch (InvalidFormatException | IOException e) {
                throw new IllegalStateException("a picture part could not be added", e);
            }
        } else {
            OfficialDocx.run(photo, side.absent(), BODY_FONT, CAPTION_SIZE, false);
        }
        XWPFParagraph caption = captionCell.getParagraphs().getFirst();
        OfficialDocx.offGrid(caption);
        caption.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun phase = OfficialDocx.run(caption, side.caption(), HEADING1_FONT, CAPTION_SIZE, false);
        if (side.detail() != null) {
            phase.addBreak(BreakType.TEXT_WRAPPING);
            OfficialDocx.run(caption, side.detail(), BODY_FONT, CAPTION_SIZE - 2, false);
        }
    }

    /**
     * Copies the package POI wrote to {@code to}, each stand-in part replaced by its photo's display-size JPEG.
     */
    void copy(Path written, PhotoAppendix.Photos photos, OutputStream to) throws IOException {
        try (ZipFile poi = new ZipFile(written.toFile());
             ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new BufferedOutputStream(to, 1 << 16))) {
            for (ZipEntry e : Collections.list(poi.entries())) {
                String token = standIns.get(e.getName());
                zip.setLevel(token == null ? Deflater.DEFAULT_COMPRESSION : Deflater.NO_COMPRESSION);
                zip.putArchiveEntry(new ZipArchiveEntry(e.getName()));
                try (InputStream in = token == null ? poi.getInputStream(e) : photos.open(token)) {
                    in.transferTo(zip);
                }
                zip.closeArchiveEntry();
            }
        }
    }
}
