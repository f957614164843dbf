package org.chenggeng.notice;

import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.FeedbackChannel;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.FeedbackStatus;
import org.chenggeng.consultation.ResidentFeedback;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.FreshProjects;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A resident objects to a notice during its period, without an account: the objection lands in the committee's
 * feedback queue as online feedback that names the notice, and shows on the notice, with its words for the committee
 * and only its state for the official. Before the period and after it, it is refused with the day; nothing is kept.
 */
@ChenggengTest
class NoticeObjectionTest {

    @Autowired
    NoticeService notices;
    @Autowired
    NoticeSamples samples;
    @Autowired
    NoticeObjections objections;
    @Autowired
    FeedbackService feedback;
    @Autowired
    FreshProjects fresh;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void anObjectionDuringThePeriodBecomesResidentFeedbackLinkedToTheNotice() throws Exception {
        long project = fresh.consulting("异议");
        Long notice = as.as("official", () -> notices.publishNew(project, NoticeServiceTest.plan(null, null)));
        Long feedbackId = objections.object(project, notice, FeedbackCategory.PARKING, "  停车位规划不合理。 ");

        var queue = as.as("committee", () -> feedback.list(project));
        assertThat(queue).hasSize(1);
        FeedbackService.FeedbackRow f = queue.getFirst();
        assertThat(f.id()).isEqualTo(feedbackId);
        assertThat(f.channel()).isEqualTo(FeedbackChannel.ONLINE);
        assertThat(f.category()).isEqualTo(FeedbackCategory.PARKING);
        assertThat(f.household()).as("anonymous").isNull();
        assertThat(f.content()).isEqualTo("【对公示“改造方案公示”的异议】停车位规划不合理。");
        assertThat(f.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(jdbc.queryForObject("select moderation from feedback where id = ?", String.class, feedbackId))
                .as("like every feedback from the public side, it waits for the committee's moderation")
                .isEqualTo("PENDING");

        List<ResidentFeedback.FeedbackState> forCommittee = as.as("committee", () -> objections.of(notice));
        assertThat(forCommittee).extracting(ResidentFeedback.FeedbackState::content)
                .containsExactly(f.content());
        List<ResidentFeedback.FeedbackState> forOfficial = as.as("official", () -> objections.of(notice));
        assertThat(forOfficial).hasSize(1);
        assertThat(forOfficial.getFirst().content()).as("officials see feedback as figures only").isNull();
        assertThat(forOfficial.getFirst().status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(as.as("official", () -> notices.get(notice)).objections()).isEqualTo(1);
    }

    @Test
    void beforeAndAfterThePeriodAndToADraftAnObjectionIsRefusedAndNothingKept() throws Exception {
        long project = fresh.consulting("异议期");
        Long ended = as.as("admin", () -> samples.published(project, new NoticeData(NoticeKind.PLAN, "旧方案公示",
                "已期满。", today().minusDays(10), today().minusDays(3))));
        Long coming = as.as("official", () -> notices.publishNew(project, NoticeServiceTest.plan(today().plusDays(2),
                null)));
        Long draft = as.as("official", () -> notices.draft(project, NoticeServiceTest.plan(null, null)));
        assertThatThrownBy(() -> objections.object(project, ended, null, "反对"))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("notice.error.periodEnded")
                .hasMessageContaining(today().minusDays(3).toString());
        assertThatThrownBy(() -> objections.object(project, coming, null, "反对"))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("notice.error.notStarted")
                .hasMessageContaining(today().plusDays(2).toString());
        assertThatThrownBy(() -> objections.object(project, draft, null, "反对"))
                .as("a draft is not there for residents").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> objections.object(project + 100_000, coming, null, "反对"))
                .as("through another project").isInstanceOf(NotFoundException.class);
        Long running = as.as("official", () -> notices.publishNew(project, NoticeServiceTest.plan(null, null)));
        assertThatThrownBy(() -> objections.object(project, running, null, "  "))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("notice.error.objectionRequired");
        assertThatThrownBy(() -> objections.object(project, running, null, "字".repeat(1801)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("error.tooLong");
        assertThat(as.as("committee", () -> feedback.list(project))).isEmpty();
        assertThat(as.as("official", () -> notices.list(project))).allSatisfy(n -> assertThat(n.objections()).isZero());

        objections.object(project, running, null, "其他意见");
        assertThat(as.as("committee", () -> feedback.list(project))).extracting(FeedbackService.FeedbackRow::category)
                .containsExactly(FeedbackCategory.OTHER);
        as.run("official", () -> notices.withdraw(running, notices.get(running).version(), "重新公示"));
        assertThatThrownBy(() -> objections.object(project, running, null, "再提"))
                .as("withdrawn").isInstanceOf(NotFoundException.class);
    }
}
