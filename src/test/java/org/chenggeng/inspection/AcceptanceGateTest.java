package org.chenggeng.inspection;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.project.TransitionGuard;
import org.chenggeng.project.TransitionRequest;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 验收 needs a passed completion acceptance and no open 严重 issue; each missing precondition is named, the step is
 * refused while any is missing, and the completion acceptance itself needs its parties and a completed project.
 */
@ChenggengTest
class AcceptanceGateTest {

    @Autowired
    AcceptanceService acceptances;
    @Autowired
    InspectionService inspections;
    @Autowired
    IssueService issues;
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

    static List<PartyParticipant> parties() {
        return List.of(new PartyParticipant(Party.CLIENT, "月牙河街道办事处", "王主任"),
                new PartyParticipant(Party.CONTRACTOR, "测试实施单位", "李经理"),
                new PartyParticipant(Party.SUPERVISOR, "监理公司", "赵监理"),
                new PartyParticipant(Party.RESIDENTS, "居民代表", "刘大爷、陈阿姨"));
    }

    private long completed() throws Exception {
        long project = fixture.freshProject("ROAD_PAVING");
        fixture.move(project, ProjectStatus.COMPLETED, LocalDate.now(clock).minusDays(3));
        return project;
    }

    private List<String> gaps(long project) throws Exception {
        return as.as("official", () -> lifecycle.gaps(project)).stream().map(TransitionGuard.Gap::messageKey).toList();
    }

    private void accept(long project) throws Exception {
        as.run("official", () -> lifecycle.transition(project, new TransitionRequest(projects.get(project).version(),
                ProjectStatus.ACCEPTED, LocalDate.now(clock), "月牙河街道办事处", null)));
    }

    private void assertAcceptRefused(long project, String key) throws Exception {
        assertThatThrownBy(() -> accept(project)).isInstanceOf(DomainException.class).hasMessageStartingWith(key);
        assertThat(as.as("official", () -> projects.get(project).status())).isEqualTo(ProjectStatus.COMPLETED);
    }

    @Test
    void acceptanceWaitsForAPassedCompletionAcceptanceAndNoOpenSevereIssueAndSaysWhichIsMissing() throws Exception {
        long project = completed();
        LocalDate today = LocalDate.now(clock);
        assertThat(gaps(project)).containsExactly("gate.accepted.noCompletion");
        assertAcceptRefused(project, "gate.accepted.noCompletion");

        as.run("supervisor", () -> acceptances.record(project, new CompletionData(today.minusDays(2), "月牙河街道办事处",
                parties(), Conclusion.FAILED, "排水不畅，整改后复验")));
        assertThat(gaps(project)).containsExactly("gate.accepted.completionFailed");
        assertAcceptRefused(project, "gate.accepted.completionFailed");

        var severe = fixture.passing(InspectionKind.QUALITY, today.minusDays(1), Set.of(), List.of(new FindingData(
                "雨水口标高高于路面", Set.of(), new IssueData("雨水口标高高于路面", Severity.SEVERE, "测试实施单位", today))));
        as.run("supervisor", () -> inspections.record(project, severe));
        as.run("official", () -> acceptances.record(project, new CompletionData(today, "月牙河街道办事处", parties(),
                Conclusion.PASSED, "同意通过竣工验收")));
        assertThat(gaps(project)).containsExactly("gate.accepted.severeOpen");
        assertThat(as.as("official", () -> lifecycle.gaps(project)).getFirst().arguments()).containsExactly(1L);
        assertAcceptRefused(project, "gate.accepted.severeOpen");
        assertThatThrownBy(() -> as.run("pm", () -> acceptances.list(project))).as("not the demo manager's project")
                .isInstanceOf(AccessDeniedException.class);

        IssueRow open = as.as("admin", () -> issues.ofProject(project)).getFirst();
        assertThat(as.as("admin", () -> acceptances.list(project)).getFirst().openIssues())
                .as("the acceptance lists what was open that day").contains("雨水口标高高于路面");
        as.run(InspectionFixture.MANAGER, () -> issues.answer(open.id(), open.version(), "已调整雨水口标高"));
        as.run("supervisor", () -> issues.close(open.id(), issues.get(open.id()).issue().version(), null));

        assertThat(gaps(project)).isEmpty();
        assertThat(as.as("official", () -> lifecycle.prefill(project))).hasValueSatisfying(p -> {
            assertThat(p.date()).isEqualTo(today);
            assertThat(p.body()).isEqualTo("月牙河街道办事处");
        });
        accept(project);
        assertThat(as.as("official", () -> projects.get(project).status())).isEqualTo(ProjectStatus.ACCEPTED);
    }

    @Test
    void aCompletionAcceptanceNeedsTheClientTheContractorAndResidentsAndACompletedProject() throws Exception {
        long project = completed();
        LocalDate today = LocalDate.now(clock);
        List<PartyParticipant> noResidents = new ArrayList<>(parties());
        noResidents.removeIf(p -> p.party() == Party.RESIDENTS);
        assertThatThrownBy(() -> as.run("official", () -> acceptances.record(project, new CompletionData(today,
                "街道", noResidents, Conclusion.PASSED, null)))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("acceptance.error.partyMissing").hasMessageContaining("RESIDENTS");
        assertThatThrownBy(() -> as.run("official", () -> acceptances.record(project, new CompletionData(today,
                " ", parties(), Conclusion.PASSED, null)))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("acceptance.error.organiserRequired");
        assertThatThrownBy(() -> as.run("official", () -> acceptances.record(project, new CompletionData(
                today.plusDays(1), "街道", parties(), Conclusion.PASSED, null)))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("error.dateInFuture");
        assertThatThrownBy(() -> as.run(InspectionFixture.MANAGER, () -> acceptances.record(project,
                new CompletionData(today, "街道", parties(), Conclusion.PASSED, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.as("admin", () -> acceptances.list(project))).as("nothing recorded").isEmpty();

        long building = fixture.freshProject("ROAD_PAVING");
        assertThatThrownBy(() -> as.run("official", () -> acceptances.record(building, new CompletionData(today,
                "街道", parties(), Conclusion.PASSED, null)))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("acceptance.error.projectStatus");
        assertThat(as.as("official", () -> acceptances.mayRecord(building))).isFalse();
        assertThat(as.as("official", () -> acceptances.mayRecord(project))).isTrue();
    }
}
