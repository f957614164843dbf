package org.chenggeng.notice;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.project.TransitionGuard;
import org.chenggeng.project.TransitionRequest;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.FreshProjects;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the administrator (or the configuration) turns it on, 立项 waits for a published plan notice and a published
 * consent result notice whose periods have ended; the lifecycle names the notice that is missing or still running
 * and until when. Off (the configuration's default), nothing waits. Only administrators switch it.
 */
@ChenggengTest
class NoticeGateTest {

    @Autowired
    NoticeSettings settings;
    @Autowired
    NoticeService notices;
    @Autowired
    NoticeSamples samples;
    @Autowired
    ProjectLifecycle lifecycle;
    @Autowired
    ProjectAccess projects;
    @Autowired
    FreshProjects fresh;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    @AfterEach
    void switchOffAgain() throws Exception {
        as.run("admin", () -> settings.setGate(false));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<TransitionGuard.Gap> gaps(long project) throws Exception {
        return as.as("official", () -> lifecycle.gaps(project));
    }

    private void approve(long project) throws Exception {
        as.run("official", () -> lifecycle.transition(project, new TransitionRequest(projects.get(project).version(),
                ProjectStatus.APPROVED, null, null, null)));
    }

    private Long ended(long project, NoticeKind kind) throws Exception {
        return as.as("admin", () -> samples.published(project, new NoticeData(kind, "公示", "内容",
                today().minusDays(9), today().minusDays(2))));
    }

    @Test
    void offByConfigurationNothingWaitsAndOnlyAnAdministratorSwitchesIt() throws Exception {
        assertThat(as.as("official", () -> settings.gate())).satisfies(s -> {
            assertThat(s.required()).isFalse();
            assertThat(s.configured()).isFalse();
            assertThat(s.mayChange()).isFalse();
        });
        assertThatThrownBy(() -> as.run("official", () -> settings.setGate(true)))
                .isInstanceOf(AccessDeniedException.class);
        long project = fresh.readyForApproval("闸门关");
        assertThat(gaps(project)).isEmpty();
        approve(project);
        assertThat(as.as("official", () -> projects.get(project).status())).isEqualTo(ProjectStatus.APPROVED);
        as.run("admin", () -> settings.setGate(true));
        assertThat(as.as("official", () -> settings.gate())).satisfies(s -> {
            assertThat(s.required()).isTrue();
            assertThat(s.configured()).isFalse();
            assertThat(s.changedBy()).isEqualTo("admin");
        });
    }

    @Test
    void withBothNoticesMissingTheLifecycleNamesBothAndRefuses() throws Exception {
        long project = fresh.readyForApproval("闸门缺");
        as.run("admin", () -> settings.setGate(true));
        assertThat(gaps(project)).extracting(TransitionGuard.Gap::messageKey)
                .containsExactly("gate.approved.noticeMissing", "gate.approved.noticeMissing");
        assertThat(gaps(project)).extracting(g -> g.arguments().getFirst().toString())
                .containsExactly("notice.kind.PLAN", "notice.kind.CONSENT_RESULT");
        assertThatThrownBy(() -> approve(project)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("gate.approved.noticeMissing").hasMessageContaining("notice.kind.PLAN");
        assertThat(as.as("official", () -> projects.get(project).status())).isEqualTo(ProjectStatus.CONSULTING);
    }

    @Test
    void aPlanStillRunningIsNamedWithItsLastDayAndTheMissingConsentResultToo() throws Exception {
        long project = fresh.readyForApproval("闸门期");
        as.run("admin", () -> settings.setGate(true));
        as.run("official", () -> notices.publishNew(project, NoticeServiceTest.plan(null, null)));
        List<TransitionGuard.Gap> g = gaps(project);
        assertThat(g).extracting(TransitionGuard.Gap::messageKey)
                .containsExactly("gate.approved.noticeRunning", "gate.approved.noticeMissing");
        assertThat(g.getFirst().arguments()).extracting(Object::toString)
                .containsExactly("notice.kind.PLAN", today().toString(), today().plusDays(6).toString());
        assertThatThrownBy(() -> approve(project)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("gate.approved.noticeRunning")
                .hasMessageContaining(today().plusDays(6).toString());
    }

    @Test
    void aConsentResultStillRunningWaitsThoughThePlanHasEnded() throws Exception {
        long project = fresh.readyForApproval("闸门果");
        as.run("admin", () -> settings.setGate(true));
        ended(project, NoticeKind.PLAN);
        as.run("official", () -> notices.publishNew(project, new NoticeData(NoticeKind.CONSENT_RESULT, "结果公示",
                "通过", today(), today().plusDays(4))));
        assertThat(gaps(project)).singleElement().satisfies(gap -> {
            assertThat(gap.messageKey()).isEqualTo("gate.approved.noticeRunning");
            assertThat(gap.arguments().getFirst().toString()).isEqualTo("notice.kind.CONSENT_RESULT");
            assertThat(gap.arguments().get(2).toString()).isEqualTo(today().plusDays(4).toString());
        });
        assertThatThrownBy(() -> approve(project)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("gate.approved.noticeRunning");
    }

    @Test
    void withdrawnAndDraftNoticesCountForNothingAndBothEndedPeriodsLetTheProjectThrough() throws Exception {
        long project = fresh.readyForApproval("闸门过");
        as.run("admin", () -> settings.setGate(true));
        Long wrong = ended(project, NoticeKind.PLAN);
        as.run("official", () -> notices.withdraw(wrong, notices.get(wrong).version(), "方案有误"));
        as.run("official", () -> notices.draft(project, NoticeServiceTest.plan(null, null)));
        ended(project, NoticeKind.CONSENT_RESULT);
        assertThat(gaps(project)).extracting(TransitionGuard.Gap::messageKey)
                .containsExactly("gate.approved.noticeMissing");
        ended(project, NoticeKind.PLAN);
        assertThat(gaps(project)).isEmpty();
        approve(project);
        assertThat(as.as("official", () -> projects.get(project).status())).isEqualTo(ProjectStatus.APPROVED);
    }
}
