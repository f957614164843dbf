package org.chenggeng.reporting;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.Phase;
import org.chenggeng.evidence.PhotoPairs;
import org.chenggeng.evidence.ReportPhotos;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project's Word and PDF report with its photo appendix, read back: POI finds the pictures and their captions, PDFBox
 * the text and the image XObjects, and each picture is byte for byte the display-size JPEG of a photo of the pair
 * (the PDF embeds it undecoded). Withdrawn photos and another project's never appear; a report without the option,
 * or of more than one project, has no appendix.
 */
@ChenggengTest
class PhotoAppendixExportTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ReportExportService exports;
    @Autowired
    ReportPhotos photos;
    @Autowired
    EvidenceService evidence;
    @Autowired
    ProjectQueries projects;
    @Autowired
    PhotoPairs pairs;
    @Autowired
    TestUsers as;

    private record Fixture(PhotoPairs.Item item, AttachmentRow before, AttachmentRow after, AttachmentRow withdrawn,
                           byte[] withdrawnJpeg, AttachmentRow foreign, byte[] foreignJpeg,
                           PhotoPairs.Item beforeOnly) {
    }

    private Fixture fixture() throws Exception {
        PhotoPairs.Item item = pairs.newItem("附录 " + System.nanoTime());
        AttachmentRow before = pairs.photo(item, Phase.BEFORE, LocalDateTime.of(2022, 3, 20, 9, 0));
        AttachmentRow withdrawn = pairs.photo(item, Phase.BEFORE, LocalDateTime.of(2022, 3, 1, 9, 0));
        AttachmentRow after = pairs.photo(item, Phase.AFTER, LocalDateTime.of(2022, 10, 28, 15, 0));
        byte[] withdrawnJpeg = displayAsAdmin(withdrawn);
        as.run("pm", () -> evidence.withdraw(withdrawn.token(), "重复"));
        long other = as.as("admin", () -> projects.all(ProjectFilter.none()).stream()
                .filter(p -> p.id() != item.projectId()).findFirst().orElseThrow().id());
        AttachmentRow foreign = as.as("admin", () -> evidence.attach(AttachRequest.photo(OwnerType.PROJECT, other,
                Phase.BEFORE), SampleFiles.file(SampleFiles.jpeg(330, 250, System.nanoTime())), "foreign.jpg"));
        PhotoPairs.Item beforeOnly = pairs.newItem("仅施工前 " + System.nanoTime());
        pairs.photo(beforeOnly, Phase.BEFORE, LocalDateTime.of(2022, 4, 2, 9, 0));
        return new Fixture(item, before, after, withdrawn, withdrawnJpeg, foreign, displayAsAdmin(foreign), beforeOnly);
    }

    /** The user's pair for the fixture's item names the withdrawn and the foreign photo: both fall back. */
    private static ReportPhotos.Selection hostileChoice(Fixture f) {
        return new ReportPhotos.Selection(Map.of(f.item().id(),
                new ReportPhotos.Choice(f.withdrawn().token(), f.foreign().token())));
    }

    private ReportRequest request(Fixture f, ReportPhotos.Selection selection) {
        return ReportRequest.project(f.item().projectId(), Period.all()).withPhotos(selection);
    }

    @Test
    void theWordReportEndsWithEachPairSideBySideCaptionedAndHoldsOnlyThoseJpegs() throws Exception {
        Fixture f = fixture();
        ReportPhotos.Appendix expected = as.as("official", () -> photos.appendix(f.item().projectId(),
                hostileChoice(f), ZH));
        byte[] docx = as.as("official", () -> exports.export(request(f, hostileChoice(f)), ZH, ExportFormat.DOCX));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertThat(pictures).hasSize(sides(expected));
            List<byte[]> bytes = pictures.stream().map(XWPFPictureData::getData).toList();
            assertThat(bytes).anySatisfy(b -> assertThat(b).isEqualTo(display(f, f.before())))
                    .anySatisfy(b -> assertThat(b).isEqualTo(display(f, f.after())))
                    .noneSatisfy(b -> assertThat(b).isEqualTo(f.withdrawnJpeg()))
                    .noneSatisfy(b -> assertThat(b).isEqualTo(f.foreignJpeg()));
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("附件：施工前后对比照片", f.item().name(), f.beforeOnly().name(), "施工前", "施工后",
                    "无施工后照片", "上传人 pm", "拍摄于 2022年3月20日", "拍摄于 2022年10月28日");
            assertThat(text.indexOf("附件：施工前后对比照片")).as("after the report's last section")
                    .isGreaterThan(text.indexOf("附表：项目一览"));
        }
    }

    @Test
    void thePdfReportEmbedsEachPhotoOnceAsTheUndecodedJpegWithItsCaptions() throws Exception {
        Fixture f = fixture();
        ReportPhotos.Appendix expected = as.as("official", () -> photos.appendix(f.item().projectId(),
                hostileChoice(f), ZH));
        byte[] pdf = as.as("official", () -> exports.export(request(f, hostileChoice(f)), ZH, ExportFormat.PDF));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<byte[]> images = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        assertThat(image.getStream().getFilters()).containsExactly(COSName.DCT_DECODE);
                        try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                            images.add(raw.readAllBytes());
                        }
                    }
                }
            }
            assertThat(images).hasSize(sides(expected));
            assertThat(images).anySatisfy(b -> assertThat(b).isEqualTo(display(f, f.before())))
                    .anySatisfy(b -> assertThat(b).isEqualTo(display(f, f.after())))
                    .noneSatisfy(b -> assertThat(b).isEqualTo(f.withdrawnJpeg()))
                    .noneSatisfy(b -> assertThat(b).isEqualTo(f.foreignJpeg()));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("附件：施工前后对比照片", f.item().name().replaceAll("\\s+", ""), "无施工后照片",
                    "拍摄于2022年3月20日·上传人pm", "拍摄于2022年10月28日·上传人pm");
            screenshot(doc);
        }
    }

    @Test
    void theEnglishAppendixSaysBeforeAndAfter() throws Exception {
        Fixture f = fixture();
        byte[] pdf = as.as("official", () -> exports.export(request(f, ReportPhotos.Selection.DEFAULTS),
                Locale.ENGLISH, ExportFormat.PDF));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Appendix: photos before and after the works", "Before", "After",
                    "No photo after the works", "Taken Mar 20, 2022 · uploaded by pm");
        }
    }

    @Test
    void withoutTheOptionOrForMoreThanOneProjectThereIsNoAppendix() throws Exception {
        Fixture f = fixture();
        byte[] plain = as.as("official", () -> exports.export(ReportRequest.project(f.item().projectId(),
                Period.all()), ZH, ExportFormat.DOCX));
        byte[] street = as.as("official", () -> exports.export(new ReportRequest(ProjectFilter.none(), null,
                Period.all(), false).withPhotos(ReportPhotos.Selection.DEFAULTS), ZH, ExportFormat.DOCX));
        for (byte[] docx : List.of(plain, street)) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                assertThat(doc.getAllPictures()).isEmpty();
                assertThat(new XWPFWordExtractor(doc).getText()).doesNotContain("附件：施工前后对比照片");
            }
        }
    }

    /** The appendix's first page as the reader sees it, for a person to look at (target/screenshots). */
    private static void screenshot(PDDocument doc) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            if (stripper.getText(doc).contains("附件：施工前后对比照片")) {
                java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(p - 1, 80),
                        "png", dir.resolve("report-photo-appendix.png").toFile());
                return;
            }
        }
    }

    private static int sides(ReportPhotos.Appendix appendix) {
        return appendix.pairs().stream().mapToInt(p -> (p.before() == null ? 0 : 1) + (p.after() == null ? 0 : 1))
                .sum();
    }

    private byte[] display(Fixture f, AttachmentRow photo) throws Exception {
        return as.as("official", () -> {
            try (InputStream in = photos.display(f.item().projectId(), photo.token())) {
                return in.readAllBytes();
            }
        });
    }

    /** The display JPEG of a photo of any project, read while it is not withdrawn, for comparison. */
    private byte[] displayAsAdmin(AttachmentRow photo) throws Exception {
        return as.as("admin", () -> {
            try (InputStream in = photos.display(photo.projectId(), photo.token())) {
                return in.readAllBytes();
            }
        });
    }
}
