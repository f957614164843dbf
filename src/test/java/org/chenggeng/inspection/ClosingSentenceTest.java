package org.chenggeng.inspection;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.reporting.NarrativeStyle;
import org.chenggeng.reporting.Period;
import org.chenggeng.reporting.ReportRequest;
import org.chenggeng.reporting.ReportService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ProgressService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's narrative can end with the sentence officials write on acceptance (已完成竣工验收，整改问题N项全部销号),
 * counted from the project's own records, and the dashboard counts how far projects have come at their end.
 */
@ChenggengTest
class ClosingSentenceTest {

    @Autowired
    ReportService reports;
    @Autowired
    InspectionReadService reads;
    @Autowired
    InspectionService inspections;
    @Autowired
    IssueService issues;
    @Autowired
    AcceptanceService acceptances;
    @Autowired
    ProgressService progress;
    @Autowired
    ProjectAccess projects;
    @Autowired
    InspectionFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    private String narrative(long project, boolean acceptance, Locale locale) throws Exception {
        return as.as("official", () -> reports.report(new ReportRequest(ProjectFilter.none(), project, Period.all(),
                false, new NarrativeStyle(List.of(), true, acceptance)), locale)).narrative();
    }

    @Test
    void theNarrativeSaysTheCompletionAcceptancePassedAndHowManyIssuesWereClosed() throws Exception {
        long project = fixture.freshProject("ROAD_PAVING");
        LocalDate today = LocalDate.now(clock);
        long paving = fixture.item(project, "ROAD_PAVING").id();
        as.run(InspectionFixture.MANAGER, () -> progress.log(new ProgressService.LogRequest(paving, today.minusDays(20),
                new BigDecimal("120"), null, true)));
        var data = fixture.passing(InspectionKind.QUALITY, today.minusDays(10), Set.of(paving), List.of(
                new FindingData("路面裂缝", Set.of(paving), new IssueData("路面裂缝", Severity.GENERAL, "测试实施单位", today)),
                new FindingData("路缘石松动", Set.of(paving), new IssueData("路缘石松动", Severity.MAJOR, "测试实施单位", today))));
        as.run("supervisor", () -> inspections.record(project, data));
        List<IssueRow> raised = as.as("admin", () -> issues.ofProject(project));
        IssueRow first = raised.getFirst();
        as.run(InspectionFixture.MANAGER, () -> issues.answer(first.id(), first.version(), "已处理"));
        as.run("supervisor", () -> issues.close(first.id(), issues.get(first.id()).issue().version(), null));

        assertThat(narrative(project, true, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("更新改造中共铺装小区道路120平方米等。整改问题2项，已销号1项。");
        assertThat(narrative(project, false, Locale.SIMPLIFIED_CHINESE)).isEqualTo("更新改造中共铺装小区道路120平方米等。");

        IssueRow second = raised.get(1);
        as.run(InspectionFixture.MANAGER, () -> issues.answer(second.id(), second.version(), "已处理"));
        as.run("supervisor", () -> issues.close(second.id(), issues.get(second.id()).issue().version(), null));
        fixture.move(project, ProjectStatus.COMPLETED, today.minusDays(2));
        as.run("official", () -> acceptances.record(project, new CompletionData(today.minusDays(1), "月牙河街道办事处",
                AcceptanceGateTest.parties(), Conclusion.PASSED, null)));

        assertThat(narrative(project, true, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("更新改造中共铺装小区道路120平方米等。已完成竣工验收，整改问题2项全部销号。");
        assertThat(narrative(project, true, Locale.ENGLISH))
                .endsWith(". The completion acceptance has passed, and all 2 rectification issues are closed.");

        String code = as.as("admin", () -> projects.get(project).data().code());
        InspectionReadService.Ending ending = as.as("official", () -> reads.ending(new ProjectFilter(code, null, null,
                null, null)));
        assertThat(ending.completionPassed()).isEqualTo(1);
        assertThat(ending.handedOver()).isZero();
        assertThat(as.as("official", () -> reads.endingProjects(new ProjectFilter(code, null, null, null, null), false)))
                .extracting(org.chenggeng.project.ProjectHeader::id).containsExactly(project);
    }
}
