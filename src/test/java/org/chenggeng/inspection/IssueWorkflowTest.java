package org.chenggeng.inspection;

import org.chenggeng.audit.AuditService;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectNotices;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The way of an issue: raised by a finding, rectified by the project manager, sent back with a reason, rectified
 * again, closed by the inspector; overdue when its deadline passed; and a project manager sees and answers only
 * their own projects' issues.
 */
@ChenggengTest
class IssueWorkflowTest {

    @Autowired
    InspectionService inspections;
    @Autowired
    IssueService issues;
    @Autowired
    InspectionReadService reads;
    @Autowired
    List<ProjectNotices> notices;
    @Autowired
    ProjectAccess projects;
    @Autowired
    AuditService audit;
    @Autowired
    InspectionFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    /** Records an inspection of the project on {@code date} with one finding per issue given; their issues' ids. */
    private List<Long> raise(long project, LocalDate date, IssueData... raised) throws Exception {
        List<FindingData> found = java.util.Arrays.stream(raised)
                .map(d -> new FindingData(d.description(), Set.of(), d)).toList();
        var data = fixture.passing(InspectionKind.QUALITY, date, Set.of(), found);
        var recorded = as.as("supervisor", () -> inspections.record(project, data));
        return as.as("admin", () -> issues.ofProject(project)).stream()
                .filter(r -> r.source() == IssueSource.FINDING && recorded.findingIds().contains(r.sourceId()))
                .map(IssueRow::id).sorted().toList();
    }

    private IssueRow row(long issue) throws Exception {
        return as.as("admin", () -> issues.get(issue)).issue();
    }

    @Test
    void anIssueIsRectifiedSentBackWithAReasonRectifiedAgainAndClosed() throws Exception {
        long project = fixture.freshProject("ROAD_PAVING");
        LocalDate today = LocalDate.now(clock);
        long issue = raise(project, today, new IssueData("人行道铺装不平整", Severity.MAJOR, "测试实施单位",
                today.plusDays(7))).getFirst();
        assertThat(row(issue).status()).isEqualTo(IssueStatus.OPEN);
        assertThat(as.as(InspectionFixture.MANAGER, () -> issues.get(issue)).mayAnswer()).isTrue();

        Long first = as.as(InspectionFixture.MANAGER, () -> issues.answer(issue, row(issue).version(), "已返工找平"));
        assertThat(first).isNotNull();
        assertThat(row(issue).status()).isEqualTo(IssueStatus.SUBMITTED);
        assertThat(as.as("supervisor", () -> issues.get(issue)).mayCheck()).isTrue();
        assertThat(as.as(InspectionFixture.MANAGER, () -> issues.get(issue)).mayAnswer()).isFalse();

        assertThatThrownBy(() -> as.run("supervisor", () -> issues.sendBack(issue, row(issue).version(), "  ")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("issue.error.reasonRequired");
        assertThat(row(issue).status()).as("a refused send-back changes nothing").isEqualTo(IssueStatus.SUBMITTED);
        as.run("supervisor", () -> issues.sendBack(issue, row(issue).version(), "仍有积水，坡度不足"));
        assertThat(row(issue).status()).isEqualTo(IssueStatus.OPEN);
        assertThat(row(issue).returnedCount()).isEqualTo(1);

        as.run(InspectionFixture.MANAGER, () -> issues.answer(issue, row(issue).version(), "调整坡度后复测无积水"));
        as.run("official", () -> issues.close(issue, row(issue).version(), "复查合格"));

        IssueDetails closed = as.as(InspectionFixture.MANAGER, () -> issues.get(issue));
        assertThat(closed.issue().status()).isEqualTo(IssueStatus.CLOSED);
        assertThat(closed.issue().closedOn()).isEqualTo(today);
        assertThat(closed.steps()).extracting(IssueDetails.Step::kind)
                .containsExactly("ANSWER", "RETURN", "ANSWER", "CLOSE");
        assertThat(closed.steps()).extracting(IssueDetails.Step::text)
                .containsExactly("已返工找平", "仍有积水，坡度不足", "调整坡度后复测无积水", "复查合格");
        assertThat(closed.mayAnswer()).isFalse();
        assertThat(closed.mayCheck()).isFalse();
        assertThat(as.as("auditor", () -> audit.search(new AuditService.AuditFilter(null, IssueRaising.ENTITY, null,
                null, null), PageRequest.of(0, 200)))).filteredOn(r -> r.entityId().equals(String.valueOf(issue)))
                .extracting(AuditService.AuditRow::action)
                .containsExactlyInAnyOrder("CREATE", "ANSWER", "RETURN", "ANSWER", "CLOSE");
    }

    @Test
    void eachStepIsRefusedOutOfTurnOrAgainstAnOlderVersion() throws Exception {
        long project = fixture.freshProject("ROAD_PAVING");
        LocalDate today = LocalDate.now(clock);
        long issue = raise(project, today, new IssueData("井盖破损", Severity.GENERAL, "测试实施单位", today)).getFirst();
        long seen = row(issue).version();

        assertThatThrownBy(() -> as.run("supervisor", () -> issues.close(issue, seen, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("issue.error.notSubmitted");
        assertThatThrownBy(() -> as.run(InspectionFixture.MANAGER, () -> issues.answer(issue, seen, " ")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("issue.error.rectificationRequired");
        as.run(InspectionFixture.MANAGER, () -> issues.answer(issue, seen, "已更换井盖"));
        assertThatThrownBy(() -> as.run(InspectionFixture.MANAGER, () -> issues.answer(issue, row(issue).version(), "再次")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("issue.error.notOpen");
        assertThatThrownBy(() -> as.run("supervisor", () -> issues.close(issue, seen, null)))
                .as("prepared against the version before the answer").isInstanceOf(DomainException.class)
                .hasMessageStartingWith("error.stale");
        assertThatThrownBy(() -> as.run(InspectionFixture.MANAGER, () -> issues.close(issue, row(issue).version(), null)))
                .as("a project manager does not re-check their own work").isInstanceOf(AccessDeniedException.class);
        assertThat(row(issue).status()).isEqualTo(IssueStatus.SUBMITTED);

        assertThatThrownBy(() -> as.run("supervisor", () -> raise(project, today, new IssueData("x", Severity.GENERAL,
                "测试实施单位", today.minusDays(1))))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("issue.error.deadlineBeforeRaised");
        assertThatThrownBy(() -> as.run("supervisor", () -> raise(project, today, new IssueData("x", null,
                "测试实施单位", today)))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("issue.error.severityRequired");
        assertThatThrownBy(() -> as.run("supervisor", () -> raise(project, today, new IssueData("x", Severity.GENERAL,
                " ", today)))).isInstanceOf(DomainException.class).hasMessageStartingWith("issue.error.unitRequired");
        assertThat(as.as("admin", () -> issues.ofProject(project))).as("refused inspections raise nothing").hasSize(1);
    }

    @Test
    void anIssuePastItsDeadlineIsOverdueOnTheProjectTheToDoListsAndTheFigures() throws Exception {
        long project = fixture.freshProject("ROAD_PAVING");
        String code = as.as("admin", () -> projects.get(project).data().code());
        LocalDate today = LocalDate.now(clock);
        List<Long> raised = raise(project, today.minusDays(30),
                new IssueData("围挡破损", Severity.SEVERE, "测试实施单位", today.minusDays(10)),
                new IssueData("渣土未覆盖", Severity.GENERAL, "测试实施单位", today.plusDays(5)),
                new IssueData("警示标志缺失", Severity.GENERAL, "测试实施单位", today.minusDays(20)),
                new IssueData("夜间施工扰民", Severity.MAJOR, "测试实施单位", today.minusDays(25)));
        long late = raised.get(0);
        long onTime = raised.get(1);
        for (long closing : List.of(raised.get(2), raised.get(3))) {
            as.run(InspectionFixture.MANAGER, () -> issues.answer(closing, row(closing).version(), "已整改"));
            as.run("supervisor", () -> issues.close(closing, row(closing).version(), null));
        }

        assertThat(row(late).overdue()).isTrue();
        assertThat(row(late).daysOverdue()).isEqualTo(10);
        assertThat(row(onTime).overdue()).isFalse();
        assertThat(row(raised.get(2)).overdue()).as("closed after its deadline, no longer overdue").isFalse();
        assertThat(as.as(InspectionFixture.MANAGER, () -> issues.list(IssueService.Selection.MINE)))
                .extracting(IssueRow::id).startsWith(late).contains(onTime);
        assertThat(as.as("official", () -> issues.list(IssueService.Selection.OVERDUE))).extracting(IssueRow::id)
                .contains(late).doesNotContain(onTime);
        assertThat(as.as("official", () -> issues.list(IssueService.Selection.MINE))).extracting(IssueRow::id)
                .as("an inspector's to-do holds the overdue").contains(late).doesNotContain(onTime);
        assertThat(as.as("official", () -> notices.stream().flatMap(n -> n.of(project).stream()).toList()))
                .singleElement().satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("issue.notice.overdue");
                    assertThat(n.arguments()).containsExactly(1L, 2, 1L);
                    assertThat(n.warning()).isTrue();
                });

        IssueFigures f = as.as("official", () -> reads.figures(new ProjectFilter(code, null, null, null, null)));
        assertThat(f.inspections()).isEqualTo(1);
        assertThat(f.raised()).isEqualTo(4);
        assertThat(f.open()).isEqualTo(2);
        assertThat(f.open(Severity.SEVERE)).isEqualTo(1);
        assertThat(f.open(Severity.GENERAL)).isEqualTo(1);
        assertThat(f.open(Severity.MAJOR)).isZero();
        assertThat(f.overdue()).isEqualTo(1);
        assertThat(f.closed()).isEqualTo(2);
        assertThat(f.medianDaysToClose()).as("both raised 30 days ago, closed today").isEqualByComparingTo(new BigDecimal("30.0"));
        assertThat(as.as("official", () -> reads.issues(new ProjectFilter(code, null, null, null, null),
                InspectionReadService.Figure.OVERDUE))).extracting(IssueRow::id).containsExactly(late);
        assertThat(as.as(InspectionFixture.OUTSIDER, () -> reads.figures(new ProjectFilter(code, null, null, null, null)))
                .raised()).as("outside the official's region nothing counts").isZero();
    }

    @Test
    void aProjectManagerSeesAndAnswersOnlyTheirOwnProjectsIssues() throws Exception {
        fixture.outsiders();
        long theirs = fixture.freshProject("ROAD_PAVING");
        long site = fixture.site();
        LocalDate today = LocalDate.now(clock);
        long notMine = raise(theirs, today, new IssueData("雨水口堵塞", Severity.GENERAL, "测试实施单位", today.plusDays(3)))
                .getFirst();
        long mine = raise(site, today, new IssueData("检查井周边沉降", Severity.GENERAL, "天津城投集团城市更新公司",
                today.plusDays(3))).getFirst();

        assertThatThrownBy(() -> as.run("pm", () -> issues.get(notMine))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("pm", () -> issues.answer(notMine, row(notMine).version(), "已疏通")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("pm", () -> issues.ofProject(theirs))).isInstanceOf(AccessDeniedException.class);
        assertThat(as.as("pm", () -> issues.list(IssueService.Selection.ALL))).extracting(IssueRow::id)
                .contains(mine).doesNotContain(notMine);
        assertThatThrownBy(() -> as.run(InspectionFixture.MANAGER, () -> issues.answer(mine, row(mine).version(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("committee", () -> issues.answer(notMine, row(notMine).version(), "x")))
                .as("the committee sees the project but does not rectify").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(InspectionFixture.OUTSIDE_SUPERVISOR, () -> issues.get(mine)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(row(notMine).status()).isEqualTo(IssueStatus.OPEN);

        as.run("pm", () -> issues.answer(mine, row(mine).version(), "已回填夯实"));
        assertThat(row(mine).status()).isEqualTo(IssueStatus.SUBMITTED);
    }
}
