package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.QueryParameters;
import org.chenggeng.inspection.InspectionReadService.HouseholdLine;
import org.chenggeng.inspection.InspectionReadService.InspectionLine;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.project.ProjectHeader;
import org.chenggeng.shared.ui.Formats;

import java.util.List;
import java.util.function.Consumer;

/**
 * The lists behind the dashboard's inspection figures, each in a dialog whose rows open what they list: the issues
 * (an issue), the inspections (an inspection), and the projects with a passed completion acceptance, handed over, or
 * with in-home works and their households accepted (the project's 验收 or 移交 tab).
 */
final class IssueDrills {

    private IssueDrills() {
    }

    static Dialog issues(IssuePanel at, String title, List<IssueRow> rows) {
        var locale = at.locale();
        Grid<IssueRow> grid = new Grid<>();
        grid.addColumn(IssueRow::projectName).setHeader(at.getTranslation("project.name")).setFlexGrow(2);
        grid.addColumn(IssueRow::description).setHeader(at.getTranslation("issue.description")).setFlexGrow(3);
        grid.addColumn(r -> at.getTranslation(r.severity().labelKey())).setHeader(at.getTranslation("issue.severity"))
                .setAutoWidth(true);
        grid.addColumn(r -> at.getTranslation(r.status().labelKey())).setHeader(at.getTranslation("issue.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.deadline(), locale) + (r.overdue()
                        ? " · " + at.getTranslation("issue.overdueDays", r.daysOverdue()) : ""))
                .setHeader(at.getTranslation("issue.deadline")).setAutoWidth(true);
        grid.setId("issue-drill-grid");
        return open(at, title, "min(60rem, 96vw)", grid, rows, r -> "issues/" + r.id(), null);
    }

    static Dialog inspections(IssuePanel at, String title, List<InspectionLine> rows) {
        var locale = at.locale();
        Grid<InspectionLine> grid = new Grid<>();
        grid.addColumn(InspectionLine::projectName).setHeader(at.getTranslation("project.name")).setFlexGrow(2);
        grid.addColumn(r -> at.getTranslation(r.kind().labelKey())).setHeader(at.getTranslation("inspection.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.date(), locale)).setHeader(at.getTranslation("inspection.date"))
                .setAutoWidth(true);
        grid.addColumn(r -> at.getTranslation(r.conclusion().labelKey()))
                .setHeader(at.getTranslation("inspection.conclusion")).setAutoWidth(true);
        grid.setId("inspection-drill-grid");
        return open(at, title, "min(52rem, 96vw)", grid, rows, r -> "inspections/" + r.id(), null);
    }

    static Dialog projects(IssuePanel at, String title, List<ProjectHeader> rows, String tab) {
        Grid<ProjectHeader> grid = projectGrid(at, ProjectHeader::code, ProjectHeader::name,
                h -> at.getTranslation(h.status().labelKey()));
        grid.setId("ending-drill-grid");
        return open(at, title, "min(40rem, 96vw)", grid, rows, h -> "projects/" + h.id() + "/inspections", tab);
    }

    static Dialog households(IssuePanel at, String title, List<HouseholdLine> rows) {
        var locale = at.locale();
        Grid<HouseholdLine> grid = projectGrid(at, l -> l.project().code(), l -> l.project().name(),
                l -> at.getTranslation(l.project().status().labelKey()));
        grid.addColumn(l -> at.getTranslation("dashboard.issues.householdsValue",
                        Formats.number(l.households().accepted(), locale), Formats.number(l.households().households(),
                                locale)) + (l.households().waived() ? " · " + at.getTranslation("dashboard.issues.waived")
                        : "")).setHeader(at.getTranslation("dashboard.issues.households")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.setId("household-drill-grid");
        return open(at, title, "min(48rem, 96vw)", grid, rows, l -> "projects/" + l.project().id() + "/inspections",
                "acceptance");
    }

    private static <T> Grid<T> projectGrid(IssuePanel at, com.vaadin.flow.function.ValueProvider<T, String> code,
                                           com.vaadin.flow.function.ValueProvider<T, String> name,
                                           com.vaadin.flow.function.ValueProvider<T, String> status) {
        Grid<T> grid = new Grid<>();
        grid.addColumn(code).setHeader(at.getTranslation("project.code")).setAutoWidth(true);
        grid.addColumn(name).setHeader(at.getTranslation("project.name")).setFlexGrow(2);
        grid.addColumn(status).setHeader(at.getTranslation("project.status")).setAutoWidth(true);
        return grid;
    }

    /** The dialog with the grid of rows; a click on a row closes it and opens the row's route (with its tab). */
    private static <T> Dialog open(IssuePanel at, String title, String width, Grid<T> grid, List<T> rows,
                                   java.util.function.Function<T, String> route, String tab) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth(width);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(at.getTranslation("dashboard.drill.none"));
        Consumer<T> go = row -> at.getUI().ifPresent(ui -> {
            if (tab == null) {
                ui.navigate(route.apply(row));
            } else {
                ui.navigate(route.apply(row), QueryParameters.of("tab", tab));
            }
        });
        grid.addItemClickListener(e -> {
            dialog.close();
            go.accept(e.getItem());
        });
        dialog.add(grid);
        dialog.getFooter().add(new Button(at.getTranslation("action.close"), x -> dialog.close()));
        dialog.open();
        return dialog;
    }
}
