package org.chenggeng.inspection;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's inspection figures lead to what is behind them: the issues awaiting re-check apart from the
 * overdue ones, the inspections (each opening its record) and the projects with in-home works with their households
 * accepted.
 */
@ChenggengTest
class EndingDashboardTest extends SpringBrowserlessTest {

    @Autowired
    InspectionService inspections;
    @Autowired
    IssueService issues;
    @Autowired
    HouseholdAcceptanceService doors;
    @Autowired
    InspectionReadService reads;
    @Autowired
    ProjectAccess projects;
    @Autowired
    InspectionFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    private Grid<?> open(String figure, String grid) {
        Div d = $(Div.class).id("figure-issues-" + figure);
        ComponentUtil.fireEvent(d, new ClickEvent<>(d));
        Dialog dialog = $(Dialog.class).last();
        return $(Grid.class, dialog).id(grid);
    }

    private List<String> column(Grid<?> grid, int column) {
        return IntStream.range(0, test(grid).size()).mapToObj(r -> test(grid).getCellText(r, column)).toList();
    }

    @Test
    @WithUserDetails("official")
    void eachInspectionFigureOpensTheIssuesInspectionsOrProjectsBehindIt() throws Exception {
        long project = fixture.freshProject("ROAD_PAVING", "WATER_METER");
        String code = as.as("admin", () -> projects.get(project).data().code());
        String name = as.as("admin", () -> projects.get(project).data().name());
        as.run(InspectionFixture.MANAGER, () -> doors.setInHome(project,
                Set.of(fixture.item(project, "WATER_METER").id())));
        long household = as.as("committee", () -> doors.doors(project, "1号楼", "1单元")).getFirst().household().id();
        as.run("committee", () -> doors.record(project, household, -1, new HouseholdAcceptanceService.Visit(
                DoorResult.ACCEPTED, null, "FH-D1", null, null, null)));
        LocalDate today = LocalDate.now(clock);
        var recorded = as.as("supervisor", () -> inspections.record(project, fixture.passing(InspectionKind.SAFETY,
                today.minusDays(20), Set.of(), List.of(
                        new FindingData("看板测试：已回复", Set.of(), new IssueData("看板测试：已回复", Severity.MAJOR,
                                "测试实施单位", today.minusDays(3))),
                        new FindingData("看板测试：未回复", Set.of(), new IssueData("看板测试：未回复", Severity.MAJOR,
                                "测试实施单位", today.minusDays(3)))))));
        IssueRow answered = as.as("admin", () -> issues.ofProject(project)).stream()
                .filter(r -> r.description().equals("看板测试：已回复")).findFirst().orElseThrow();
        as.run(InspectionFixture.MANAGER, () -> issues.answer(answered.id(), answered.version(), "已整改"));

        navigate("dashboard", Component.class);
        var f = reads.figures(ProjectFilter.none());
        assertThat($(Div.class).id("figure-issues-awaitingRecheck").getElement().getTextRecursively())
                .contains("待复查").contains(String.valueOf(f.awaitingRecheck()));

        Grid<?> awaiting = open("awaitingRecheck", "issue-drill-grid");
        assertThat(test(awaiting).size()).isEqualTo(f.awaitingRecheck());
        assertThat(column(awaiting, 1)).contains("看板测试：已回复").doesNotContain("看板测试：未回复");
        assertThat(column(awaiting, 3)).containsOnly("待复查");
        $(Dialog.class).last().close();

        Grid<?> overdue = open("overdue", "issue-drill-grid");
        assertThat(test(overdue).size()).isEqualTo(f.overdue());
        assertThat(column(overdue, 1)).contains("看板测试：未回复").doesNotContain("看板测试：已回复");
        assertThat(column(overdue, 3)).containsOnly("待整改");
        $(Dialog.class).last().close();

        Grid<?> households = open("households", "household-drill-grid");
        int row = column(households, 0).indexOf(code);
        assertThat(row).isNotNegative();
        assertThat(test(households).getCellText(row, 3)).isEqualTo("1 / 24 户");
        $(Dialog.class).last().close();

        Grid<?> inspected = open("inspections", "inspection-drill-grid");
        assertThat(test(inspected).size()).isEqualTo(reads.inspections(ProjectFilter.none()).size());
        int ours = column(inspected, 0).indexOf(name);
        assertThat(ours).isNotNegative();
        assertThat(test(inspected).getCellText(ours, 1)).isEqualTo("安全检查");
        test(inspected).clickRow(ours);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("inspections/" + recorded.inspectionId());
    }
}
