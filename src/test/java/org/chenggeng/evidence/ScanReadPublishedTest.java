package org.chenggeng.evidence;

import org.chenggeng.shared.PersonalDataRead;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a household's scan is published as a read of personal data; opening a site photo is not (decision 0030). */
@ChenggengTest
@RecordApplicationEvents
class ScanReadPublishedTest {

    @Autowired
    EvidenceService evidence;
    @Autowired
    EvidenceFiles files;
    @Autowired
    EvidenceFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    ApplicationEvents events;

    @Test
    void openingAConsentScanPublishesAHouseholdScanReadAndASitePhotoDoesNot() throws Exception {
        long answer = fixture.committeeAnswer();
        AttachmentRow scan = as.as("committee", () -> evidence.attach(AttachRequest.photo(OwnerType.ANSWER, answer,
                null), SampleFiles.file(SampleFiles.jpeg(300, 400, 41)), "同意书.jpg"));
        AttachmentRow site = as.as("pm", () -> evidence.attach(AttachRequest.photo(OwnerType.WORK_ITEM,
                fixture.pmSite().item().id(), Phase.BEFORE), SampleFiles.file(SampleFiles.jpeg(60, 40, 42)),
                "现场.jpg"));
        events.clear();
        as.as("pm", () -> EvidenceIntakeTest.read(files.open(site.token(), EvidenceFiles.Variant.ORIGINAL)));
        assertThat(events.stream(PersonalDataRead.class)).isEmpty();
        as.as("committee", () -> EvidenceIntakeTest.read(files.open(scan.token(), EvidenceFiles.Variant.ORIGINAL)));
        assertThat(events.stream(PersonalDataRead.class)).singleElement().satisfies(read -> {
            assertThat(read.what()).isEqualTo("HOUSEHOLD_SCAN");
            assertThat(read.entityType()).isEqualTo(EvidenceService.AUDIT_TYPE);
            assertThat(read.entityId()).isInstanceOf(Long.class);
            assertThat(read.rows()).isEqualTo(1);
        });
}
}
