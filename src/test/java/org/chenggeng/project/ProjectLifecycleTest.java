package org.chenggeng.project;

import org.chenggeng.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectLifecycleTest {

    private static final Instant NOW = Instant.parse("2024-06-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private static ProjectData data() {
        return new ProjectData("T-1", "测试项目", 2024, false, "实施单位", new BigDecimal("100.00"),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, Set.of(1L));
    }

    private static final ApprovalCheck.Consent CONSENT = new ApprovalCheck.Consent(7L, "第1轮 意愿表决 通过");

    private static Project approved() {
        Project p = new Project(data(), false, NOW);
        p.startConsultation("u", NOW, null);
        p.approve(CONSENT, "u", NOW, null);
        return p;
    }

    @Test
    void aNewProjectIsInPlanningAndWalksTheLifecycleInOrder() {
        Project p = new Project(data(), false, NOW);
        assertThat(p.getStatus()).isEqualTo(ProjectStatus.PLANNING);

        ProjectTransition t = p.startConsultation("official", NOW, null);
        assertThat(t.getFromStatus()).isEqualTo(ProjectStatus.PLANNING);
        assertThat(t.getToStatus()).isEqualTo(ProjectStatus.CONSULTING);
        ProjectTransition approval = p.approve(CONSENT, "official", NOW, null);
        assertThat(approval.getConsentRoundId()).isEqualTo(7L);
        assertThat(approval.getConsentTally()).isEqualTo(CONSENT.tally());
        p.startWork(LocalDate.of(2024, 3, 1), TODAY, "pm", NOW, null);
        p.complete(LocalDate.of(2024, 5, 1), TODAY, "pm", NOW, null);
        p.accept(LocalDate.of(2024, 5, 20), "区住建委", TODAY, "official", NOW, null);
        ProjectTransition last = p.handOver(LocalDate.of(2024, 5, 30), TODAY, "official", NOW, "移交物业");

        assertThat(p.getStatus()).isEqualTo(ProjectStatus.HANDED_OVER);
        assertThat(last.getNote()).isEqualTo("移交物业");
        assertThat(p.milestones().acceptanceBody()).isEqualTo("区住建委");
    }

    @Test
    void aStepCannotBeSkipped() {
        Project p = new Project(data(), false, NOW);
        assertThatThrownBy(() -> p.approve(CONSENT, "u", NOW, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.illegalTransition");
        assertThatThrownBy(() -> p.startWork(LocalDate.of(2024, 3, 1), TODAY, "u", NOW, null))
                .isInstanceOf(DomainException.class);
        assertThat(p.getStatus()).isEqualTo(ProjectStatus.PLANNING);
    }

    @Test
    void approvalNeedsAPassedConsentRound() {
        Project p = new Project(data(), false, NOW);
        p.startConsultation("u", NOW, null);
        assertThatThrownBy(() -> p.approve(null, "u", NOW, "街道同意"))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.consentRequired");
        assertThat(p.getStatus()).isEqualTo(ProjectStatus.CONSULTING);
    }

    @Test
    void workCannotStartWithoutADateOrInTheFuture() {
        Project p = approved();
        assertThatThrownBy(() -> p.startWork(null, TODAY, "u", NOW, null))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.startDateRequired");
        assertThatThrownBy(() -> p.startWork(TODAY.plusDays(1), TODAY, "u", NOW, null))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.dateInFuture");
        assertThat(p.getStatus()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(p.milestones().actualStart()).isNull();
    }

    @Test
    void completionCannotPrecedeTheStartAndAcceptanceNeedsDateAndBody() {
        Project p = approved();
        p.startWork(LocalDate.of(2024, 3, 1), TODAY, "u", NOW, null);
        assertThatThrownBy(() -> p.complete(LocalDate.of(2024, 2, 1), TODAY, "u", NOW, null))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.endBeforeStart");
        p.complete(LocalDate.of(2024, 4, 1), TODAY, "u", NOW, null);
        assertThatThrownBy(() -> p.accept(LocalDate.of(2024, 4, 2), " ", TODAY, "u", NOW, null))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.acceptanceRequired");
        assertThatThrownBy(() -> p.accept(LocalDate.of(2024, 3, 31), "区住建委", TODAY, "u", NOW, null))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.acceptanceBeforeEnd");
        assertThat(p.getStatus()).isEqualTo(ProjectStatus.COMPLETED);
    }

    @Test
    void detailsAreValidatedBeforeAnythingChanges() {
        Project p = new Project(data(), false, NOW);
        ProjectData badDates = new ProjectData("T-1", "测试项目", 2024, false, null, null,
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), null, Set.of(1L));
        assertThatThrownBy(() -> p.update(badDates))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.plannedDates");
        ProjectData noCompounds = new ProjectData("T-1", "测试项目", 2024, false, null, null, null, null, null, Set.of());
        assertThatThrownBy(() -> p.update(noCompounds))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.compoundsRequired");
        ProjectData badCode = new ProjectData("项目一", "测试项目", 2024, false, null, null, null, null, null, Set.of(1L));
        assertThatThrownBy(() -> p.update(badCode))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.codeFormat");
        ProjectData fractionalFen = new ProjectData("T-1", "测试项目", 2024, false, null, new BigDecimal("1.001"),
                null, null, null, Set.of(1L));
        assertThatThrownBy(() -> p.update(fractionalFen))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.budget");
        assertThat(p.getPlannedStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(p.getBudget()).isEqualByComparingTo("100.00");
    }
}
