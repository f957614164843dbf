package org.chenggeng.notice;

import org.chenggeng.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A notice's own rules: seven days from publication unless its period says otherwise, both days counted; never from
 * before the day it is published; fixed once published; ended the day after its last; objections only within it.
 */
class NoticeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    private static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");

    private static Notice draft(LocalDate start, LocalDate end) {
        return new Notice(7L, new NoticeData(NoticeKind.PLAN, " 靖江东里改造方案公示 ", "改造内容：雨污分流、道路铺装。",
                start, end), "official", NOW, false);
    }

    @Test
    void aNoticePublishedWithoutAPeriodRunsSevenDaysFromTheDayOfPublicationBothCounted() {
        Notice n = draft(null, null);
        assertThat(n.getTitle()).isEqualTo("靖江东里改造方案公示");
        assertThat(n.status(TODAY)).isEqualTo(NoticeStatus.DRAFT);
        n.publish(TODAY, TODAY, "official", NOW);
        assertThat(n.getPeriodStart()).isEqualTo(TODAY);
        assertThat(n.getPeriodEnd()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(n.status(LocalDate.of(2026, 5, 10))).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(n.status(LocalDate.of(2026, 5, 11))).isEqualTo(NoticeStatus.ENDED);
        assertThat(n.getPublishedBy()).isEqualTo("official");
    }

    @Test
    void aPeriodStartsNoEarlierThanPublicationEndsNoEarlierThanItStartsAndLastsAtMostAYear() {
        assertThatThrownBy(() -> draft(TODAY.minusDays(1), null).publish(TODAY, TODAY, "official", NOW))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("notice.error.startInPast")
                .hasMessageContaining("2026-05-04");
        assertThatThrownBy(() -> draft(TODAY, TODAY.minusDays(1))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("notice.error.endBeforeStart");
        assertThatThrownBy(() -> draft(TODAY, TODAY.plusDays(400))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("notice.error.periodTooLong");
        Notice later = draft(TODAY.plusDays(3), null);
        later.publish(TODAY, TODAY, "official", NOW);
        assertThat(later.getPeriodEnd()).as("seven days from its first").isEqualTo(TODAY.plusDays(9));
        Notice oneDay = draft(TODAY, TODAY);
        oneDay.publish(TODAY, TODAY, "official", NOW);
        assertThat(oneDay.status(TODAY.plusDays(1))).isEqualTo(NoticeStatus.ENDED);
    }

    @Test
    void aPublishedNoticeIsFixedAndAWithdrawnOneTakesNothingMore() {
        Notice n = draft(null, null);
        n.publish(TODAY, TODAY, "official", NOW);
        NoticeData changed = new NoticeData(NoticeKind.PLAN, "改", "改", null, null);
        assertThatThrownBy(() -> n.update(changed)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("notice.error.notDraft");
        assertThatThrownBy(() -> n.publish(TODAY, TODAY, "official", NOW)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("notice.error.notDraft");
        assertThatThrownBy(() -> n.withdraw("  ", "official", NOW)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("notice.error.reasonRequired");
        assertThat(n.status(TODAY)).as("a refused withdrawal changes nothing").isEqualTo(NoticeStatus.PUBLISHED);
        n.withdraw("方案有误，重新公示", "official", NOW);
        assertThat(n.status(TODAY.plusDays(30))).as("withdrawn, never ended").isEqualTo(NoticeStatus.WITHDRAWN);
        assertThat(n.isPublic()).isFalse();
        assertThat(n.getWithdrawalReason()).isEqualTo("方案有误，重新公示");
        assertThatThrownBy(() -> n.withdraw("again", "official", NOW)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("notice.error.withdrawn");
    }

    @Test
    void objectionsAreTakenFromTheFirstDayToTheLastAndRefusedBeforeAndAfterWithTheDay() {
        Notice n = draft(TODAY.plusDays(2), TODAY.plusDays(8));
        assertThatThrownBy(() -> n.requireRunning(TODAY.plusDays(2))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("notice.error.notPublished");
        n.publish(TODAY, TODAY, "official", NOW);
        assertThatThrownBy(() -> n.requireRunning(TODAY.plusDays(1))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("notice.error.notStarted").hasMessageContaining("2026-05-06");
        n.requireRunning(TODAY.plusDays(2));
        n.requireRunning(TODAY.plusDays(8));
        assertThatThrownBy(() -> n.requireRunning(TODAY.plusDays(9))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("notice.error.periodEnded").hasMessageContaining("2026-05-12");
    }

    @Test
    void titleAndTextAreRequiredAndBounded() {
        assertThatThrownBy(() -> new Notice(1L, new NoticeData(NoticeKind.OTHER, "", "x", null, null), "o", NOW,
                false)).isInstanceOf(DomainException.class).hasMessageStartingWith("notice.error.required");
        assertThatThrownBy(() -> new Notice(1L, new NoticeData(null, "t", "x", null, null), "o", NOW, false))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("notice.error.required");
        assertThatThrownBy(() -> new Notice(1L, new NoticeData(NoticeKind.OTHER, "t", "字".repeat(5001), null, null),
                "o", NOW, false)).isInstanceOf(DomainException.class).hasMessageStartingWith("error.tooLong");
    }
}
