package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.RegionService;
import org.chenggeng.reporting.DashboardService;
import org.chenggeng.reporting.DashboardService.Dashboard;
import org.chenggeng.reporting.Report;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.Magnitudes;
import org.chenggeng.shared.ui.EChart;
import org.chenggeng.shared.ui.Formats;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What officials come for: headline figures, projects by status, completion by work type and by community, the
 * cumulative completion against the plan, and the consultation figures, filtered by region, year and status. Every
 * bar and point leads to the projects behind it, and from there to their ledgers.
 */
@Route("dashboard")
@Menu(title = "menu.dashboard", order = 0, icon = "vaadin:dashboard")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final transient DashboardService dashboards;
    private final ComboBox<RegionService.RegionNode> region = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final Select<ProjectStatus> status = new Select<>();
    private final FlexLayout figures = new FlexLayout();
    private final EChart byStatus = new EChart();
    private final EChart byType = new EChart();
    private final EChart byCommunity = new EChart();
    private final EChart curve = new EChart();
    private final EChart bySource = new EChart();
    private transient Dashboard shown;
    private final IssuePanel issues;

    DashboardView(DashboardService dashboards, RegionService regions,
                  org.chenggeng.inspection.InspectionReadService inspections) {
        this.dashboards = dashboards;
        this.issues = new IssuePanel(inspections);
        addClassNames("page", "dashboard");
        H2 title = new H2(getTranslation("dashboard.title"));
        add(title, filters(regions), figures);
        figures.addClassName("figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.setId("dashboard-figures");
        byStatus.setId("chart-status");
        byType.setId("chart-types");
        byCommunity.setId("chart-communities");
        curve.setId("chart-curve");
        bySource.setId("chart-sources");
        Div charts = new Div(byStatus, curve, byType, byCommunity, bySource);
        charts.addClassName("dashboard-charts");
        add(issues, charts);
        byStatus.addChartClickListener(e -> projects(ProjectStatus.values()[e.dataIndex()], null));
        byCommunity.addChartClickListener(e -> projects(null, shown.byCommunity().get(e.dataIndex()).communityId()));
        byType.addChartClickListener(e -> {
            var type = shown.byType().get(e.dataIndex());
            new DrillDialog(getTranslation("dashboard.drill.type", type.type().name(getLocale())),
                    dashboards.projectsWithType(filter(), type.typeId()), type.type().unit()).open();
        });
        curve.addChartClickListener(e -> {
            YearMonth month = shown.curve().get(e.dataIndex()).month();
            new DrillDialog(getTranslation("dashboard.drill.month", Formats.month(month, getLocale())),
                    dashboards.projectsActiveIn(filter(), month), null).open();
        });
        refresh();
    }

    private FlexLayout filters(RegionService regions) {
        Map<Long, String> paths = regions.paths();
        region.setLabel(getTranslation("dashboard.region"));
        region.setItems(regions.inScope().stream()
                .sorted(java.util.Comparator.comparing(r -> paths.getOrDefault(r.id(), r.name()))).toList());
        region.setItemLabelGenerator(r -> paths.getOrDefault(r.id(), r.name()));
        region.setClearButtonVisible(true);
        region.setPlaceholder(getTranslation("filter.all"));
        region.setId("dashboard-region");
        int thisYear = Year.now().getValue();
        year.setLabel(getTranslation("project.year"));
        year.setItems(IntStream.rangeClosed(2015, thisYear + 1).map(y -> thisYear + 1 - (y - 2015)).boxed().toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("filter.all"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("filter.all") : String.valueOf(y));
        year.setId("dashboard-year");
        status.setLabel(getTranslation("project.status"));
        status.setItems(ProjectStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation(s.labelKey()));
        status.setId("dashboard-status");
        region.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        Button report = new Button(getTranslation("dashboard.report"), VaadinIcon.FILE_TEXT_O.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("reports", reportQuery())));
        report.setId("dashboard-report");
        FlexLayout bar = new FlexLayout(region, year, status, report);
        bar.addClassName("filter-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.setWidthFull();
        region.getStyle().set("flex", "1 1 18rem");
        return bar;
    }

    private ProjectFilter filter() {
        return new ProjectFilter(null, status.getValue(), year.getValue(),
                region.getValue() == null ? null : region.getValue().id(), null);
    }

    private QueryParameters query() {
        Map<String, List<String>> q = new HashMap<>();
        if (year.getValue() != null) {
            q.put("year", List.of(String.valueOf(year.getValue())));
        }
        if (status.getValue() != null) {
            q.put("status", List.of(status.getValue().name()));
        }
        if (region.getValue() != null) {
            q.put("region", List.of(String.valueOf(region.getValue().id())));
        }
        return new QueryParameters(q);
    }

    /** The report of what the dashboard shows: the same filter, to date (the year is the projects' year). */
    private QueryParameters reportQuery() {
        Map<String, List<String>> q = new HashMap<>(query().getParameters());
        List<String> projectYear = q.remove("year");
        if (projectYear != null) {
            q.put("projectYear", projectYear);
        }
        return new QueryParameters(q);
    }

    /** The project list, filtered as the dashboard is and by the clicked status or community. */
    private void projects(ProjectStatus clickedStatus, Long community) {
        Map<String, List<String>> q = new HashMap<>(query().getParameters());
        q.remove("region");
        ProjectStatus s = clickedStatus != null ? clickedStatus : status.getValue();
        if (s != null) {
            q.put("status", List.of(s.name()));
        }
        Long c = community != null ? community : region.getValue() == null ? null : region.getValue().id();
        if (c != null) {
            q.put("community", List.of(String.valueOf(c)));
        }
        getUI().ifPresent(ui -> ui.navigate("", new QueryParameters(q)));
    }

    private void refresh() {
        shown = dashboards.dashboard(filter());
        issues.show(filter());
        var locale = getLocale();
        Report.Headline h = shown.headline();
        var c = shown.consultation();
        figures.removeAll();
        figures.add(figure("dashboard.projects", Formats.number(h.projects(), locale), null),
                figure("dashboard.compounds", Formats.number(h.compounds(), locale), null),
                figure("dashboard.households", Formats.number(h.households(), locale), null),
                figure("dashboard.startRate", percent(h.startRate()),
                        getTranslation("dashboard.byHouseholds", percent(h.startRateByHouseholds()))),
                figure("dashboard.completionRate", percent(h.completionRate()),
                        getTranslation("dashboard.byHouseholds", percent(h.completionRateByHouseholds()))),
                figure("dashboard.feedback", Formats.number(c.feedback().received(), locale),
                        getTranslation("dashboard.feedbackDetail", Formats.number(c.feedback().adopted(), locale),
                                Formats.number(c.feedback().resolved(), locale))),
                figure("dashboard.medianDays", c.feedback().medianDaysToAnswer() == null ? "—"
                        : getTranslation("feedback.days", Formats.number(c.feedback().medianDaysToAnswer(), locale)),
                        null),
                figure("dashboard.consent", getTranslation("dashboard.consentValue",
                        Formats.number(c.consentPassed(), locale), Formats.number(c.consentFailed(), locale)), null),
                figure("dashboard.satisfaction", percent(c.satisfactionRate()), null),
                figure("dashboard.floorArea", Magnitudes.area(shown.money().floorArea(), locale), null),
                figure("dashboard.investment", Magnitudes.money(shown.money().completed(), locale), getTranslation(
                        "dashboard.investmentDetail", Magnitudes.money(shown.money().planned(), locale),
                        percent(shown.money().rate()))));
        bySource.setOption(MoneyPanel.chart(this, shown.money(), locale));
        MoneyPanel.size(bySource, shown.money());

        List<String> statusNames = new ArrayList<>();
        List<Long> statusCounts = new ArrayList<>();
        for (ProjectStatus s : ProjectStatus.values()) {
            statusNames.add(getTranslation("dashboard.stageAxis." + s.name()));
            statusCounts.add(shown.byStatus().get(s));
        }
        byStatus.setOption(DashboardCharts.bars(getTranslation("dashboard.chart.status"), statusNames, statusCounts,
                false, false, null));
        var types = shown.byType();
        byType.setOption(DashboardCharts.bars(getTranslation("dashboard.chart.types"),
                types.stream().map(t -> t.type().name(locale)).toList(),
                types.stream().map(DashboardService.TypeCompletion::percent).toList(), true, true,
                types.stream().map(t -> List.of(t.type().name(locale), getTranslation("dashboard.typeTooltip",
                        Formats.number(t.completed(), locale), Formats.number(t.planned(), locale),
                        unit(t.type().unit(), locale)))).toList()));
        byType.setHeight(Math.max(240, 60 + types.size() * 34) + "px");
        var communities = shown.byCommunity();
        byCommunity.setOption(DashboardCharts.bars(getTranslation("dashboard.chart.communities"),
                communities.stream().map(DashboardService.CommunityCompletion::name).toList(),
                communities.stream().map(DashboardService.CommunityCompletion::completion).toList(), true, true,
                communities.stream().map(x -> List.of(x.name(), getTranslation("dashboard.communityTooltip",
                        x.projects()))).toList()));
        byCommunity.setHeight(Math.max(240, 60 + communities.size() * 34) + "px");
        curve.setOption(DashboardCharts.curve(getTranslation("dashboard.chart.curve"),
                shown.curve().stream().map(p -> Formats.month(p.month(), locale)).toList(),
                shown.curve().stream().map(DashboardService.CurvePoint::actual).toList(),
                shown.curve().stream().map(DashboardService.CurvePoint::planned).toList(),
                getTranslation("dashboard.curve.actual"), getTranslation("dashboard.curve.planned")));
    }

    /** A unit after a number: 米, 座 in Chinese; m, m², sets in English (nothing for plain counts). */
    static String unit(org.chenggeng.work.Unit unit, java.util.Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return unit.en(true).isEmpty() ? "" : " " + unit.en(true);
        }
        return unit.zh();
    }

    /** A rate as reports print it, half up to one decimal. */
    private String percent(BigDecimal value) {
        return value == null ? "—" : Formats.number(Report.rate(value), getLocale()) + "%";
    }

    private Div figure(String key, String value, String detail) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Div d = new Div(new Span(getTranslation(key)), number);
        d.addClassName("figure");
        d.setId("figure-" + key.substring(key.indexOf('.') + 1));
        if (detail != null) {
            Span small = new Span(detail);
            small.addClassName("hint");
            d.add(small);
        }
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
