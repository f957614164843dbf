package org.chenggeng.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import org.chenggeng.consultation.ConsultationFixture;
import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.FeedbackChannel;
import org.chenggeng.consultation.FeedbackData;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee handling a resident's feedback adds photos to it from the feedback's dialog, and sees them there;
 * an official, whom the feedback's rule keeps from the residents' words, gets no photos and no upload.
 */
@ChenggengTest
class FeedbackPhotosTest extends SpringBrowserlessTest {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    FeedbackService feedback;
    @Autowired
    HouseholdService households;
    @Autowired
    RoundService rounds;
    @Autowired
    WorkItemService workItems;
    @Autowired
    ProjectAccess projects;
    @Autowired
    PhotoWidgets photos;
    @Autowired
    EvidenceService evidence;
    @Autowired
    TestUsers as;

    @Test
    @WithUserDetails("committee")
    void theCommitteeAddsAPhotoToAFeedbackFromItsDialog() throws Exception {
        var site = fixture.site(1);
        Long id = feedback.create(site.projectId(), new FeedbackData(null, null, FeedbackChannel.MEETING,
                FeedbackCategory.FACILITIES, "楼道灯坏了（照片测试）", LocalDate.now().minusDays(1)));
        var row = feedback.list(site.projectId()).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        FeedbackStepDialog dialog = new FeedbackStepDialog(feedback, households, rounds, workItems, photos,
                projects.get(site.projectId()), row, () -> { });
        dialog.open();

        test($(Button.class, dialog).id("add-photos-feedback-" + id)).click();
        test($(Upload.class).id("evidence-gallery")).upload("楼道.jpg", "image/jpeg", SampleFiles.jpeg(800, 600, 7));

        assertThat(evidence.of(OwnerType.FEEDBACK, id)).singleElement()
                .satisfies(p -> assertThat(p.phase()).as("a resident's photo has no construction phase").isNull());
        long officialButtons = as.as("official", () -> $(Button.class, photos.forFeedback(id)).all().size());
        assertThat(officialButtons).isZero();
        assertThat(as.as("official", () -> evidence.mayAttach(OwnerType.FEEDBACK, id))).isFalse();
    }
}
