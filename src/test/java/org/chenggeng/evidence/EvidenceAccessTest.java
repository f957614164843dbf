package org.chenggeng.evidence;

import org.chenggeng.audit.AuditService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Access to a file follows its record; withdrawals hide and keep; personal-data downloads are audited. */
@ChenggengTest
class EvidenceAccessTest {

    @Autowired
    EvidenceService evidence;
    @Autowired
    EvidenceFiles files;
    @Autowired
    PhotoQueries photos;
    @Autowired
    FileCheck check;
    @Autowired
    AuditService audit;
    @Autowired
    EvidenceFixture fixture;
    @Autowired
    TestUsers as;

    @Test
    void aProjectManagerCannotFetchAnotherProjectsPhotoByItsUrlNorAttachToIt() throws Exception {
        long other = fixture.otherProject();
        AttachmentRow theirs = as.as("admin", () -> evidence.attach(AttachRequest.photo(OwnerType.PROJECT, other,
                Phase.BEFORE), SampleFiles.file(SampleFiles.jpeg(600, 400, 11)), "b.jpg"));

        assertThatThrownBy(() -> as.run("pm", () -> files.open(theirs.token(), EvidenceFiles.Variant.THUMBNAIL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("pm", () -> photos.page(other, PhotoQueries.Filter.allPhotos(), 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("pm", () -> evidence.attach(AttachRequest.photo(OwnerType.PROJECT, other,
                Phase.BEFORE), SampleFiles.file(SampleFiles.jpeg(60, 40, 12)), "c.jpg")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("committee", () -> evidence.attach(AttachRequest.photo(OwnerType.WORK_ITEM,
                fixture.pmSite().item().id(), Phase.BEFORE), SampleFiles.file(SampleFiles.jpeg(60, 40, 13)), "c.jpg")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.as("admin", () -> photos.page(other, PhotoQueries.Filter.allPhotos(), 0, 50)))
                .extracting(AttachmentRow::token).contains(theirs.token());
    }

    @Test
    void aHouseholdsConsentScanIsTheCommitteesAloneAndEachDownloadIsAudited() throws Exception {
        long answer = fixture.committeeAnswer();
        AttachmentRow scan = as.as("committee", () -> evidence.attach(AttachRequest.photo(OwnerType.ANSWER, answer,
                null), SampleFiles.file(SampleFiles.jpeg(900, 1200, 21)), "张三 同意书.jpg"));

        for (String outsider : List.of("official", "pm")) {
            assertThatThrownBy(() -> as.run(outsider, () -> files.open(scan.token(), EvidenceFiles.Variant.ORIGINAL)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.run(outsider, () -> evidence.of(OwnerType.ANSWER, answer)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as.as("official", () -> photos.page(scan.projectId(), PhotoQueries.Filter.allPhotos(), 0, 500)))
                .extracting(AttachmentRow::token).doesNotContain(scan.token());
        long downloadsBefore = downloads();
        as.as("committee", () -> EvidenceIntakeTest.read(files.open(scan.token(), EvidenceFiles.Variant.ORIGINAL)));
        assertThat(downloads()).isEqualTo(downloadsBefore + 1);
        List<AuditService.AuditRow> created = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("committee",
                EvidenceService.AUDIT_TYPE, null, null, null), PageRequest.of(0, 50)));
        assertThat(created).filteredOn(r -> r.action().equals("CREATE")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.after()).doesNotContain("张三"));
    }

    @Test
    void aWithdrawnPhotoIsHiddenKeptAndAuditedAndNeedsAReason() throws Exception {
        EvidenceFixture.Site site = fixture.pmSite();
        AttachmentRow photo = as.as("pm", () -> evidence.attach(AttachRequest.photo(OwnerType.WORK_ITEM,
                site.item().id(), Phase.AFTER), SampleFiles.file(SampleFiles.jpeg(640, 480, 31)), "w.jpg"));

        assertThatThrownBy(() -> as.run("pm", () -> evidence.withdraw(photo.token(), "  ")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("evidence.error.reasonRequired");
        assertThatThrownBy(() -> as.run("official", () -> evidence.withdraw(photo.token(), "不是我的")))
                .isInstanceOf(AccessDeniedException.class);
        as.run("pm", () -> evidence.withdraw(photo.token(), "拍错了工程项"));

        assertThat(as.as("pm", () -> evidence.of(OwnerType.WORK_ITEM, site.item().id())))
                .extracting(AttachmentRow::token).doesNotContain(photo.token());
        assertThatThrownBy(() -> as.run("pm", () -> files.open(photo.token(), EvidenceFiles.Variant.ORIGINAL)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("pm", () -> evidence.withdraw(photo.token(), "again")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("evidence.error.alreadyWithdrawn");
        assertThat(as.as("auditor", () -> audit.search(new AuditService.AuditFilter("pm", EvidenceService.AUDIT_TYPE,
                null, null, null), PageRequest.of(0, 100)))).filteredOn(r -> r.action().equals("WITHDRAW"))
                .anySatisfy(r -> assertThat(r.after()).contains("拍错了工程项"));
        assertThat(check.verify().consistent()).isTrue();
    }

    private long downloads() throws Exception {
        return as.as("auditor", () -> audit.search(new AuditService.AuditFilter("committee", EvidenceService.AUDIT_TYPE,
                null, null, null), PageRequest.of(0, 500)).stream().filter(r -> r.action().equals("DOWNLOAD")).count());
    }
}
