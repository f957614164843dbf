package org.chenggeng.consultation;

import org.chenggeng.audit.AuditService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Door-to-door answers (changed, concurrent, out of scope, per item, after closing) and the feedback workflow. */
@ChenggengTest
class RecordingAndFeedbackTest {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    RoundService rounds;
    @Autowired
    ResponseService responses;
    @Autowired
    FeedbackService feedback;
    @Autowired
    WorkItemService workItems;
    @Autowired
    WorkTypeService types;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;

    private ResponseService.Door door(Long round, HouseholdRow h) throws Exception {
        return as.as("committee", () -> responses.doors(round, h.building(), h.unit())).stream()
                .filter(d -> d.household().id().equals(h.id())).findFirst().orElseThrow();
    }

    private void record(Long round, HouseholdRow h, Answer a, Long seen) throws Exception {
        as.run("committee", () -> responses.record(round, new ResponseService.RecordRequest(h.id(), a, Map.of(),
                false, false, null, seen)));
    }

    private String key(Throwable t) {
        return ((DomainException) t).messageKey();
    }

    @Test
    void aChangedAnswerReplacesTheEarlierOneAndTheAuditLogKeepsBoth() throws Exception {
        var site = fixture.site(3);
        Long round = fixture.round(site, RoundKind.CONSENT, ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of());
        fixture.answer(round, site, Answer.AGREE, Answer.AGREE, Answer.DISAGREE);
        assertThat(as.as("committee", () -> rounds.get(round)).round().tally().passed()).isTrue();

        var before = door(round, site.household(1));
        record(round, site.household(1), Answer.DISAGREE, before.answerVersion());

        var details = as.as("committee", () -> rounds.get(round));
        assertThat(details.round().tally().agree()).isEqualTo(1);
        assertThat(details.round().tally().passed()).isFalse();
        assertThat(details.round().recorded()).isEqualTo(3);
        var trail = as.as("auditor", () -> audit.search(new AuditService.AuditFilter(null, "HOUSEHOLD_RESPONSE", null,
                null, null), PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "id")))).stream()
                .filter(e -> e.after() != null && e.after().contains("\"householdId\":\"" + site.household(1).id() + "\""))
                .toList();
        assertThat(trail).extracting(AuditService.AuditRow::action).contains("CREATE", "CHANGE");
        assertThat(trail).filteredOn(e -> e.action().equals("CHANGE")).singleElement().satisfies(e -> {
            assertThat(e.before()).contains("AGREE");
            assertThat(e.after()).contains("DISAGREE");
        });
    }

    @Test
    void twoMembersRecordingTheSameDoorNeverOverwriteEachOther() throws Exception {
        var site = fixture.site(1);
        Long round = fixture.round(site, RoundKind.NEEDS, null, Set.of());
        record(round, site.household(0), Answer.AGREE, null);
        // the second member's screen still showed the door as unrecorded
        assertThatThrownBy(() -> record(round, site.household(0), Answer.DISAGREE, null))
                .isInstanceOf(StaleDataException.class);
        assertThat(door(round, site.household(0)).answer()).isEqualTo(Answer.AGREE);
    }

    @Test
    void householdsOutsideTheScopeAreNeitherRecordedNorCounted() throws Exception {
        var site = fixture.site(8);
        Long round = as.as("committee", () -> rounds.create(site.projectId(), new RoundData(RoundKind.CONSENT,
                RoundMethod.DOOR_TO_DOOR, site.compoundId(), ScopeKind.STAIRWELL, List.of("1号楼"), "2单元",
                LocalDate.now(), null, ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of(), null)));
        HouseholdRow firstUnit = site.household(0);
        assertThatThrownBy(() -> record(round, firstUnit, Answer.AGREE, null))
                .satisfies(t -> assertThat(key(t)).isEqualTo("response.error.outOfScope"));
        for (int i = 4; i < 7; i++) {
            record(round, site.household(i), Answer.AGREE, null);
        }
        var tally = as.as("committee", () -> rounds.get(round)).round().tally();
        assertThat(tally.households()).isEqualTo(4);
        assertThat(tally.agree()).isEqualTo(3);
        assertThat(tally.passed()).isTrue();
        assertThat(as.as("committee", () -> responses.stairwells(round))).containsOnlyKeys("1号楼")
                .containsEntry("1号楼", List.of("2单元"));
    }

    @Test
    void anAnswerOnAWorkItemReplacesTheRoundAnswerForThatItemOnly() throws Exception {
        var site = fixture.site(4);
        Long item = planElevator(site);
        Long round = fixture.round(site, RoundKind.CONSENT, ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of(item));
        fixture.answer(round, site, Answer.AGREE, Answer.AGREE, Answer.AGREE, Answer.AGREE);
        var h = site.household(0);
        as.run("committee", () -> responses.record(round, new ResponseService.RecordRequest(h.id(), Answer.AGREE,
                Map.of(item, Answer.DISAGREE), true, false, "F-001", door(round, h).answerVersion())));
        var h2 = site.household(1);
        as.run("committee", () -> responses.record(round, new ResponseService.RecordRequest(h2.id(), Answer.AGREE,
                Map.of(item, Answer.DISAGREE), false, false, null, door(round, h2).answerVersion())));
        var details = as.as("committee", () -> rounds.get(round));
        assertThat(details.round().tally().agree()).isEqualTo(4);
        assertThat(details.items()).singleElement().satisfies(i -> {
            assertThat(i.tally().agree()).isEqualTo(2);
            assertThat(i.tally().passed()).isFalse();
        });
        assertThat(door(round, h).formNumber()).isEqualTo("F-001");
        assertThat(door(round, h).itemAnswers()).containsEntry(item, Answer.DISAGREE);
    }

    @Test
    void aPaperAnswerNeedsItsFormNumberAndAClosedRoundTakesNoMoreAnswers() throws Exception {
        var site = fixture.site(2);
        Long round = fixture.round(site, RoundKind.NEEDS, null, Set.of());
        assertThatThrownBy(() -> as.run("committee", () -> responses.record(round, new ResponseService.RecordRequest(
                site.household(0).id(), Answer.AGREE, Map.of(), true, false, " ", null))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("response.error.formNumberRequired"));
        assertThat(door(round, site.household(0)).answer()).isNull();
        fixture.close(round);
        assertThatThrownBy(() -> record(round, site.household(1), Answer.AGREE, null))
                .satisfies(t -> assertThat(key(t)).isEqualTo("round.error.closed"));
        assertThatThrownBy(() -> fixture.close(round)).satisfies(t -> assertThat(key(t)).isEqualTo("round.error.closed"));
    }

    @Test
    void feedbackGoesFromReceiptToAnAnswerAndAdoptedFeedbackLinksToWorkItems() throws Exception {
        var site = fixture.site(2);
        Long item = planElevator(site);
        Long id = as.as("committee", () -> feedback.create(site.projectId(), new FeedbackData(site.household(0).id(),
                null, FeedbackChannel.MEETING, FeedbackCategory.BUILDINGS, "希望加装电梯", LocalDate.now().minusDays(6))));
        assertThatThrownBy(() -> as.run("committee", () -> feedback.decide(id, 0, FeedbackStatus.ADOPTED, null, Set.of())))
                .satisfies(t -> assertThat(key(t)).isEqualTo("feedback.error.illegalStep"));
        as.run("committee", () -> feedback.startReview(id, 0));
        assertThatThrownBy(() -> as.run("committee", () -> feedback.decide(id, 1, FeedbackStatus.NOT_ADOPTED, " ",
                Set.of()))).satisfies(t -> assertThat(key(t)).isEqualTo("feedback.error.reasonRequired"));
        as.run("committee", () -> feedback.decide(id, 1, FeedbackStatus.PARTLY_ADOPTED, null, Set.of(item)));
        assertThatThrownBy(() -> as.run("committee", () -> feedback.resolve(id, 2, "已纳入方案",
                LocalDate.now().minusDays(7)))).satisfies(t -> assertThat(key(t)).isEqualTo("feedback.error.responseBeforeReceipt"));
        as.run("committee", () -> feedback.resolve(id, 2, "已纳入方案", LocalDate.now().minusDays(2)));

        var row = as.as("committee", () -> feedback.list(site.projectId())).getFirst();
        assertThat(row.status()).isEqualTo(FeedbackStatus.RESOLVED);
        assertThat(row.decision()).isEqualTo(FeedbackStatus.PARTLY_ADOPTED);
        assertThat(row.items()).extracting(FeedbackService.LinkedItem::id).containsExactly(item);
        var summary = as.as("official", () -> feedback.summary(site.projectId()));
        assertThat(summary.adopted()).isEqualTo(1);
        assertThat(summary.resolved()).isEqualTo(1);
        assertThat(summary.medianDaysToAnswer()).isEqualByComparingTo("4.0");
    }

    @Test
    void feedbackThatWasNotAdoptedLinksToNothingAndItemsMustBeThisProjects() throws Exception {
        var site = fixture.site(1);
        var other = fixture.site(1);
        Long foreignItem = planElevator(other);
        Long id = as.as("committee", () -> feedback.create(site.projectId(), new FeedbackData(null, null,
                FeedbackChannel.PHONE, FeedbackCategory.OTHER, "匿名意见", LocalDate.now())));
        as.run("committee", () -> feedback.startReview(id, 0));
        assertThatThrownBy(() -> as.run("committee", () -> feedback.decide(id, 1, FeedbackStatus.ADOPTED, null,
                Set.of(foreignItem)))).satisfies(t -> assertThat(key(t)).isEqualTo("round.error.itemNotInProject"));
        as.run("committee", () -> feedback.decide(id, 1, FeedbackStatus.NOT_ADOPTED, "不在改造范围", null));
        Long own = planElevator(site);
        assertThatThrownBy(() -> as.run("committee", () -> feedback.link(id, 2, Set.of(own))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("feedback.error.linkNotAdopted"));
        assertThatThrownBy(() -> as.run("committee", () -> feedback.create(site.projectId(), new FeedbackData(
                other.household(0).id(), null, FeedbackChannel.PHONE, FeedbackCategory.OTHER, "x", LocalDate.now()))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("feedback.error.householdNotInProject"));
    }

    private Long planElevator(ConsultationFixture.Site site) throws Exception {
        return as.as("admin", () -> {
            Long type = types.all().stream().filter(t -> t.data().code().equals("ELEVATOR")).findFirst().orElseThrow().id();
            return workItems.create(site.projectId(), new WorkItemData(type, BigDecimal.ONE, null, null, null, null));
        });
    }
}
