package org.chenggeng.evidence;

import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files are recognised by content, bounded before decoding and on receipt, stored once, and thumbnailed small. */
@ChenggengTest
class EvidenceIntakeTest {

    @Autowired
    EvidenceService evidence;
    @Autowired
    EvidenceFiles files;
    @Autowired
    EvidenceFixture fixture;
    @Autowired
    TestUsers as;

    @Test
    void aPhotoIsStoredOnceWithAThumbnailUnder60KbAndARetriedUploadAttachesItOnce() throws Exception {
        EvidenceFixture.Site site = fixture.pmSite();
        long entry = fixture.entry(site);
        byte[] photo = SampleFiles.jpeg(2000, 1500, 1);
        long before = fixture.storedFiles();

        AttachmentRow first = as.as("pm", () -> evidence.attach(AttachRequest.photo(OwnerType.ENTRY, entry, Phase.DURING),
                SampleFiles.file(photo), "IMG_0001.JPG"));
        AttachmentRow retried = as.as("pm", () -> evidence.attach(AttachRequest.photo(OwnerType.ENTRY, entry, Phase.DURING),
                SampleFiles.file(photo), "IMG_0001.JPG"));
        AttachmentRow onItem = as.as("pm", () -> evidence.attach(
                AttachRequest.photo(OwnerType.WORK_ITEM, site.item().id(), Phase.AFTER), SampleFiles.file(photo), "a.jpg"));

        assertThat(retried.token()).isEqualTo(first.token());
        assertThat(onItem.token()).isNotEqualTo(first.token());
        assertThat(fixture.storedFiles()).isEqualTo(before + 1);
        assertThat(first.type()).isEqualTo(FileType.JPEG);
        assertThat(first.width()).isEqualTo(2000);
        assertThat(first.workItemId()).isEqualTo(site.item().id());
        assertThat(first.token()).hasSize(32).doesNotContain(String.valueOf(entry));
        assertThat(as.as("pm", () -> evidence.of(OwnerType.ENTRY, entry))).extracting(AttachmentRow::token)
                .containsExactly(first.token());
        byte[] thumbnail = as.as("pm", () -> read(files.open(first.token(), EvidenceFiles.Variant.THUMBNAIL)));
        assertThat(thumbnail.length).isBetween(1000, 60 * 1024);
        byte[] original = as.as("pm", () -> read(files.open(first.token(), EvidenceFiles.Variant.ORIGINAL)));
        assertThat(original).isEqualTo(photo);
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() throws Exception {
        EvidenceFixture.Site site = fixture.pmSite();
        AttachmentRow pdf = as.as("pm", () -> evidence.attach(AttachRequest.photo(OwnerType.WORK_ITEM, site.item().id(),
                Phase.BEFORE), SampleFiles.file(SampleFiles.pdf()), "photo.jpg"));
        assertThat(pdf.type()).isEqualTo(FileType.PDF);
        assertThat(pdf.fileName()).isEqualTo("photo.pdf");
        assertThat(pdf.phase()).isNull();
        AttachmentRow docx = as.as("pm", () -> evidence.attach(AttachRequest.document(site.projectId(), "MINUTES"),
                SampleFiles.file(SampleFiles.docx()), "纪要.xlsx"));
        assertThat(docx.type()).isEqualTo(FileType.DOCX);

        assertRefused(site, "hello".getBytes(StandardCharsets.UTF_8), "photo.jpg", "evidence.error.type");
        assertRefused(site, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "x.png",
                "evidence.error.type");
        assertRefused(site, new byte[0], "empty.jpg", "evidence.error.empty");
    }

    @Test
    void truncatedFilesAreRefusedAsDamagedAndNothingIsStored() throws Exception {
        EvidenceFixture.Site site = fixture.pmSite();
        assertRefused(site, SampleFiles.truncated(SampleFiles.jpeg(800, 600, 7)), "cut.jpg", "evidence.error.damaged");
        assertRefused(site, SampleFiles.truncated(SampleFiles.png(400, 300)), "cut.png", "evidence.error.damaged");
        assertRefused(site, SampleFiles.truncated(SampleFiles.pdf()), "cut.pdf", "evidence.error.damaged");
        assertRefused(site, SampleFiles.truncated(SampleFiles.docx()), "cut.docx", "evidence.error.damaged");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() throws Exception {
        EvidenceFixture.Site site = fixture.pmSite();
        byte[] bomb = SampleFiles.bombPng(100_000, 100_000);
        assertThat(bomb.length).isLessThan(200);
        assertRefused(site, bomb, "bomb.png", "evidence.error.tooManyPixels");
    }

    @Test
    void anOversizedUploadIsRefusedWhileStreamingAndLeavesNoFile() throws Exception {
        long max = 1024 * 1024;
        long tempFilesBefore = countTempUploads();
        InputStream endless = new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent++ < 50L * max ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent >= 50L * max) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                sent += len;
                return len;
            }
        };
        assertThatThrownBy(() -> Receiving.toTemporaryFile(endless, -1, max))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("evidence.error.tooBig");
        assertThatThrownBy(() -> Receiving.toTemporaryFile(new ByteArrayInputStream(new byte[10]), 5 * max, max))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("evidence.error.tooBig");
        assertThat(countTempUploads()).isEqualTo(tempFilesBefore);
        Path small = Receiving.toTemporaryFile(new ByteArrayInputStream(new byte[10]), 10, max);
        assertThat(Files.size(small)).isEqualTo(10);
        Files.delete(small);
        assertThat(as.as("pm", evidence::maxFileBytes)).isEqualTo(20L * 1024 * 1024);
    }

    private void assertRefused(EvidenceFixture.Site site, byte[] bytes, String name, String key) throws Exception {
        long before = fixture.storedFiles();
        Path received = SampleFiles.file(bytes);
        assertThatThrownBy(() -> as.run("pm", () -> evidence.attach(
                AttachRequest.photo(OwnerType.WORK_ITEM, site.item().id(), Phase.BEFORE), received, name)))
                .as(name).isInstanceOf(DomainException.class).hasMessageStartingWith(key);
        assertThat(fixture.storedFiles()).as(name).isEqualTo(before);
        assertThat(Files.exists(received)).as(name + " is not left behind").isFalse();
    }

    private static long countTempUploads() throws Exception {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("chenggeng-evidence-")).count();
        }
    }

    static byte[] read(EvidenceFiles.Download d) throws Exception {
        try (InputStream in = d.content()) {
            return in.readAllBytes();
        }
    }
}
