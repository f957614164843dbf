package org.chenggeng.inspection;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.project.TransitionGuard;
import org.chenggeng.project.TransitionRequest;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ProgressService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 移交 needs a hand-over record, which lists the facilities from the completed work items and each work type's
 * warranty; a repair within a warranty becomes an issue, after it is refused with the day the warranty ended.
 */
@ChenggengTest
class HandoverTest {

    @Autowired
    HandoverService handovers;
    @Autowired
    AcceptanceService acceptances;
    @Autowired
    IssueService issues;
    @Autowired
    ProgressService progress;
    @Autowired
    ProjectLifecycle lifecycle;
    @Autowired
    ProjectAccess projects;
    @Autowired
    InspectionFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A fresh project whose paving and turf were done 50 days ago, accepted 43 days ago; its roof never started. */
    private long accepted() throws Exception {
        long project = fixture.freshProject("ROAD_PAVING", "TURF", "ROOF_WATERPROOFING");
        for (String code : List.of("ROAD_PAVING", "TURF")) {
            long item = fixture.item(project, code).id();
            as.run(InspectionFixture.MANAGER, () -> progress.log(new ProgressService.LogRequest(item,
                    today().minusDays(50), new BigDecimal("100"), null, false)));
        }
        fixture.move(project, ProjectStatus.COMPLETED, today().minusDays(45));
        as.run("official", () -> acceptances.record(project, new CompletionData(today().minusDays(44), "月牙河街道办事处",
                AcceptanceGateTest.parties(), Conclusion.PASSED, null)));
        fixture.move(project, ProjectStatus.ACCEPTED, today().minusDays(43));
        return project;
    }

    private Map<Long, Integer> months(long project, int paving, int turf) throws Exception {
        Map<Long, Integer> m = new HashMap<>();
        m.put(fixture.item(project, "ROAD_PAVING").workTypeId(), paving);
        m.put(fixture.item(project, "TURF").workTypeId(), turf);
        return m;
    }

    private HandoverData data(LocalDate date, Map<Long, Integer> months) {
        return new HandoverData(ReceivingKind.PROPERTY_COMPANY, "安居物业", date, "专项维修资金由物业按规定使用",
                new BigDecimal("80000.00"), months);
    }

    private void handOver(long project) throws Exception {
        as.run("official", () -> lifecycle.transition(project, new TransitionRequest(projects.get(project).version(),
                ProjectStatus.HANDED_OVER, lifecycle.prefill(project).orElseThrow().date(), null, null)));
    }

    @Test
    void theHandOverWaitsForItsRecordWhichListsTheCompletedFacilitiesAndTheirWarranties() throws Exception {
        long project = accepted();
        assertThat(as.as("official", () -> lifecycle.gaps(project))).extracting(TransitionGuard.Gap::messageKey)
                .containsExactly("gate.handedOver.noHandover");
        assertThatThrownBy(() -> as.run("official", () -> lifecycle.transition(project, new TransitionRequest(
                projects.get(project).version(), ProjectStatus.HANDED_OVER, today(), null, null))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("gate.handedOver.noHandover");

        Map<Long, Integer> onlyPaving = months(project, 24, 24);
        onlyPaving.remove(fixture.item(project, "TURF").workTypeId());
        assertThatThrownBy(() -> as.run("official", () -> handovers.record(project, data(today(), onlyPaving))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("handover.error.warrantyRequired")
                .hasMessageContaining("草皮补植");
        assertThatThrownBy(() -> as.run("official", () -> handovers.record(project, data(today().minusDays(44),
                months(project, 24, 24))))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("project.error.handoverBeforeAcceptance");
        assertThatThrownBy(() -> as.run("official", () -> handovers.record(project, data(today(),
                months(project, 24, 601))))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("handover.error.warrantyRange");
        for (String outsider : List.of(InspectionFixture.MANAGER, "supervisor", "committee")) {
            assertThatThrownBy(() -> as.run(outsider, () -> handovers.record(project, data(today(),
                    months(project, 24, 24))))).as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as.as("admin", () -> handovers.of(project))).as("nothing recorded").isEmpty();

        as.run("official", () -> handovers.record(project, data(today().minusDays(42), months(project, 1, 24))));
        var h = as.as(InspectionFixture.MANAGER, () -> handovers.of(project)).orElseThrow();
        assertThat(h.facilities()).extracting(Facility::nameZh).containsExactlyInAnyOrder("小区道路铺装", "草皮补植");
        assertThat(h.facilities()).allSatisfy(f -> assertThat(f.quantity()).isEqualByComparingTo("100"));
        assertThat(h.warranties()).extracting(HandoverService.Warranty::months).containsExactlyInAnyOrder(1, 24);
        assertThatThrownBy(() -> as.run("official", () -> handovers.record(project, data(today(),
                months(project, 24, 24))))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("handover.error.exists");

        assertThat(as.as("official", () -> lifecycle.gaps(project))).isEmpty();
        handOver(project);
        assertThat(as.as("official", () -> projects.get(project)).handoverDate()).isEqualTo(today().minusDays(42));
    }

    @Test
    void aRepairWithinItsWarrantyBecomesAnIssueAndAfterItIsRefusedWithTheDayItEnded() throws Exception {
        long project = accepted();
        long paving = fixture.item(project, "ROAD_PAVING").id();
        long turf = fixture.item(project, "TURF").id();
        IssueData repair = new IssueData("草皮大面积枯死", Severity.GENERAL, "测试实施单位", today().plusDays(7));
        as.run("official", () -> handovers.record(project, data(today().minusDays(42), months(project, 1, 24))));
        assertThatThrownBy(() -> as.run("official", () -> handovers.requestRepair(project, turf, repair)))
                .as("before the project is handed over").isInstanceOf(DomainException.class)
                .hasMessageStartingWith("repair.error.notHandedOver");
        handOver(project);

        LocalDate pavingEnds = today().minusDays(42).plusMonths(1);
        assertThatThrownBy(() -> as.run("committee", () -> handovers.requestRepair(project, paving, repair)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("repair.error.warrantyExpired")
                .hasMessageContaining(pavingEnds.toString());
        long roof = fixture.item(project, "ROOF_WATERPROOFING").id();
        assertThatThrownBy(() -> as.run("committee", () -> handovers.requestRepair(project, roof, repair)))
                .as("never built, never handed over").isInstanceOf(DomainException.class)
                .hasMessageStartingWith("repair.error.notHandedOverItem");
        assertThatThrownBy(() -> as.run(InspectionFixture.MANAGER, () -> handovers.requestRepair(project, turf, repair)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.as("admin", () -> handovers.repairs(project))).isEmpty();

        long issue = as.as("committee", () -> handovers.requestRepair(project, turf, repair));
        IssueRow row = as.as(InspectionFixture.MANAGER, () -> issues.get(issue)).issue();
        assertThat(row.source()).isEqualTo(IssueSource.REPAIR);
        assertThat(row.workItemId()).isEqualTo(turf);
        assertThat(row.status()).isEqualTo(IssueStatus.OPEN);
        assertThat(as.as("official", () -> handovers.repairs(project))).extracting(IssueRow::id).containsExactly(issue);
        assertThat(as.as("official", () -> handovers.of(project)).orElseThrow().warranties())
                .filteredOn(w -> w.months() == 1).singleElement().satisfies(w -> {
                    assertThat(w.running()).isFalse();
                    assertThat(w.endsOn()).isEqualTo(pavingEnds);
                });
        as.run(InspectionFixture.MANAGER, () -> issues.answer(issue, row.version(), "已补植草皮"));
        as.run("official", () -> issues.close(issue, issues.get(issue).issue().version(), null));
        assertThat(as.as("official", () -> issues.get(issue)).issue().status()).isEqualTo(IssueStatus.CLOSED);
    }
}
