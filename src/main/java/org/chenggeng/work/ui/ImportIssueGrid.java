package org.chenggeng.work.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.work.ImportIssue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** The problems of an import file: row as Excel numbers it, column header, and the reason in the user's language. */
class ImportIssueGrid extends Grid<ImportIssue> {

    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z_]+)+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    ImportIssueGrid(String id) {
        setId(id);
        addColumn(i -> i.row() > 0 ? String.valueOf(i.row()) : "—").setHeader(getTranslation("import.column.row"))
                .setWidth("6em").setFlexGrow(0);
        addColumn(ImportIssue::column).setHeader(getTranslation("import.column.column")).setWidth("9em").setFlexGrow(0);
        addColumn(this::reason).setHeader(getTranslation("import.column.reason")).setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setVisible(false);
    }

    void show(List<ImportIssue> issues) {
        setItems(issues);
        setAllRowsVisible(issues.size() <= 12);
        if (issues.size() > 12) {
            setHeight("26em");
        }
        setVisible(!issues.isEmpty());
    }

    /**
     * The reason as a sentence; arguments that are message keys (a unit, a status) are translated first, and
     * numbers are written as the user's locale writes them (223,290.68).
     */
    private String reason(ImportIssue issue) {
        Object[] args = issue.args().stream().map(a -> {
            if (NUMBER.matcher(a).matches()) {
                return Formats.number(new BigDecimal(a), getLocale());
            }
            if (!MESSAGE_KEY.matcher(a).matches()) {
                return a;
            }
            String t = getTranslation(a);
            return t.startsWith("!") ? a : t;
        }).toArray();
        return getTranslation(issue.messageKey(), args);
    }
}
