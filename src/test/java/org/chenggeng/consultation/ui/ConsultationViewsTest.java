package org.chenggeng.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.region.CompoundService;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The consultation screens as each role sees them: full or masked register, recording, feedback or its figures. */
@ChenggengTest
class ConsultationViewsTest extends SpringBrowserlessTest {

    @Autowired
    CompoundService compounds;
    @Autowired
    RoundService rounds;
    @Autowired
    ProjectQueries projects;

    @SuppressWarnings("unchecked")
    private void openRegister(String compoundName) {
        navigate(HouseholdView.class);
        CompoundService.CompoundRow row = compounds.inScope().stream().filter(c -> c.name().equals(compoundName))
                .findFirst().orElseThrow();
        ComboBox<CompoundService.CompoundRow> compound = $(ComboBox.class).id("household-compound");
        compound.setValue(row);
    }

    private void feedbackTab() {
        $(TabSheet.class).id("consultation-tabs").setSelectedIndex(1);
    }

    @SuppressWarnings("unchecked")
    private Grid<HouseholdRow> register() {
        return $(Grid.class).id("household-grid");
    }

    @Test
    @WithUserDetails("committee")
    void theCommitteeSeesItsRegisterInFullAndMayAddToIt() {
        openRegister("靖江东里");
        assertThat(test(register()).size()).isEqualTo(1632); // complete: the compound record's households
        assertThat(test(register()).getCellText(0, 4)).endsWith("（示例）");
        assertThat(test(register()).getCellText(0, 2)).isEqualTo("101");
        assertThat($(Div.class).withId("masked-notice").exists()).isFalse();
        assertThat($(Button.class).id("add-household").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("committee")
    void beforeACompoundIsChosenTheRegisterAsksForOneInsteadOfSayingItIsEmpty() {
        navigate(HouseholdView.class);
        assertThat(register().getEmptyStateText()).isEqualTo("请先选择小区，再查看它的住户名册。");
        openRegister("靖江东里");
        assertThat(register().getEmptyStateText()).isEqualTo("名册中还没有住户。");
    }

    @Test
    @WithUserDetails("official")
    void anOfficialSeesTheRegisterMaskedAndCannotChangeIt() {
        openRegister("靖江东里");
        assertThat(test(register()).size()).isEqualTo(1632); // complete: the compound record's households
        assertThat(test(register()).getCellText(0, 4)).matches("\\S\\*+");
        assertThat(test(register()).getCellText(0, 5)).matches("\\d{3}\\*+\\d{4}");
        assertThat(test(register()).getCellText(0, 2)).isEqualTo("1**");
        assertThat($(Div.class).id("masked-notice").isVisible()).isTrue();
        assertThat($(Button.class).withId("add-household").exists()).isFalse();
    }

    @Test
    @WithUserDetails("committee")
    void recordingADoorRaisesTheCount() {
        Long round = rounds.openRounds().stream().filter(o -> o.projectCode().equals("YYH-2026-03")).findFirst()
                .orElseThrow().id();
        navigate("consultation/rounds/" + round + "/record", RecordView.class);
        Span count = $(Span.class).id("record-count");
        String before = count.getText();
        assertThat(before).matches("已记录 \\d+ / 12 户");
        Div door = $(Div.class).id("door-602");
        test($(Button.class, door).withClassName("answer-abstain").single()).click();
        int recorded = Integer.parseInt(before.replaceAll("已记录 (\\d+) / 12 户", "$1"));
        assertThat($(Span.class).id("record-count").getText()).isEqualTo("已记录 " + (recorded + 1) + " / 12 户");
        assertThat(door.getClassNames()).contains("recorded");
    }

    @Test
    @WithUserDetails("official")
    void anOfficialSeesRoundsAndFeedbackFiguresButNotTheFeedbackItself() {
        long id = projects.page(new ProjectFilter("YYH-2022-01", null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();
        navigate("projects/" + id + "/consultation", ConsultationView.class);
        assertThat(test($(Grid.class).id("rounds-grid")).size()).isEqualTo(3);
        feedbackTab();
        assertThat($(Grid.class).withId("feedback-grid").exists()).isFalse();
        assertThat($(Div.class).id("feedback-figures").getElement().getTextRecursively()).contains("收到意见");
        assertThat($(Button.class).withId("create-round").exists()).isFalse();
    }

    @Test
    @WithUserDetails("committee")
    void theCommitteeHandlesFeedbackAndOpensRounds() {
        long id = projects.page(new ProjectFilter("YYH-2022-01", null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();
        navigate("projects/" + id + "/consultation", ConsultationView.class);
        assertThat($(Button.class).id("create-round").isVisible()).isTrue();
        feedbackTab();
        assertThat(test($(Grid.class).id("feedback-grid")).size()).isGreaterThanOrEqualTo(9);
        assertThat($(Button.class).id("create-feedback").isVisible()).isTrue();
    }
}
