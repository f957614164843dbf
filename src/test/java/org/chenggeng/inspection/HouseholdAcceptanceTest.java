package org.chenggeng.inspection;

import org.chenggeng.audit.AuditService;
import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.project.TransitionGuard;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Per-household acceptance: the committee records each door with the resident's confirmation, defects become issues,
 * the counts follow, 验收 waits for every household (or an official's exception), and the households stay the
 * committee's: nobody else sees a door, a signature or what was said at it.
 */
@ChenggengTest
class HouseholdAcceptanceTest {

    @Autowired
    HouseholdAcceptanceService doors;
    @Autowired
    IssueService issues;
    @Autowired
    ProjectLifecycle lifecycle;
    @Autowired
    EvidenceService evidence;
    @Autowired
    AuditService audit;
    @Autowired
    InspectionFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    private HouseholdAcceptanceService.Visit visit(DoorResult result, String note, String form, byte[] png) {
        return new HouseholdAcceptanceService.Visit(result, note, form, png, Severity.GENERAL,
                LocalDate.now(clock).plusDays(7));
    }

    private long withInHomeMeters() throws Exception {
        long project = fixture.freshProject("ROAD_PAVING", "WATER_METER");
        long meters = fixture.item(project, "WATER_METER").id();
        as.run(InspectionFixture.MANAGER, () -> doors.setInHome(project, Set.of(meters)));
        return project;
    }

    @Test
    void theCommitteeRecordsEachDoorWithTheResidentsConfirmationAndDefectsBecomeIssues() throws Exception {
        long project = withInHomeMeters();
        LocalDate today = LocalDate.now(clock);
        var first = as.as("committee", () -> doors.doors(project, "1号楼", "1单元"));
        assertThat(first).hasSize(12).allSatisfy(d -> assertThat(d.result()).isNull());
        var a = first.get(0);
        var b = first.get(1);
        var c = first.get(2);
        var d = first.get(3);

        assertThatThrownBy(() -> as.run("committee", () -> doors.record(project, a.household().id(), -1,
                visit(DoorResult.ACCEPTED, null, " ", null)))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("household.acceptance.error.confirmationRequired");
        assertThatThrownBy(() -> as.run("committee", () -> doors.record(project, c.household().id(), -1,
                visit(DoorResult.REFUSED, " ", null, null)))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("household.acceptance.error.reasonRequired");
        assertThat(as.as("official", () -> doors.progress(project)).tally().accepted()).as("nothing recorded").isZero();

        as.run("committee", () -> doors.record(project, a.household().id(), -1,
                visit(DoorResult.ACCEPTED, null, "FH-0001", null)));
        var signed = as.as("committee", () -> doors.record(project, b.household().id(), -1,
                visit(DoorResult.ACCEPTED, "住户满意", null, SampleFiles.png(300, 120))));
        assertThat(signed.signed()).isTrue();
        List<AttachmentRow> signature = as.as("committee", () -> evidence.of(OwnerType.HOUSEHOLD_ACCEPTANCE,
                signed.acceptanceId()));
        assertThat(signature).singleElement().satisfies(s -> assertThat(s.image()).isTrue());
        as.run("committee", () -> doors.record(project, c.household().id(), -1,
                visit(DoorResult.REFUSED, "住户对窗户颜色不满意，拒绝签字", null, null)));
        var defects = as.as("committee", () -> doors.record(project, d.household().id(), -1,
                new HouseholdAcceptanceService.Visit(DoorResult.DEFECTS, "卫生间窗户关闭不严", "FH-0004", null,
                        Severity.MAJOR, today.plusDays(10))));

        IssueRow raised = as.as(InspectionFixture.MANAGER, () -> issues.ofProject(project)).stream()
                .filter(i -> i.source() == IssueSource.HOUSEHOLD).findFirst().orElseThrow();
        assertThat(raised.description()).isEqualTo("1号楼-1单元：卫生间窗户关闭不严");
        assertThat(raised.severity()).isEqualTo(Severity.MAJOR);
        assertThat(raised.responsibleUnit()).isEqualTo("测试实施单位");
        assertThat(raised.deadline()).isEqualTo(today.plusDays(10));
        assertThat(raised.sourceId()).isEqualTo(defects.acceptanceId());

        var tally = as.as("official", () -> doors.progress(project)).tally();
        assertThat(tally.households()).isEqualTo(24);
        assertThat(tally.accepted()).isEqualTo(2);
        assertThat(tally.defects()).isEqualTo(1);
        assertThat(tally.refused()).isEqualTo(1);
        assertThat(tally.notVisited()).isEqualTo(20);

        assertThatThrownBy(() -> as.run("committee", () -> doors.record(project, d.household().id(), -1,
                visit(DoorResult.ACCEPTED, null, "FH-0004", null))))
                .as("a second recorder who had not seen the first visit").isInstanceOf(StaleDataException.class);
        as.run("committee", () -> doors.record(project, d.household().id(), defects.version(),
                visit(DoorResult.ACCEPTED, "窗户已修好", "FH-0004-2", null)));
        assertThat(as.as("official", () -> doors.progress(project)).tally().accepted()).isEqualTo(3);
    }

    @Test
    void nobodyButTheCommitteeSeesTheDoorsTheSignaturesOrWhatWasSaidAtThem() throws Exception {
        long project = withInHomeMeters();
        var door = as.as("committee", () -> doors.doors(project, "1号楼", "2单元")).getFirst();
        var done = as.as("committee", () -> doors.record(project, door.household().id(), -1,
                visit(DoorResult.DEFECTS, "王女士家阳台窗渗水", "FH-0101", SampleFiles.png(200, 80))));

        for (String outsider : List.of("official", InspectionFixture.MANAGER, "supervisor")) {
            assertThatThrownBy(() -> as.run(outsider, () -> doors.doors(project, "1号楼", "2单元"))).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.run(outsider, () -> doors.record(project, door.household().id(),
                    done.version(), visit(DoorResult.ACCEPTED, null, "x", null)))).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.run(outsider, () -> evidence.of(OwnerType.HOUSEHOLD_ACCEPTANCE,
                    done.acceptanceId()))).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThat(as.as(outsider, () -> doors.progress(project)).tally().defects()).as(outsider).isEqualTo(1);
        }
        assertThatThrownBy(() -> as.run("committee", () -> doors.setInHome(project, Set.of())))
                .as("the committee records doors; which works are in-home is the project's")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.as("official", () -> audit.search(new AuditService.AuditFilter(null,
                HouseholdAcceptanceService.ENTITY, null, null, null), PageRequest.of(0, 100))))
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.entityId()).as("the id names a household").isNull();
                    assertThat(r.after() == null ? "" : r.after()).doesNotContain("渗水").doesNotContain("FH-0101");
                });
    }

    @Test
    void acceptanceWaitsForEveryHouseholdOrAnOfficialsExceptionAndAProjectWithoutInHomeWorkNeedsNone() throws Exception {
        long plain = fixture.freshProject("ROAD_PAVING");
        assertThatThrownBy(() -> as.run("committee", () -> doors.doors(plain, "1号楼", "1单元")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("household.acceptance.error.noInHomeItems");

        long project = withInHomeMeters();
        var door = as.as("committee", () -> doors.doors(project, "1号楼", "1单元")).getFirst();
        as.run("committee", () -> doors.record(project, door.household().id(), -1,
                visit(DoorResult.ACCEPTED, null, "FH-1", null)));
        fixture.move(project, ProjectStatus.COMPLETED, LocalDate.now(clock));
        fixture.move(plain, ProjectStatus.COMPLETED, LocalDate.now(clock));

        var gaps = as.as("official", () -> lifecycle.gaps(project));
        assertThat(gaps).extracting(TransitionGuard.Gap::messageKey).contains("gate.accepted.householdsIncomplete");
        assertThat(gaps.stream().filter(g -> g.messageKey().equals("gate.accepted.householdsIncomplete"))
                .findFirst().orElseThrow().arguments()).containsExactly(24, 1, 0, 0, 23);
        assertThat(as.as("official", () -> lifecycle.gaps(plain))).extracting(TransitionGuard.Gap::messageKey)
                .doesNotContain("gate.accepted.householdsIncomplete");

        assertThatThrownBy(() -> as.run("official", () -> doors.waive(project, "  "))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("household.waiver.error.reasonRequired");
        assertThatThrownBy(() -> as.run(InspectionFixture.MANAGER, () -> doors.waive(project, "无人居住")))
                .isInstanceOf(AccessDeniedException.class);
        as.run("official", () -> doors.waive(project, "23户长期无人居住，经社区核实"));
        assertThat(as.as("official", () -> lifecycle.gaps(project))).extracting(TransitionGuard.Gap::messageKey)
                .doesNotContain("gate.accepted.householdsIncomplete");
        var waiver = as.as(InspectionFixture.MANAGER, () -> doors.progress(project)).waiver();
        assertThat(waiver.householdsOpen()).isEqualTo(23);
        assertThat(waiver.recordedBy()).isEqualTo("official");
        assertThatThrownBy(() -> as.run("official", () -> doors.waive(project, "再次"))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("household.waiver.error.exists");
    }
}
