package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.chenggeng.reporting.ReportContent;

import java.util.Locale;

/**
 * The report document on screen, as the exports write it: title and lines, the headline and consultation figures as
 * tiles that wrap on a phone, the narrative paragraph, and the quantities, the projects' ends and the project tables
 * as grids.
 */
class ReportPreview extends VerticalLayout {

    private static final int LONG_CELL = 12;

    ReportPreview() {
        setPadding(false);
        setId("report-preview");
    }

    void show(ReportContent content) {
        removeAll();
        H2 title = new H2(content.title());
        title.setId("report-title");
        add(title);
        content.lines().forEach(line -> add(hint(line)));
        add(new H3(content.headline().heading()), tiles(content.headline().table(), content.locale(), "report-headline"));
        add(new H3(content.narrative().heading()));
        Paragraph narrative = new Paragraph(content.narrative().paragraph());
        narrative.setId("report-narrative");
        add(narrative);
        add(new H3(content.quantities().heading()), grid(content.quantities().table(), content.locale(),
                "report-quantities"));
        add(new H3(content.consultation().heading()), tiles(content.consultation().table(), content.locale(),
                "report-consultation"));
        section(content.acceptance(), content.locale(), "report-acceptance");
        section(content.issues(), content.locale(), "report-issues");
        add(new H3(content.projects().heading()), grid(content.projects().table(), content.locale(),
                "report-projects"));
    }

    /** A section of the projects' ends, where the report has it: its table, or its sentence. */
    private void section(ReportContent.Section section, Locale locale, String id) {
        if (section == null) {
            return;
        }
        add(new H3(section.heading()));
        if (section.table() != null) {
            Grid<ReportContent.Row> grid = grid(section.table(), locale, id);
            // Receiving bodies and dated conclusions run long: those columns share what the code and name leave, and wrap.
            for (int c = 2; c < section.table().header().size(); c++) {
                int column = c;
                if (section.table().rows().stream().anyMatch(r -> ReportContent.text(r.cells().get(column), locale)
                        .length() > LONG_CELL)) {
                    grid.getColumns().get(c).setAutoWidth(false).setFlexGrow(1);
                }
            }
            add(grid);
        } else {
            Paragraph p = new Paragraph(section.paragraph());
            p.setId(id);
            add(p);
        }
    }

    private static Span hint(String text) {
        Span span = new Span(text);
        span.addClassName("hint");
        return span;
    }

    private static FlexLayout tiles(ReportContent.Table table, Locale locale, String id) {
        FlexLayout tiles = new FlexLayout();
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-s)");
        tiles.setId(id);
        for (ReportContent.Row row : table.rows()) {
            Span value = new Span(ReportContent.text(row.cells().get(1), locale));
            value.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
            Span label = new Span(String.valueOf(row.cells().getFirst()));
            label.getStyle().set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            Div tile = new Div(value, label);
            tile.getStyle().set("display", "flex").set("flex-direction", "column").set("flex", "1 1 8em")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
            tiles.add(tile);
        }
        return tiles;
    }

    private static Grid<ReportContent.Row> grid(ReportContent.Table table, Locale locale, String id) {
        Grid<ReportContent.Row> grid = new Grid<>();
        for (int c = 0; c < table.header().size(); c++) {
            int column = c;
            var col = grid.addColumn(r -> ReportContent.text(r.cells().get(column), locale))
                    .setHeader(table.header().get(c)).setAutoWidth(true).setResizable(true);
            if (!table.rows().isEmpty() && table.rows().getFirst().cells().get(c) instanceof Number) {
                col.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            }
        }
        grid.setPartNameGenerator(r -> r.subtotal() ? "subtotal" : null);
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId(id);
        return grid;
    }
}
