package org.chenggeng.inspection;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectNotices;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overdue is the project manager's lateness: an issue answered and waiting for the inspector's re-check is the
 * inspector's turn and counts as awaiting re-check, not overdue, on the project's flag, the manager's to-do, the
 * dashboard's figures and the report's table, until it is sent back, when it is the manager's again and overdue.
 */
@ChenggengTest
class IssueTurnTest {

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
    InspectionFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    private List<Long> raise(long project, LocalDate date, IssueData... raised) throws Exception {
        List<FindingData> found = java.util.Arrays.stream(raised)
                .map(d -> new FindingData(d.description(), Set.of(), d)).toList();
        var recorded = as.as("supervisor", () -> inspections.record(project,
                fixture.passing(InspectionKind.QUALITY, date, Set.of(), found)));
        return as.as("admin", () -> issues.ofProject(project)).stream()
                .filter(r -> recorded.findingIds().contains(r.sourceId())).map(IssueRow::id).sorted().toList();
    }

    private IssueRow row(long issue) throws Exception {
        return as.as("admin", () -> issues.get(issue)).issue();
    }

    @Test
    void anAnsweredIssuePastItsDeadlineIsAwaitingRecheckNotOverdueUntilItIsSentBack() throws Exception {
        long project = fixture.freshProject("ROAD_PAVING");
        ProjectFilter only = new ProjectFilter(as.as("admin", () -> projects.get(project).data().code()), null, null,
                null, null);
        LocalDate today = LocalDate.now(clock);
        List<Long> raised = raise(project, today.minusDays(30),
                new IssueData("井盖松动", Severity.MAJOR, "测试实施单位", today.minusDays(10)),
                new IssueData("围挡缺口", Severity.GENERAL, "测试实施单位", today.minusDays(5)),
                new IssueData("排水沟堵塞", Severity.GENERAL, "测试实施单位", today.plusDays(5)));
        long answered = raised.get(0);
        long late = raised.get(1);
        long onTime = raised.get(2);
        as.run(InspectionFixture.MANAGER, () -> issues.answer(answered, row(answered).version(), "已更换井盖"));

        assertThat(row(answered).status()).isEqualTo(IssueStatus.SUBMITTED);
        assertThat(row(answered).overdue()).as("the inspector's turn").isFalse();
        assertThat(row(answered).daysOverdue()).isZero();
        assertThat(row(late).overdue()).isTrue();
        assertThat(as.as(InspectionFixture.MANAGER, () -> issues.list(IssueService.Selection.MINE)))
                .extracting(IssueRow::id).contains(late, onTime).doesNotContain(answered);
        assertThat(as.as(InspectionFixture.MANAGER, () -> issues.list(IssueService.Selection.OVERDUE)))
                .extracting(IssueRow::id).contains(late).doesNotContain(answered, onTime);
        assertThat(as.as("supervisor", () -> issues.list(IssueService.Selection.MINE)))
                .as("the inspector's to-do: to re-check, and the overdue").extracting(IssueRow::id)
                .contains(answered, late).doesNotContain(onTime);
        assertThat(as.as("official", () -> notices.stream().flatMap(n -> n.of(project).stream()).toList()))
                .singleElement().satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("issue.notice.overdue");
                    assertThat(n.arguments()).as("overdue, not closed, severe").containsExactly(1L, 3, 0L);
                });
        IssueFigures f = as.as("official", () -> reads.figures(only));
        assertThat(f.open()).isEqualTo(3);
        assertThat(f.awaitingRecheck()).isEqualTo(1);
        assertThat(f.overdue()).isEqualTo(1);
        assertThat(as.as("official", () -> reads.issues(only, InspectionReadService.Figure.AWAITING_RECHECK)))
                .extracting(IssueRow::id).containsExactly(answered);
        assertThat(as.as("official", () -> reads.issues(only, InspectionReadService.Figure.OVERDUE)))
                .extracting(IssueRow::id).containsExactly(late);
        ProjectEnding ending = as.as("official", () -> reads.endings(List.of(project))).getFirst();
        assertThat(ending.issues(Severity.MAJOR)).isEqualTo(new ProjectEnding.IssueCounts(1, 1, 0, 0));
        assertThat(ending.issues(Severity.GENERAL)).isEqualTo(new ProjectEnding.IssueCounts(2, 0, 1, 0));

        as.run("supervisor", () -> issues.sendBack(answered, row(answered).version(), "井盖仍有异响"));

        assertThat(row(answered).overdue()).as("sent back past its deadline: the manager's turn, late").isTrue();
        assertThat(row(answered).daysOverdue()).isEqualTo(10);
        assertThat(as.as("official", () -> reads.figures(only))).satisfies(after -> {
            assertThat(after.overdue()).isEqualTo(2);
            assertThat(after.awaitingRecheck()).isZero();
        });
        assertThat(as.as(InspectionFixture.MANAGER, () -> issues.list(IssueService.Selection.MINE)))
                .extracting(IssueRow::id).contains(answered, late, onTime);
    }
}
