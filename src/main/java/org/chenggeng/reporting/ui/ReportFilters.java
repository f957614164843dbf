package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.region.RegionService.RegionNode;
import org.chenggeng.reporting.ReportRequest;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the report covers: a region the user can see (any level), or one project; the projects' status and year (as
 * the dashboard filters them); the period, a year and how much of it (whole year, a quarter, a month) or all time;
 * and whether large figures are written in 万. Tells its listener on every change.
 */
class ReportFilters extends FlexLayout {

    private final ComboBox<RegionNode> region = new ComboBox<>();
    private final ComboBox<ProjectRow> project = new ComboBox<>();
    private final Select<ProjectStatus> status = new Select<>();
    private final Select<Integer> projectYear = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<PeriodKind> kind = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final Select<Integer> month = new Select<>();
    private final Checkbox tenThousands = new Checkbox();
    private final NarrativeControls narrative;
    private boolean quiet;

    ReportFilters(RegionService regions, CompoundService compounds, ProjectQueries projects, Runnable changed) {
        Set<Long> visible = regions.ancestorIds(compounds.inScope().stream()
                .map(CompoundService.CompoundRow::communityId).distinct().toList());
        Map<Long, String> paths = regions.paths();
        region.setLabel(getTranslation("report.filter.region"));
        region.setItems(regions.all().stream().filter(r -> visible.contains(r.id())).toList());
        region.setItemLabelGenerator(r -> paths.getOrDefault(r.id(), r.name()));
        region.setClearButtonVisible(true);
        region.setPlaceholder(getTranslation("filter.all"));
        region.setId("report-region");
        project.setLabel(getTranslation("report.filter.project"));
        project.setItems(projects.all(ProjectFilter.none()));
        project.setItemLabelGenerator(p -> p.code() + " " + p.name());
        project.setClearButtonVisible(true);
        project.setPlaceholder(getTranslation("filter.all"));
        project.setId("report-project");
        status.setLabel(getTranslation("report.filter.status"));
        status.setItems(ProjectStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation(s.labelKey()));
        status.setId("report-status");
        int thisYear = Year.now().getValue();
        List<Integer> years = IntStream.rangeClosed(2015, thisYear + 1).map(y -> thisYear + 1 - (y - 2015)).boxed()
                .toList();
        projectYear.setLabel(getTranslation("report.filter.projectYear"));
        projectYear.setItems(years);
        projectYear.setEmptySelectionAllowed(true);
        projectYear.setItemLabelGenerator(y -> y == null ? getTranslation("filter.all") : String.valueOf(y));
        projectYear.setId("report-project-year");
        year.setLabel(getTranslation("report.filter.year"));
        year.setItems(years);
        year.setValue(thisYear);
        year.setId("report-year");
        kind.setLabel(getTranslation("report.filter.period"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(PeriodKind.ALL);
        kind.setId("report-period");
        quarter.setLabel(getTranslation("report.filter.quarter"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("report.quarter", q));
        quarter.setValue(1);
        month.setLabel(getTranslation("report.filter.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> getTranslation("report.month", m));
        month.setValue(1);
        tenThousands.setLabel(getTranslation("report.filter.tenThousands"));
        tenThousands.setId("report-ten-thousands");
        List<com.vaadin.flow.component.HasValue<?, ?>> fields = List.of(region, project, status, projectYear, year,
                kind, quarter, month, tenThousands);
        fields.forEach(field -> field.addValueChangeListener(e -> fire(changed)));
        region.setWidth("min(100%, 24em)");
        project.setWidth("min(100%, 24em)");
        for (var narrow : List.of(status, projectYear, year, kind, quarter, month)) {
            narrow.setWidth("9em");
        }
        setFlexWrap(FlexWrap.WRAP);
        addClassName("filters");
        getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        narrative = new NarrativeControls(() -> fire(changed));
        add(region, project, status, projectYear, year, kind, quarter, month, tenThousands, narrative);
        visibility();
    }

    private void fire(Runnable changed) {
        visibility();
        if (!quiet) {
            changed.run();
        }
    }

    private void visibility() {
        boolean one = project.getValue() != null;
        region.setEnabled(!one);
        status.setEnabled(!one);
        projectYear.setEnabled(!one);
        year.setEnabled(kind.getValue() != PeriodKind.ALL);
        quarter.setVisible(kind.getValue() == PeriodKind.QUARTER);
        month.setVisible(kind.getValue() == PeriodKind.MONTH);
    }

    /**
     * What a link asks for: a project and a period year (whole year), as the project pages link here, or the
     * dashboard's filter (region, status and the projects' year, all time). Values the screen does not offer are
     * left alone. Tells the listener nothing: the view refreshes once afterwards.
     */
    void preselect(Preselection p) {
        quiet = true;
        try {
            if (p.projectId() != null) {
                project.getListDataView().getItems().filter(r -> r.id().equals(p.projectId())).findFirst()
                        .ifPresent(project::setValue);
            }
            if (p.regionId() != null) {
                region.getListDataView().getItems().filter(r -> r.id().equals(p.regionId())).findFirst()
                        .ifPresent(region::setValue);
            }
            if (p.status() != null) {
                status.setValue(p.status());
            }
            if (p.projectYear() != null && projectYear.getListDataView().contains(p.projectYear())) {
                projectYear.setValue(p.projectYear());
            }
            if (p.year() != null && year.getListDataView().contains(p.year())) {
                year.setValue(p.year());
                kind.setValue(PeriodKind.YEAR);
            }
        } finally {
            quiet = false;
        }
        visibility();
    }

    /** What a link to the report screen preselects; every part may be missing. */
    record Preselection(Long projectId, Long regionId, ProjectStatus status, Integer projectYear, Integer year) {
    }

    ReportRequest request() {
        var period = kind.getValue().period(year.getValue(), quarter.getValue(), month.getValue());
        if (project.getValue() != null) {
            return new ReportRequest(ProjectFilter.none(), project.getValue().id(), period, tenThousands.getValue(),
                    narrative.style());
        }
        ProjectFilter filter = new ProjectFilter(null, status.getValue(), projectYear.getValue(),
                region.getValue() == null ? null : region.getValue().id(), null);
        return new ReportRequest(filter, null, period, tenThousands.getValue(), narrative.style());
    }
}
