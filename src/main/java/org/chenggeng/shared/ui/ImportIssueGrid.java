package org.chenggeng.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.UI;
import org.chenggeng.shared.xlsx.ImportIssue;

import java.util.List;

/** The problems of an import file: row as Excel numbers it, column header, and the reason in the user's language. */
public class ImportIssueGrid extends Grid<ImportIssue> {

    public ImportIssueGrid(String id) {
        setId(id);
        addColumn(i -> i.row() > 0 ? String.valueOf(i.row()) : "—").setHeader(getTranslation("import.column.row"))
                .setWidth("6em").setFlexGrow(0);
        addColumn(ImportIssue::column).setHeader(getTranslation("import.column.column")).setWidth("9em").setFlexGrow(0);
        addColumn(this::reason).setHeader(getTranslation("import.column.reason")).setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setVisible(false);
    }

    /** Lists the issues; the grid hides itself when there are none. */
    public void show(List<ImportIssue> issues) {
        setItems(issues);
        setAllRowsVisible(issues.size() <= 12);
        if (issues.size() > 12) {
            setHeight("26em");
        }
        setVisible(!issues.isEmpty());
    }

    private String reason(ImportIssue issue) {
        return Messages.sentence(UI.getCurrent(), issue.messageKey(), issue.args().toArray());
    }
}
