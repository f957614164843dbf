package org.chenggeng.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.consultation.ConsultationFixture;
import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.FeedbackChannel;
import org.chenggeng.consultation.FeedbackData;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.FeedbackStatus;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.ResponseService;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a dialog or a door card shows is what one step saves, or it says plainly that it is not saved yet. */
@ChenggengTest
class OneStepSavesWhatItShowsTest extends SpringBrowserlessTest {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    FeedbackService feedback;
    @Autowired
    HouseholdService households;
    @Autowired
    RoundService rounds;
    @Autowired
    ResponseService responses;
    @Autowired
    WorkItemService workItems;
    @Autowired
    WorkTypeService types;
    @Autowired
    ProjectAccess projects;
    @Autowired
    TestUsers as;
    @Autowired
    org.chenggeng.evidence.ui.PhotoWidgets photoWidgets;

    @Test
    @WithUserDetails("committee")
    void theWorkItemsChosenWhenAnsweringAdoptedFeedbackAreSavedWithTheAnswer() throws Exception {
        var site = fixture.site(2);
        Long item = as.as("admin", () -> workItems.create(site.projectId(), new WorkItemData(types.all().stream()
                .filter(t -> t.data().code().equals("BENCH")).findFirst().orElseThrow().id(), BigDecimal.TEN, null,
                null, null, null)));
        Long id = feedback.create(site.projectId(), new FeedbackData(null, null, FeedbackChannel.MEETING,
                FeedbackCategory.FACILITIES, "希望多放座椅", LocalDate.now().minusDays(5)));
        feedback.startReview(id, 0);
        feedback.decide(id, 1, FeedbackStatus.ADOPTED, null, Set.of());
        var row = feedback.list(site.projectId()).getFirst();

        FeedbackStepDialog dialog = new FeedbackStepDialog(feedback, households, rounds, workItems, photoWidgets,
                projects.get(site.projectId()), row, () -> { });
        dialog.open();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<WorkItemRow> items = $(MultiSelectComboBox.class, dialog).id("feedback-items");
        items.setValue(items.getListDataView().getItems().filter(i -> i.id().equals(item)).toList());
        $(TextArea.class, dialog).id("feedback-response").setValue("已纳入改造方案");
        test($(Button.class, dialog).id("feedback-resolve")).click();

        var resolved = feedback.list(site.projectId()).getFirst();
        assertThat(resolved.status()).isEqualTo(FeedbackStatus.RESOLVED);
        assertThat(resolved.items()).extracting(FeedbackService.LinkedItem::id).containsExactly(item);
    }

    private Div door(String room) {
        Long round = rounds.openRounds().stream().filter(o -> o.projectCode().equals("YYH-2026-03")).findFirst()
                .orElseThrow().id();
        navigate("consultation/rounds/" + round + "/record", RecordView.class);
        return $(Div.class).id("door-" + room);
    }

    @Test
    @WithUserDetails("committee")
    void paperDetailsChangedAfterTheAnswerAreSavedWithSaveDetailsAndUntilThenTheCardSaysSo() {
        Div door = door("101");
        assertThat($(Button.class, door).withClassName("door-save-details").single().isEnabled()).isFalse();
        $(Checkbox.class, door).first().setValue(true);
        $(TextField.class, door).single().setValue("FN-0101");

        Span unsaved = $(Span.class, door).withClassName("door-unsaved").single();
        assertThat(unsaved.isVisible()).isTrue();
        assertThat(unsaved.getText()).isEqualTo("详情尚未保存：点“保存详情”，或重新点选答复。");
        test($(Button.class, door).withClassName("door-save-details").single()).click();

        assertThat(unsaved.isVisible()).isFalse();
        assertThat($(Span.class, door).withClassName("door-status").single().getText()).contains("书面意见 · FN-0101");
        assertThat(door("101").getElement().getTextRecursively()).contains("书面意见 · FN-0101");
    }

    @Test
    @WithUserDetails("committee")
    void detailsOfADoorWithoutAnAnswerSayTheyAreSavedWithTheAnswer() {
        Div door = door("601");
        $(TextField.class, door).single().setValue("FN-0601");
        Span unsaved = $(Span.class, door).withClassName("door-unsaved").single();
        assertThat(unsaved.isVisible()).isTrue();
        assertThat(unsaved.getText()).isEqualTo("详情尚未保存：点选答复时一并保存。");
        // nothing to save on its own until an answer is recorded
        assertThat($(Button.class, door).withClassName("door-save-details").exists()).isFalse();
    }
}
