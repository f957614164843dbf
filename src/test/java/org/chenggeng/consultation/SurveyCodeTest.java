package org.chenggeng.consultation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.FreshProjects;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One-time satisfaction codes: the committee issues one per household of the round's scope and prints them as door
 * notices; a household answers once with its code and no login, counted as if recorded at the door and marked as
 * online; a used, unknown, replaced, expired or foreign code is refused with its reason, and nothing is recorded.
 */
@ChenggengTest
class SurveyCodeTest {

    @Autowired
    SurveyCodes codes;
    @Autowired
    SurveyAnswers survey;
    @Autowired
    SurveyCodeRepository stored;
    @Autowired
    RoundService rounds;
    @Autowired
    ResponseService responses;
    @Autowired
    HouseholdService households;
    @Autowired
    FreshProjects fresh;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    private long satisfactionRound(long project) throws Exception {
        long compound = fresh.compoundOf(project);
        LocalDate today = LocalDate.now(clock);
        return as.as("committee", () -> rounds.create(project, new RoundData(RoundKind.SATISFACTION,
                RoundMethod.QUESTIONNAIRE, compound, ScopeKind.COMPOUND, List.of(), null, today, today.plusDays(10),
                null, Set.of(), "改造效果满意度")));
    }

    private Map<Long, String> codesOf(long round) {
        return stored.findByRoundId(round).stream().collect(java.util.stream.Collectors.toMap(
                SurveyCode::getHouseholdId, SurveyCode::getCode));
    }

    private static SurveyAnswers.SurveyAnswer satisfied(Long round) {
        return new SurveyAnswers.SurveyAnswer(round, Answer.AGREE, Map.of());
    }

    @Test
    void aHouseholdAnswersOnceWithItsCodeAndTheRoundCountsItAsOnline() throws Exception {
        long project = fresh.completed("问卷");
        long round = satisfactionRound(project);
        SurveyCodes.Issued issued = as.as("committee", () -> codes.issue(round));
        assertThat(issued.issued()).isEqualTo(24);
        Map<Long, String> byHousehold = codesOf(round);
        assertThat(byHousehold).hasSize(24);
        assertThat(byHousehold.values()).allSatisfy(c -> assertThat(c).hasSize(8)
                .matches("[" + SurveyCode.ALPHABET + "]{8}")).doesNotHaveDuplicates();

        long household = byHousehold.keySet().iterator().next();
        String code = byHousehold.get(household);
        String typed = " " + code.substring(0, 4).toLowerCase() + "-" + code.substring(4) + " ";
        SurveyAnswers.SurveyForm form = survey.survey(typed);
        assertThat(form.roundId()).isEqualTo(round);
        assertThat(form.projectId()).isEqualTo(project);
        assertThat(form.compoundName()).endsWith("小区");
        assertThat(form.closesOn()).isEqualTo(LocalDate.now(clock).plusDays(10));
        survey.answer(typed, satisfied(round));

        RoundService.RoundRow row = as.as("official", () -> rounds.get(round)).round();
        assertThat(row.recorded()).isEqualTo(1);
        assertThat(row.tally().agree()).isEqualTo(1);
        SurveyCodes.CodeSummary summary = as.as("official", () -> codes.summary(round));
        assertThat(summary.onlineAnswers()).isEqualTo(1);
        assertThat(summary.used()).isEqualTo(1);
        assertThat(summary.issued()).isEqualTo(24);
        assertThat(summary.mayIssue()).as("officials read the figures only").isFalse();
        assertThat(as.as("committee", () -> codes.summary(round)).mayIssue()).isTrue();
        ResponseService.Door door = as.as("committee", () -> java.util.stream.Stream.of("1单元", "2单元")
                .flatMap(unit -> responses.doors(round, "1号楼", unit).stream())
                .filter(d -> d.household().id() == household).findFirst().orElseThrow());
        assertThat(door.online()).isTrue();
        assertThat(door.answer()).isEqualTo(Answer.AGREE);

        assertThatThrownBy(() -> survey.answer(code, satisfied(round))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("survey.error.used");
        assertThatThrownBy(() -> survey.survey(code)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("survey.error.used");
        assertThat(as.as("official", () -> rounds.get(round)).round().recorded()).isEqualTo(1);
    }

    @Test
    void unknownForeignAndAlreadyRecordedCodesAndEmptyAnswersAreRefusedAndNothingIsRecorded() throws Exception {
        long project = fresh.completed("问卷拒");
        long round = satisfactionRound(project);
        long sameCompound = satisfactionRound(project);
        long other = satisfactionRound(fresh.completed("问卷他"));
        as.run("committee", () -> codes.issue(round));
        as.run("committee", () -> codes.issue(other));
        var mine = codesOf(round).entrySet().stream().toList();
        String code = mine.get(0).getValue();
        String foreign = codesOf(other).values().iterator().next();

        assertThatThrownBy(() -> survey.survey("123")).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("survey.error.unknown");
        assertThatThrownBy(() -> survey.answer("2222 2222", satisfied(null))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("survey.error.unknown");
        assertThatThrownBy(() -> survey.answer(code, satisfied(sameCompound))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("survey.error.otherRound");
        assertThatThrownBy(() -> survey.answer(foreign, satisfied(round))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("survey.error.otherCompound");
        assertThatThrownBy(() -> survey.answer(code, new SurveyAnswers.SurveyAnswer(round, Answer.NOT_REACHED,
                Map.of()))).isInstanceOf(DomainException.class).hasMessageStartingWith("survey.error.answerRequired");
        assertThatThrownBy(() -> survey.answer(code, new SurveyAnswers.SurveyAnswer(round, null, Map.of())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("survey.error.answerRequired");

        long atTheDoor = mine.get(1).getKey();
        as.run("committee", () -> responses.record(round, new ResponseService.RecordRequest(atTheDoor,
                Answer.DISAGREE, Map.of(), false, false, null, null)));
        assertThatThrownBy(() -> survey.answer(mine.get(1).getValue(), satisfied(round)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("survey.error.answered");

        assertThat(as.as("official", () -> rounds.get(round)).round().recorded()).as("the door's answer only")
                .isEqualTo(1);
        assertThat(as.as("official", () -> codes.summary(round)).used()).isZero();
        survey.answer(code, satisfied(null));
        assertThat(as.as("official", () -> codes.summary(round)).onlineAnswers()).isEqualTo(1);
    }

    @Test
    void oneCodeSentTwiceAtOnceRecordsOnce() throws Exception {
        long project = fresh.completed("问卷并发");
        long round = satisfactionRound(project);
        as.run("committee", () -> codes.issue(round));
        String code = codesOf(round).values().iterator().next();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> both = new java.util.ArrayList<>();
            for (Answer a : List.of(Answer.AGREE, Answer.DISAGREE)) {
                both.add(pool.submit(() -> {
                    start.await();
                    try {
                        survey.answer(code, new SurveyAnswers.SurveyAnswer(round, a, Map.of()));
                        return "recorded";
                    } catch (DomainException refused) {
                        return refused.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (var f : both) {
                outcomes.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce("recorded");
            assertThat(outcomes).filteredOn(o -> !o.equals("recorded")).singleElement()
                    .isIn("survey.error.used", "survey.error.answered");
        } finally {
            pool.shutdownNow();
        }
        RoundService.RoundRow row = as.as("official", () -> rounds.get(round)).round();
        assertThat(row.recorded()).isEqualTo(1);
        assertThat(as.as("official", () -> codes.summary(round)).onlineAnswers()).isEqualTo(1);
    }

    @Test
    void aClosedRoundsCodesHaveExpiredWithItsLastDay() throws Exception {
        long project = fresh.completed("问卷止");
        long round = satisfactionRound(project);
        as.run("committee", () -> codes.issue(round));
        String code = codesOf(round).values().iterator().next();
        as.run("committee", () -> rounds.close(round, rounds.get(round).round().version()));
        assertThatThrownBy(() -> survey.answer(code, satisfied(round))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("survey.error.closed").hasMessageContaining(LocalDate.now(clock).toString());
        assertThatThrownBy(() -> as.run("committee", () -> codes.issue(round))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("round.error.closed");
    }

    @Test
    void issuingAgainReplacesTheUnusedCodesSkipsTheAnsweredAndOnlyTheCommitteeMayIssueOrPrint() throws Exception {
        long project = fresh.completed("问卷重");
        long round = satisfactionRound(project);
        assertThatThrownBy(() -> as.run("official", () -> codes.issue(round)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("official", () -> codes.sheet(round)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("committee", () -> codes.sheet(round))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("surveyCodes.error.noneToPrint");
        as.run("committee", () -> codes.issue(round));
        var first = codesOf(round).entrySet().stream().toList();
        survey.answer(first.get(0).getValue(), satisfied(round));
        SurveyCodes.Issued again = as.as("committee", () -> codes.issue(round));
        assertThat(again.issued()).isEqualTo(23);
        assertThat(again.answered()).isEqualTo(1);
        Map<Long, String> second = codesOf(round);
        assertThat(second.get(first.get(0).getKey())).as("the used code stays").isEqualTo(first.get(0).getValue());
        assertThat(second.get(first.get(1).getKey())).isNotEqualTo(first.get(1).getValue());
        assertThatThrownBy(() -> survey.answer(first.get(1).getValue(), satisfied(round)))
                .as("the old slip no longer works").isInstanceOf(DomainException.class)
                .hasMessageStartingWith("survey.error.unknown");

        Long consent = as.as("official", () -> rounds.rounds(project)).stream()
                .filter(r -> r.kind() == RoundKind.CONSENT).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> as.run("committee", () -> codes.issue(consent))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("surveyCodes.error.notSatisfaction");
    }

    @Test
    void theDoorNoticesNameEachWaitingHouseholdAsOnItsDoorWithItsCodeAndThePortalsAddress() throws Exception {
        long project = fresh.completed("门贴");
        long round = satisfactionRound(project);
        as.run("committee", () -> codes.issue(round));
        Map<Long, String> byHousehold = codesOf(round);
        long answered = byHousehold.keySet().iterator().next();
        survey.answer(byHousehold.get(answered), satisfied(round));
        byte[] pdf = as.as("committee", () -> codes.sheet(round));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("23 slips, eight to a page").isEqualTo(3);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            var register = as.as("committee", () -> households.list(fresh.compoundOf(project), null));
            for (HouseholdRow h : register) {
                String code = byHousehold.get(h.id());
                if (h.id() == answered) {
                    assertThat(text).doesNotContain(code);
                } else {
                    assertThat(text).contains(h.building() + h.unit() + h.room()).contains(code);
                }
            }
            // the address as on the door, after the compound's name; the answered household (any one: the map's first
            // key) has no slip, so the check takes one that is waiting
            HouseholdRow waiting = register.stream().filter(h -> h.id() != answered).findFirst().orElseThrow();
            assertThat(text).contains("/p/survey").contains("改造满意度调查")
                    .contains("小区" + waiting.building() + waiting.unit() + waiting.room());
        }
    }

    @Test
    void aHouseholdLeavesTheRegisterWithItsUnusedCode() throws Exception {
        long project = fresh.completed("问卷删");
        long compound = fresh.compoundOf(project);
        Long added = as.as("committee", () -> households.create(compound, new HouseholdData("2号楼", "1单元", "101",
                new java.math.BigDecimal("80.00"), null, null)));
        long round = satisfactionRound(project);
        as.run("committee", () -> codes.issue(round));
        assertThat(codesOf(round)).hasSize(25);
        HouseholdRow gone = as.as("committee", () -> households.list(compound, "2号楼")).getFirst();
        assertThat(gone.id()).isEqualTo(added);
        String code = codesOf(round).get(gone.id());
        as.run("committee", () -> households.delete(gone.id(), gone.version()));
        assertThat(codesOf(round)).doesNotContainKey(gone.id()).hasSize(24);
        assertThatThrownBy(() -> survey.survey(code)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("survey.error.unknown");
    }
}
