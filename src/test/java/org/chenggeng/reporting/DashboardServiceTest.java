package org.chenggeng.reporting;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's figures agree with the project list, the work items and each other, within the user's scope. */
@ChenggengTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    ProjectQueries projects;
    @Autowired
    WorkItemService workItems;
    @Autowired
    TestUsers as;

    @Test
    void projectsByStatusAreTheProjectListsCounts() throws Exception {
        var dashboard = as.as("official", () -> dashboards.dashboard(ProjectFilter.none()));
        Map<ProjectStatus, Long> listed = as.as("official", () -> projects.countByStatus(ProjectFilter.none()));
        for (ProjectStatus s : ProjectStatus.values()) {
            assertThat(dashboard.byStatus().get(s)).as(s.name()).isEqualTo(listed.getOrDefault(s, 0L));
        }
        assertThat(dashboard.headline().projects()).isEqualTo(
                (int) (long) as.as("official", () -> projects.count(ProjectFilter.none())));
        assertThat(dashboard.headline().started()).isEqualTo(dashboard.byStatus().get(ProjectStatus.IN_PROGRESS)
                + dashboard.byStatus().get(ProjectStatus.COMPLETED) + dashboard.byStatus().get(ProjectStatus.ACCEPTED)
                + dashboard.byStatus().get(ProjectStatus.HANDED_OVER));
    }

    @Test
    void completionByWorkTypeSumsTheItemsInScope() throws Exception {
        var dashboard = as.as("pm", () -> dashboards.dashboard(ProjectFilter.none()));
        List<WorkItemRow> items = as.as("pm", () -> projects.all(ProjectFilter.none()).stream()
                .flatMap(p -> workItems.items(p.id()).stream()).filter(i -> !i.retired()).toList());
        Map<String, BigDecimal> planned = items.stream().collect(Collectors.groupingBy(WorkItemRow::typeCode,
                Collectors.reducing(BigDecimal.ZERO, WorkItemRow::planned, BigDecimal::add)));
        Map<String, BigDecimal> completed = items.stream().collect(Collectors.groupingBy(WorkItemRow::typeCode,
                Collectors.reducing(BigDecimal.ZERO, WorkItemRow::completed, BigDecimal::add)));
        assertThat(dashboard.byType()).hasSize(planned.size());
        for (var t : dashboard.byType()) {
            assertThat(t.planned()).isEqualByComparingTo(planned.get(t.type().code()));
            assertThat(t.completed()).isEqualByComparingTo(completed.get(t.type().code()));
        }
        assertThat(dashboard.headline().projects()).isEqualTo(2);
    }

    @Test
    void theCurveEndsAtTheCompletionOfTheScopeAndEveryFigureDrillsDown() throws Exception {
        long id = as.as("official", () -> projects.page(new ProjectFilter("YYH-2022-01", null, null, null, null),
                PageRequest.of(0, 1)).getFirst().id());
        var only2022 = new ProjectFilter(null, null, 2022, null, null);
        var dashboard = as.as("official", () -> dashboards.dashboard(only2022));
        assertThat(dashboard.headline().projects()).isEqualTo(1);
        var lastActual = dashboard.curve().stream().filter(p -> p.actual() != null).reduce((a, b) -> b).orElseThrow();
        assertThat(lastActual.actual()).isEqualByComparingTo("100.0");
        assertThat(dashboard.curve().getFirst().month()).isEqualTo(YearMonth.of(2022, 3));
        var bench = dashboard.byType().stream().filter(t -> t.type().code().equals("BENCH")).findFirst().orElseThrow();
        var behind = as.as("official", () -> dashboards.projectsWithType(only2022, bench.typeId()));
        assertThat(behind).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.completed()).isEqualByComparingTo("21");
        });
        assertThat(as.as("official", () -> dashboards.projectsActiveIn(only2022, YearMonth.of(2022, 6))))
                .extracting(DashboardService.ProjectDrill::id).containsExactly(id);
        assertThat(as.as("official", () -> dashboards.projectsActiveIn(only2022, YearMonth.of(2021, 6)))).isEmpty();
        assertThat(dashboard.byCommunity()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("靖江里社区");
            assertThat(c.completion()).isEqualByComparingTo("100.0");
        });
        assertThat(dashboard.consultation().consentPassed()).isEqualTo(1);
        assertThat(dashboard.consultation().satisfactionRate()).isEqualByComparingTo("81.81");
    }
}
