package org.chenggeng.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.chenggeng.consultation.RoundData;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.consultation.RoundMethod;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.ScopeKind;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.FreshProjects;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A satisfaction round's page: the committee issues the codes and then finds the door notices to print. */
@ChenggengTest
class SurveyCodesPanelTest extends SpringBrowserlessTest {

    @Autowired
    RoundService rounds;
    @Autowired
    FreshProjects fresh;
    @Autowired
    TestUsers as;

    @Test
    @WithUserDetails("committee")
    void theCommitteeIssuesTheCodesAndTheRoundOffersTheDoorNotices() throws Exception {
        long project = fresh.completed("码页");
        long compound = fresh.compoundOf(project);
        Long round = as.as("committee", () -> rounds.create(project, new RoundData(RoundKind.SATISFACTION,
                RoundMethod.QUESTIONNAIRE, compound, ScopeKind.COMPOUND, List.of(), null, LocalDate.now(), null, null,
                Set.of(), null)));
        RoundView view = navigate("consultation/rounds/" + round, RoundView.class);
        assertThat($(Span.class, view).id("survey-online").getText()).isEqualTo("线上作答 0 户");
        assertThat($(Anchor.class, view).withId("print-codes").all()).as("nothing to print yet").isEmpty();
        test($(Button.class, view).id("issue-codes")).click();
        assertThat($(Span.class, view).id("survey-figures").getText()).isEqualTo("本轮范围 24 户 · 已发问卷码 24 户 · 已使用 0 个");
        assertThat($(Anchor.class, view).id("print-codes").getText()).isEqualTo("打印门贴（PDF）");
        assertThat($(Button.class, view).id("issue-codes").getText()).isEqualTo("重新生成问卷码");
    }
}
