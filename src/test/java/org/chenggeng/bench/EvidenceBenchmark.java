package org.chenggeng.bench;

import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.EvidenceFiles;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.Phase;
import org.chenggeng.evidence.PhotoQueries;
import org.chenggeng.evidence.Receiving;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.project.ProjectQueries;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints what evidence costs (issue 12), on the database the run points at (MariaDB with -Pbenchmark): the server
 * time of attaching a 12-megapixel phone JPEG of about 4 MB (received from a stream, recognised, hashed, EXIF read,
 * decoded subsampled, thumbnail and display size written, committed), p50/p95/max over {@code bench.uploads} (100)
 * distinct photos after 5 warm-ups, with the largest thumbnail; and the 影像资料 page's first screen (its count and
 * first 50 rows, with their files) and a page in the middle, for a project with {@code bench.photos} (2 000) photos.
 * It measures and prints; the assertions are only that thumbnails stay within 60 KB and the page counts them all.
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
