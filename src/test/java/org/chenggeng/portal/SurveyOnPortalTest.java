package org.chenggeng.portal;

import org.chenggeng.consultation.RoundData;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.consultation.RoundMethod;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.ScopeKind;
import org.chenggeng.consultation.SurveyCodes;
import org.chenggeng.support.ApiTokens;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.FreshProjects;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A household answers the satisfaction survey at /p/survey with the one-time code of its door slip, typed into a
 * form (never in a URL): the code opens the round's survey, the answer is recorded as if at the door and the code is
 * used up; a second answer and an unknown code are refused with their reasons; no visit opens a session.
 */
@ChenggengTest
class SurveyOnPortalTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;
    @Autowired
    FreshProjects fresh;
    @Autowired
    RoundService rounds;
    @Autowired
    SurveyCodes codes;
    @Autowired
    Clock clock;

    @Test
    void aHouseholdAnswersOnceWithItsCodeAndASecondAnswerOrAnUnknownCodeIsRefused() throws Exception {
        MockMvcTester mvc = ApiTokens.mvc(context);
        long project = fresh.completed("门户问卷");
        long compound = fresh.compoundOf(project);
        LocalDate today = LocalDate.now(clock);
        long round = as.as("committee", () -> rounds.create(project, new RoundData(RoundKind.SATISFACTION,
                RoundMethod.QUESTIONNAIRE, compound, ScopeKind.COMPOUND, List.of(), null, today, today.plusDays(10),
                null, Set.of(), "改造效果满意度")));
        as.run("committee", () -> codes.issue(round));
        String code = jdbc.queryForList("select code from survey_code where round_id = ?", String.class, round)
                .getFirst();

        MvcTestResult start = mvc.get().uri("/p/survey").exchange();
        assertThat(start).hasStatusOk().bodyText().contains("问卷码");
        assertThat(start.getRequest().getSession(false)).isNull();
        MvcTestResult opened = mvc.post().uri("/p/survey").param("token", FeedbackFlowTest.token(start))
                .param("code", code.toLowerCase()).exchange();
        assertThat(opened).hasStatusOk().bodyText().contains("改造效果满意度", "您对本次改造总体是否满意");
        assertThat(opened.getResponse().getContentAsString()).doesNotContain("/p/survey/" + code);

        MvcTestResult answered = mvc.post().uri("/p/survey/answer").param("token", FeedbackFlowTest.token(opened))
                .param("code", code.toLowerCase()).param("answer", "AGREE").exchange();
        assertThat(answered).hasStatusOk().bodyText().contains("感谢参与");
        assertThat(jdbc.queryForObject("select count(*) from household_response where round_id = ?"
                + " and online_answer = true", Integer.class, round)).isOne();

        MvcTestResult again = mvc.post().uri("/p/survey/answer").param("token", FeedbackFlowTest.token(opened))
                .param("code", code).param("answer", "DISAGREE").exchange();
        assertThat(again).hasStatus(422).bodyText().contains("已使用过");
        MvcTestResult unknown = mvc.post().uri("/p/survey").param("token",
                FeedbackFlowTest.token(mvc.get().uri("/p/survey").exchange())).param("code", "ZZZZ-ZZZZ").exchange();
        assertThat(unknown).hasStatus(422).bodyText().contains("问卷码不正确");
        assertThat(jdbc.queryForObject("select count(*) from household_response where round_id = ?", Integer.class,
                round)).isOne();
    }
}
