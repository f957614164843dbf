package org.chenggeng.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.chenggeng.consultation.ConsultationFixture;
import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.FeedbackChannel;
import org.chenggeng.consultation.FeedbackData;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.FeedbackStatus;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A committee member on a phone: what a dialog or a door card shows is saved by the step they take, or the card says
 * that it is not saved yet.
 */
class OneStepSavesOnPhoneIT extends PhoneJourney {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    FeedbackService feedback;
    @Autowired
    WorkItemService workItems;
    @Autowired
    WorkTypeService types;
    @Autowired
    TestUsers as;

    @Test
    void theWorkItemChosenWhileAnsweringAdoptedFeedbackIsKeptWithTheAnswer() throws Exception {
        var site = fixture.site(2);
        as.run("admin", () -> workItems.create(site.projectId(), new WorkItemData(types.all().stream()
                .filter(t -> t.data().code().equals("BENCH")).findFirst().orElseThrow().id(), BigDecimal.TEN, null,
                null, null, null)));
        as.run("committee", () -> {
            Long id = feedback.create(site.projectId(), new FeedbackData(null, null, FeedbackChannel.MEETING,
                    FeedbackCategory.FACILITIES, "楼前希望多放几把座椅", LocalDate.now().minusDays(4)));
            feedback.startReview(id, 0);
            feedback.decide(id, 1, FeedbackStatus.ADOPTED, null, Set.of());
        });
        Page page = signedInPhone("committee");

        page.navigate(url("projects/" + site.projectId() + "/consultation"));
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("居民意见")).click();
        page.locator(".feedback-handle:visible").first().click();
        page.locator("#feedback-items input").click();
        page.locator("#feedback-items input").fill("座椅");
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("休闲座椅"))
                .first().click();
        page.keyboard().press("Escape");
        page.locator("#feedback-response textarea").fill("已纳入改造方案，随工程实施。");
        shot(page, "feedback-answer-with-item");
        page.locator("#feedback-resolve").click();

        assertThat(page.locator("#feedback-cards")).containsText("已办结");
        assertThat(page.locator("#feedback-cards")).containsText("休闲座椅");
        page.context().close();
    }

    @Test
    void aPaperFormNumberAddedAfterTheAnswerIsSavedOrTheCardSaysItIsNot() {
        Page page = signedInPhone("committee");
        page.navigate(url("consultation"));
        page.locator(".round-card").filter(new Locator.FilterOptions().setHasText("加装电梯"))
                .locator("vaadin-button").first().click();

        Locator recorded = page.locator("#door-101");
        recorded.locator("vaadin-details-summary").click();
        recorded.locator("vaadin-checkbox input").first().check();
        recorded.locator("vaadin-text-field input").fill("DT-0101");
        recorded.locator("vaadin-text-field input").blur();
        assertThat(recorded.locator(".door-unsaved")).hasText("详情尚未保存：点“保存详情”，或重新点选答复。");
        shot(page, "door-details-unsaved");
        recorded.locator("vaadin-button.door-save-details").click();
        assertThat(recorded.locator(".door-status")).containsText("书面意见 · DT-0101");
        assertThat(recorded.locator(".door-unsaved")).isHidden();

        Locator open = page.locator("#door-601");
        open.locator("vaadin-details-summary").click();
        open.locator("vaadin-text-field input").fill("DT-0601");
        open.locator("vaadin-text-field input").blur();
        assertThat(open.locator(".door-unsaved")).hasText("详情尚未保存：点选答复时一并保存。");

        page.reload();
        assertThat(page.locator("#door-101 .door-status")).containsText("书面意见 · DT-0101");
        page.context().close();
    }
}
