package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.chenggeng.inspection.InspectionReadService;
import org.chenggeng.inspection.InspectionReadService.Figure;
import org.chenggeng.inspection.IssueFigures;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.inspection.Severity;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.shared.ui.Formats;

import java.util.function.Supplier;

/**
 * The dashboard's inspections and issues: inspections recorded, issues open by severity, overdue and closed, and the
 * median days to close. A click on a count lists the issues behind it, and a click on one opens it.
 */
class IssuePanel extends Div {

    private final transient InspectionReadService reads;
    private final FlexLayout figures = new FlexLayout();
    private final FlexLayout ending = new FlexLayout();

    IssuePanel(InspectionReadService reads) {
        this.reads = reads;
        addClassName("issue-panel");
        figures.addClassName("figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.setId("issue-figures");
        ending.addClassName("figures");
        ending.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        ending.setId("ending-figures");
        add(new H3(getTranslation("dashboard.issues.title")), figures, ending);
    }

    void show(ProjectFilter filter) {
        IssueFigures f = reads.figures(filter);
        var locale = getLocale();
        figures.removeAll();
        figures.add(figure("inspections", Formats.number(f.inspections(), locale), null, null),
                figure("raised", Formats.number(f.raised(), locale), filter, Figure.RAISED),
                figure("open", Formats.number(f.open(), locale), filter, Figure.OPEN));
        for (Severity s : Severity.values()) {
            figures.add(figure("open" + s.name(), Formats.number(f.open(s), locale), filter,
                    Figure.valueOf("OPEN_" + s.name())));
        }
        figures.add(figure("overdue", Formats.number(f.overdue(), locale), filter, Figure.OVERDUE),
                figure("closed", Formats.number(f.closed(), locale), filter, Figure.CLOSED),
                figure("medianDays", f.medianDaysToClose() == null ? "—"
                        : getTranslation("feedback.days", Formats.number(f.medianDaysToClose(), locale)), null, null));
        InspectionReadService.Ending e = reads.ending(filter);
        ending.removeAll();
        Div passed = figure("completionPassed", Formats.number(e.completionPassed(), locale), null, null);
        projects(passed, "completionPassed", filter, false);
        Div handed = figure("handedOver", Formats.number(e.handedOver(), locale), null, null);
        projects(handed, "handedOver", filter, true);
        ending.add(passed, figure("households", e.householdProjects() == 0 ? "—" : getTranslation(
                "dashboard.issues.householdsValue", Formats.number(e.householdsAccepted(), locale),
                Formats.number(e.households(), locale)), null, null), handed,
                figure("repairs", Formats.number(e.repairs(), locale), filter, Figure.REPAIRS));
    }

    /** A click on the figure lists the projects behind it, each opening its 验收 or 移交 tab. */
    private void projects(Div figure, String name, ProjectFilter filter, boolean handedOver) {
        figure.getStyle().set("cursor", "pointer");
        figure.addClickListener(c -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("dashboard.issues." + name));
            dialog.setWidth("min(40rem, 96vw)");
            Grid<org.chenggeng.project.ProjectHeader> grid = new Grid<>();
            grid.addColumn(org.chenggeng.project.ProjectHeader::code).setHeader(getTranslation("project.code"))
                    .setAutoWidth(true);
            grid.addColumn(org.chenggeng.project.ProjectHeader::name).setHeader(getTranslation("project.name"));
            grid.addColumn(h -> getTranslation(h.status().labelKey())).setHeader(getTranslation("project.status"))
                    .setAutoWidth(true);
            grid.setItems(reads.endingProjects(filter, handedOver));
            grid.setAllRowsVisible(true);
            grid.setEmptyStateText(getTranslation("dashboard.drill.none"));
            grid.setId("ending-drill-grid");
            grid.addItemClickListener(e -> {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("projects/" + e.getItem().id() + "/inspections",
                        com.vaadin.flow.router.QueryParameters.of("tab", handedOver ? "handover" : "acceptance")));
            });
            dialog.add(grid);
            dialog.getFooter().add(new Button(getTranslation("action.close"), x -> dialog.close()));
            dialog.open();
        });
    }

    private Div figure(String name, String value, ProjectFilter filter, Figure which) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Div d = new Div(new Span(getTranslation("dashboard.issues." + name)), number);
        d.addClassName("figure");
        d.setId("figure-issues-" + name);
        if (which != null) {
            d.addClassName("clickable");
            d.getStyle().set("cursor", "pointer");
            d.addClickListener(e -> drill(getTranslation("dashboard.issues." + name), () -> reads.issues(filter, which)));
        }
        return d;
    }

    private void drill(String title, Supplier<java.util.List<IssueRow>> rows) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(60rem, 96vw)");
        var locale = getLocale();
        Grid<IssueRow> grid = new Grid<>();
        grid.addColumn(IssueRow::projectName).setHeader(getTranslation("project.name")).setFlexGrow(2);
        grid.addColumn(IssueRow::description).setHeader(getTranslation("issue.description")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.severity().labelKey())).setHeader(getTranslation("issue.severity"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.status().labelKey())).setHeader(getTranslation("issue.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.deadline(), locale) + (r.overdue()
                        ? " · " + getTranslation("issue.overdueDays", r.daysOverdue()) : ""))
                .setHeader(getTranslation("issue.deadline")).setAutoWidth(true);
        grid.setItems(rows.get());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("dashboard.drill.none"));
        grid.setId("issue-drill-grid");
        grid.addItemClickListener(e -> {
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate("issues/" + e.getItem().id()));
        });
        dialog.add(grid);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
