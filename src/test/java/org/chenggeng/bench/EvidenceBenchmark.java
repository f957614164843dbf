package org.chenggeng.bench;

import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.EvidenceFiles;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.Phase;
import org.chenggeng.evidence.PhotoQueries;
import org.chenggeng.evidence.Receiving;
import org.chenggeng.evidence.ReportPhotos;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.reporting.ExportFormat;
import org.chenggeng.reporting.Period;
import org.chenggeng.reporting.ReportExportService;
import org.chenggeng.reporting.ReportRequest;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints what evidence costs (issue 12), on the database the run points at (MariaDB with -Pbenchmark): the server
 * time of attaching a 12-megapixel phone JPEG of about 4 MB (received from a stream, recognised, hashed, EXIF read,
 * decoded subsampled, thumbnail and display size written, committed), p50/p95/max over {@code bench.uploads} (100)
 * distinct photos after 5 warm-ups, with the largest thumbnail; and the 影像资料 page's first screen (its count and
 * first 50 rows, with their files) and a page in the middle, for a project with {@code bench.photos} (2 000) photos.
 * Then a project's report with a 100-photo appendix, as Word and PDF, with time and heap (see the method).
 * It measures and prints; the assertions are only that thumbnails stay within 60 KB, the page counts them all, the
 * reports hold every photo and each is written within 10 s.
 * {@code ./mvnw -B -Pbenchmark test -Dtest=EvidenceBenchmark}
 */
@Tag("benchmark")
@ChenggengTest
class EvidenceBenchmark {

    private static final int UPLOADS = Integer.getInteger("bench.uploads", 100);
    private static final int PHOTOS = Integer.getInteger("bench.photos", 2000);

    @Autowired
    EvidenceService evidence;
    @Autowired
    EvidenceFiles files;
    @Autowired
    PhotoQueries photos;
    @Autowired
    ProjectQueries projects;
    @Autowired
    WorkItemService items;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;
    @Autowired
    ReportExportService exports;
    @Autowired
    ReportPhotos reportPhotos;

    @Test
    void uploadAndPhotoPageFigures() throws Exception {
        long project = as.as("pm", () -> projects.loggable().getFirst().id());
        WorkItemRow item = as.as("pm", () -> items.items(project).getFirst());
        byte[] phone = SampleFiles.jpeg(4032, 3024, 2024);
        System.out.printf("Evidence benchmark: phone JPEG 4032 x 3024, %,d bytes; %d uploads; load %s%n", phone.length,
                UPLOADS, loadAverage());

        long[] millis = new long[UPLOADS];
        int largestThumbnail = 0;
        for (int i = -5; i < UPLOADS; i++) {
            byte[] distinct = withComment(phone, "bench " + i + " " + UUID.randomUUID());
            long started = System.nanoTime();
            AttachmentRow row = as.as("pm", () -> evidence.attach(AttachRequest.photo(OwnerType.WORK_ITEM, item.id(),
                    Phase.DURING), Receiving.toTemporaryFile(new ByteArrayInputStream(distinct), distinct.length,
                    evidence.maxFileBytes()), "IMG.jpg"));
            long took = (System.nanoTime() - started) / 1_000_000;
            if (i >= 0) {
                millis[i] = took;
                int thumbnail = as.as("pm", () -> size(files.open(row.token(), EvidenceFiles.Variant.THUMBNAIL)));
                largestThumbnail = Math.max(largestThumbnail, thumbnail);
            }
        }
        Arrays.sort(millis);
        System.out.printf("  upload (server time): p50 %d ms, p95 %d ms, max %d ms; largest thumbnail %,d bytes%n",
                millis[UPLOADS / 2], millis[(int) Math.ceil(UPLOADS * 0.95) - 1], millis[UPLOADS - 1],
                largestThumbnail);
        assertThat(largestThumbnail).isLessThanOrEqualTo(60 * 1024);

        long busy = as.as("admin", () -> projects.all(org.chenggeng.project.ProjectFilter.none()).stream()
                .filter(p -> p.id() != project).findFirst().orElseThrow().id());
        fill(busy, PHOTOS);
        PhotoQueries.Filter all = PhotoQueries.Filter.allPhotos();
        long[] first = new long[30];
        long[] middle = new long[30];
        for (int i = -5; i < first.length; i++) {
            long started = System.nanoTime();
            long count = as.as("admin", () -> photos.count(busy, all));
            List<AttachmentRow> screen = as.as("admin", () -> photos.page(busy, all, 0, 50));
            long took = (System.nanoTime() - started) / 1_000;
            long mid = System.nanoTime();
            as.as("admin", () -> photos.page(busy, all, PHOTOS / 2, 50));
            long midTook = (System.nanoTime() - mid) / 1_000;
            assertThat(count).isEqualTo(PHOTOS);
            assertThat(screen).hasSize(50);
            if (i >= 0) {
                first[i] = took;
                middle[i] = midTook;
            }
        }
        Arrays.sort(first);
        Arrays.sort(middle);
        System.out.printf("  影像资料 page, %,d photos: first screen (count + 50 rows) p50 %.1f ms, p95 %.1f ms;"
                + " a page at %,d p50 %.1f ms, p95 %.1f ms%n", PHOTOS, first[15] / 1000.0, first[28] / 1000.0,
                PHOTOS / 2, middle[15] / 1000.0, middle[28] / 1000.0);
    }

    /**
     * A project's report with a photo appendix of {@code bench.pairs} (50) work items, each with a 施工前 and a 施工后
     * photo (100 distinct photos, 1600 × 1200 noisy JPEGs, so their display sizes are as large as any), as Word and
     * as PDF: one warm-up and {@code bench.reportRuns} (3) timed runs each, with the peak heap seen during a run
     * (sampled every 5 ms, garbage included; and the largest heap left after a collection during it) and the heap
     * still held once the file is written; then one more run with a full collection every 100 ms, for the live heap. For comparison, the heap POI holds with the same 100 JPEGs added to a
     * document as byte arrays, which is what the Word writer avoids.
     */
    @Test
    void reportWithAHundredPhotoAppendix() throws Exception {
        int pairs = Integer.getInteger("bench.pairs", 50);
        int runs = Integer.getInteger("bench.reportRuns", 3);
        long project = as.as("pm", () -> projects.loggable().getFirst().id());
        WorkItemRow some = as.as("pm", () -> items.items(project).getFirst());
        long displayBytes = 0;
        for (int i = 0; i < pairs; i++) {
            int n = i;
            long item = as.as("pm", () -> items.create(project, new org.chenggeng.work.WorkItemData(some.workTypeId(),
                    java.math.BigDecimal.TEN, "照片附录基准 " + n, null, null, null)));
            for (Phase phase : new Phase[]{Phase.BEFORE, Phase.AFTER}) {
                byte[] jpeg = SampleFiles.jpeg(1600, 1200, 900_000L + 2L * i + (phase == Phase.BEFORE ? 0 : 1));
                AttachmentRow row = as.as("pm", () -> evidence.attach(AttachRequest.photo(OwnerType.WORK_ITEM, item,
                        phase), SampleFiles.file(jpeg), "pair.jpg"));
                displayBytes += as.as("pm", () -> size(files.open(row.token(), EvidenceFiles.Variant.DISPLAY)));
            }
        }
        var request = ReportRequest.project(project, Period.all()).withPhotos(ReportPhotos.Selection.DEFAULTS);
        System.out.printf("Photo appendix benchmark: %d items x pair = %d photos, display JPEGs %,d bytes in all;"
                + " load %s%n", pairs, 2 * pairs, displayBytes, loadAverage());
        for (ExportFormat format : new ExportFormat[]{ExportFormat.DOCX, ExportFormat.PDF}) {
            long[] millis = new long[runs];
            for (int r = -1; r < runs; r++) {
                long baseline = HeapProbe.settledUsed();
                HeapProbe probe = HeapProbe.start();
                long started = System.nanoTime();
                ReportExportService.Export export = as.as("official", () -> exports.export(request, Locale.CHINA,
                        format, f -> { }));
                long took = (System.nanoTime() - started) / 1_000_000;
                probe.stop();
                long retained = HeapProbe.settledUsed() - baseline;
                int pictures = pictures(export.file(), format);
                assertThat(pictures).isEqualTo(2 * pairs);
                if (r >= 0) {
                    millis[r] = took;
                    System.out.printf("  %s run %d: %,d ms, file %,d bytes, %d pictures; heap peak %.1f MB used"
                                    + " (%.1f MB after a collection during it), %.1f MB held afterwards%n", format, r + 1,
                            took, export.size(), pictures, mb(probe.peakUsed() - baseline),
                            mb(probe.peakAfterGc() - baseline), mb(retained));
                }
                export.delete();
            }
            Arrays.sort(millis);
            System.out.printf("  %s: median %,d ms, max %,d ms (target 10 000 ms)%n", format, millis[runs / 2],
                    millis[runs - 1]);
            double with = liveHeap(request, format);
            double without = liveHeap(request.withPhotos(null), format);
            System.out.printf("  %s, a run with a full collection every 100 ms (not timed): live heap peak %.1f MB;"
                    + " the same report without the appendix %.1f MB%n", format, with, without);
            assertThat(millis[runs / 2]).isLessThanOrEqualTo(10_000);
        }
        held(project, pairs);
    }

    /** The live heap's peak while the report is written, in MB, with a full collection every 100 ms. */
    private double liveHeap(ReportRequest request, ExportFormat format) throws Exception {
        long baseline = HeapProbe.settledUsed();
        HeapProbe live = HeapProbe.live();
        ReportExportService.Export export = as.as("official", () -> exports.export(request, Locale.CHINA, format,
                f -> { }));
        live.stop();
        export.delete();
        return mb(live.peakAfterGc() - baseline);
    }

    /** What POI holds with the appendix's JPEGs added as byte arrays, as a plain XWPFDocument would hold them. */
    private void held(long project, int pairs) throws Exception {
        List<ReportPhotos.Pair> chosen = as.as("official", () -> reportPhotos.appendix(project,
                ReportPhotos.Selection.DEFAULTS, Locale.CHINA).pairs());
        long baseline = HeapProbe.settledUsed();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            for (ReportPhotos.Pair p : chosen) {
                for (AttachmentRow side : new AttachmentRow[]{p.before(), p.after()}) {
                    try (InputStream in = as.as("official", () -> reportPhotos.display(project, side.token()))) {
                        doc.createParagraph().createRun().addPicture(in,
                                org.apache.poi.common.usermodel.PictureType.JPEG, "p.jpg", 100, 100);
                    }
                }
            }
            long held = HeapProbe.settledUsed() - baseline;
            System.out.printf("  for comparison, an XWPFDocument with the %d JPEGs added as bytes holds %.1f MB%n",
                    doc.getAllPictures().size(), mb(held));
        }
    }

    private static int pictures(java.nio.file.Path file, ExportFormat format) throws Exception {
        if (format == ExportFormat.DOCX) {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                return (int) zip.stream().filter(e -> e.getName().startsWith("word/media/")).count();
            }
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            int n = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    n += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            return n;
        }
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    /** The project gets {@code n} photo attachments of one stored file, written by JDBC (the page's reads are timed). */
    private void fill(long projectId, int n) throws Exception {
        AttachmentRow seed = as.as("admin", () -> evidence.attach(AttachRequest.photo(OwnerType.PROJECT, projectId,
                Phase.BEFORE), SampleFiles.file(SampleFiles.jpeg(800, 600, 7)), "seed.jpg"));
        Long fileId = jdbc.queryForObject("select file_id from attachment where token = ?", Long.class, seed.token());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            rows.add(new Object[]{UUID.randomUUID().toString().replace("-", ""), fileId, projectId, projectId,
                    Phase.values()[i % 3].name(), Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i % 700)),
                    Timestamp.from(Instant.now())});
        }
        jdbc.batchUpdate("insert into attachment (version, token, file_id, owner_type, owner_id, project_id, phase,"
                + " file_name, image, personal, sample, taken_on, uploaded_by, uploaded_at)"
                + " values (0, ?, ?, 'PROJECT', ?, ?, ?, 'bench.jpg', true, false, false, ?, 'admin', ?)", rows);
    }

    /** The JPEG with a comment segment after its start marker: the same picture, another hash. */
    private static byte[] withComment(byte[] jpeg, String comment) {
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[jpeg.length + 4 + text.length];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xD8;
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = (byte) ((text.length + 2) >> 8);
        out[5] = (byte) (text.length + 2);
        System.arraycopy(text, 0, out, 6, text.length);
        System.arraycopy(jpeg, 2, out, 6 + text.length, jpeg.length - 2);
        return out;
    }

    private static int size(EvidenceFiles.Download d) throws Exception {
        try (InputStream in = d.content()) {
            return in.readAllBytes().length;
        }
    }

    private static String loadAverage() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    }
}
