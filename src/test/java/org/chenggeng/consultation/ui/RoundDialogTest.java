package org.chenggeng.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.ScopeKind;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The round dialog says a missing choice of buildings on the buildings field, with the round's own rule, and sets up nothing. */
@ChenggengTest
class RoundDialogTest extends SpringBrowserlessTest {

    @Autowired
    ProjectQueries projects;
    @Autowired
    RoundService rounds;

    @Test
    @WithUserDetails("committee")
    @SuppressWarnings("unchecked")
    void noBuildingChosenIsSaidOnTheBuildingsFieldAndNoRoundIsSetUp() {
        long id = projects.page(new ProjectFilter("YYH-2022-01", null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();
        int before = rounds.rounds(id).size();
        navigate("projects/" + id + "/consultation", ConsultationView.class);
        test($(Button.class).id("create-round")).click();
        Select<Object> compound = $(Select.class).id("round-compound");
        compound.setValue(compound.getListDataView().getItems().findFirst().orElseThrow());
        $(RadioButtonGroup.class).id("round-scope").setValue(ScopeKind.BUILDINGS);
        test($(Button.class).id("round-save")).click();

        MultiSelectComboBox<String> buildings = $(MultiSelectComboBox.class).id("round-buildings");
        assertThat(buildings.isInvalid()).isTrue();
        assertThat(buildings.getErrorMessage()).isEqualTo("请选择至少一栋楼。");
        assertThat(compound.isInvalid()).isFalse();
        assertThat($(Notification.class).exists()).isFalse();
        assertThat(rounds.rounds(id).size()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("committee")
    void anOpenRoundIsReadBackThroughTheBinderAndSavesUnchanged() {
        Long id = rounds.openRounds().stream().filter(o -> o.projectCode().equals("YYH-2026-03")).findFirst()
                .orElseThrow().id();
        RoundService.RoundRow open = rounds.get(id).round();
        navigate("consultation/rounds/" + open.id(), RoundView.class);
        test($(Button.class).id("edit-round")).click();

        assertThat($(DatePicker.class).id("round-opens").getValue()).isEqualTo(open.opensOn());
        assertThat($(RadioButtonGroup.class).id("round-scope").getValue()).isEqualTo(open.scopeKind());
        assertThat($(Select.class).id("round-compound").getValue()).isNotNull();
        test($(Button.class).id("round-save")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已保存");
        assertThat(rounds.get(open.id()).round().opensOn()).isEqualTo(open.opensOn());
    }
}
