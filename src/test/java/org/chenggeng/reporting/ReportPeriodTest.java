package org.chenggeng.reporting;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A period's report counts the projects active in the period, their plans and the period's completions; the
 * dashboard and the report of the same filter count the same projects and quantities (decision 0011).
 */
@ChenggengTest
class ReportPeriodTest {

    @Autowired
    ReportService reports;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ProjectQueries projects;
    @Autowired
    TestUsers as;

    private Report report(ProjectFilter filter, Period period) throws Exception {
        return as.as("official", () -> reports.report(new ReportRequest(filter, null, period, false),
                Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theReportOf2022CountsOnlyTheProjectActiveIn2022AndSetsItsPlanAgainstItsCompletions() throws Exception {
        Report report = report(ProjectFilter.none(), Period.year(2022));
        ProjectRow pilot = as.as("official", () -> projects.all(ProjectFilter.none())).stream()
                .filter(p -> p.code().equals("YYH-2022-01")).findFirst().orElseThrow();

        assertThat(report.projects()).extracting(Report.ProjectFigure::code).containsExactly("YYH-2022-01");
        assertThat(report.headline().projects()).isEqualTo(1);
        assertThat(report.headline().households()).isEqualTo(pilot.households());
        Report.TypeFigure wells = report.types().stream().filter(t -> t.type().code().equals("SEWAGE_WELL"))
                .findFirst().orElseThrow();
        assertThat(wells.planned()).isEqualByComparingTo("869");
        assertThat(wells.completed()).isEqualByComparingTo("869");
        assertThat(wells.percent()).isEqualByComparingTo("100.0");
    }

    @Test
    void aProjectCountsInTheYearsFromItsStartToItsCompletion() throws Exception {
        List<ProjectRow> all = as.as("official", () -> projects.all(ProjectFilter.none()));
        for (int year = 2021; year <= 2026; year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            List<String> expected = all.stream().filter(p -> {
                LocalDate start = p.actualStart() != null ? p.actualStart() : p.plannedStart();
                return start != null && !start.isAfter(last) && (p.actualEnd() == null || !p.actualEnd().isBefore(first));
            }).map(ProjectRow::code).toList();
            assertThat(report(ProjectFilter.none(), Period.year(year)).projects())
                    .as("the report of %d", year).extracting(Report.ProjectFigure::code)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(report(ProjectFilter.none(), Period.year(2024)).projects()).extracting(Report.ProjectFigure::code)
                .contains("YYH-2024-01", "YYH-2024-02").doesNotContain("YYH-2023-01", "YYH-2025-01", "YYH-2026-01");
    }

    @Test
    void theDashboardAndTheReportOfTheSameFilterCountTheSameProjectsHouseholdsAndQuantities() throws Exception {
        for (Integer year : new Integer[]{null, 2022, 2024}) {
            ProjectFilter filter = new ProjectFilter(null, null, year, null, null);
            var dashboard = as.as("official", () -> dashboards.dashboard(filter));
            Report report = report(filter, Period.all());
            assertThat(report.headline()).as("year %s", year).isEqualTo(dashboard.headline());
            Map<String, List<BigDecimal>> shown = dashboard.byType().stream().collect(Collectors.toMap(
                    t -> t.type().code(), t -> List.of(t.planned().stripTrailingZeros(),
                            t.completed().stripTrailingZeros())));
            Map<String, List<BigDecimal>> written = report.types().stream().collect(Collectors.toMap(
                    t -> t.type().code(), t -> List.of(t.planned().stripTrailingZeros(),
                            t.completed().stripTrailingZeros())));
            assertThat(written).as("year %s", year).isEqualTo(shown);
        }
    }
}
