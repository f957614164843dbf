package org.chenggeng.reporting.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import org.chenggeng.shared.ui.EChart;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard shows its figures, and a click on a figure opens the projects behind it. */
@ChenggengTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("official")
    void aClickOnAStatusBarOpensTheProjectListFilteredByThatStatus() {
        navigate(DashboardView.class);
        assertThat($(Div.class).id("figure-projects").getElement().getTextRecursively()).contains("10");
        EChart chart = $(EChart.class).id("chart-status");
        assertThat(chart.getElement().getProperty("optionJson")).contains("征询");
        ComponentUtil.fireEvent(chart, new EChart.ChartClickEvent(chart, true, 0, 1, "征询"));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEmpty();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("status"))
                .contains("CONSULTING");
        @SuppressWarnings("unchecked")
        Select<Object> status = $(Select.class).id("status-filter");
        assertThat(String.valueOf(status.getValue())).isEqualTo("CONSULTING");
    }

    @Test
    @WithUserDetails("official")
    void stageNamesUnderTheBarsBreakOnlyBetweenWords() {
        navigate(DashboardView.class);
        EChart chart = $(EChart.class).id("chart-status");
        var labels = new tools.jackson.databind.json.JsonMapper()
                .readTree(chart.getElement().getProperty("optionJson")).path("xAxis").path("data");
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            lines.addAll(java.util.List.of(labels.get(i).asString().split("\n")));
        }
        // A bar's label is 64 px wide, five characters at 12 px: a longer line would be cut inside a word.
        assertThat(lines).contains("移交", "长效管理").allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(5));
    }

    @Test
    @WithUserDetails("official")
    void theReportLinkOpensTheReportOfWhatTheDashboardShows() {
        navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = $(Select.class).id("dashboard-year");
        test(year).selectItem("2022");
        String projects = $(Div.class).id("figure-projects").getElement().getTextRecursively();
        String households = $(Div.class).id("figure-households").getElement().getTextRecursively();
        test($(Button.class).id("dashboard-report")).click();

        ReportView report = (ReportView) UI.getCurrent().getCurrentView();
        @SuppressWarnings("unchecked")
        Grid<Object> appendix = $(Grid.class, report).id("report-projects");
        assertThat(projects).contains(String.valueOf(test(appendix).size()));
        assertThat(test(appendix).size()).isEqualTo(1);
        String tiles = $(FlexLayout.class, report).id("report-headline").getElement().getTextRecursively();
        assertThat(tiles.replace(",", "")).contains(households.replaceAll("\\D", "") + "涉及户数");
    }

    @Test
    @WithUserDetails("official")
    void aClickOnAWorkTypeListsTheProjectsWithIt() {
        navigate(DashboardView.class);
        EChart chart = $(EChart.class).id("chart-types");
        ComponentUtil.fireEvent(chart, new EChart.ChartClickEvent(chart, true, 0, 0, "外露线网治理"));
        Dialog dialog = $(Dialog.class).first();
        assertThat(dialog.getHeaderTitle()).contains("外露线网治理");
        assertThat(test($(Grid.class, dialog).id("drill-grid")).size()).isPositive();
    }
}
