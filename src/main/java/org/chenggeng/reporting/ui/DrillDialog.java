package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.chenggeng.reporting.DashboardService.ProjectDrill;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.work.Unit;

import java.util.List;

/** The projects behind a figure; a click opens a project's progress and ledger. */
class DrillDialog extends Dialog {

    DrillDialog(String title, List<ProjectDrill> rows, Unit unit) {
        setHeaderTitle(title);
        setWidth("min(52rem, 96vw)");
        var locale = getLocale();
        Grid<ProjectDrill> grid = new Grid<>();
        grid.addColumn(ProjectDrill::code).setHeader(getTranslation("project.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProjectDrill::name).setHeader(getTranslation("project.name")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.status().labelKey())).setHeader(getTranslation("project.status"))
                .setAutoWidth(true);
        if (unit != null) {
            String u = DashboardView.unit(unit, locale);
            grid.addColumn(r -> Formats.number(r.completed(), locale) + " / " + Formats.number(r.planned(), locale) + u)
                    .setHeader(getTranslation("dashboard.drill.quantity")).setAutoWidth(true)
                    .setTextAlign(ColumnTextAlign.END);
        }
        grid.addColumn(r -> Formats.number(r.completion(), locale) + "%").setHeader(getTranslation("dashboard.drill.completion"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> {
            close();
            getUI().ifPresent(ui -> ui.navigate("projects/" + e.getItem().id() + "/progress"));
        });
        grid.setEmptyStateText(getTranslation("dashboard.drill.none"));
        grid.setId("drill-grid");
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
