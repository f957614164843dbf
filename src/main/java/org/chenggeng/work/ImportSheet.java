package org.chenggeng.work;

import org.chenggeng.work.XlsxRows.Cell;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * An import file read against its kind's columns: the first non-empty row is the header, found by header text in
 * any order; every later row that is not empty goes to the consumer. A header that is missing, unknown or given
 * twice is an error of the header row, and then no data row is read, since none could be read right.
 */
final class ImportSheet {

    private final ImportKind kind;
    private final List<ImportIssue> headerIssues = new ArrayList<>();
    private Map<ImportColumn, Integer> columns;
    private boolean headerBad;
    private int rows;

    private ImportSheet(ImportKind kind) {
        this.kind = kind;
    }

    /** Reads the file; returns the header's problems (empty when the header is right) and the data-row count. */
    static ImportSheet read(ImportKind kind, InputStream file, DoubleConsumer progress, Consumer<ImportRow> rows) {
        ImportSheet sheet = new ImportSheet(kind);
        XlsxRows.read(file, (number, cells) -> sheet.row(number, cells, rows), progress);
        if (sheet.columns == null) {
            sheet.headerIssues.add(ImportIssue.of(1, null, "import.error.noHeader"));
        }
        return sheet;
    }

    List<ImportIssue> headerIssues() {
        return headerIssues;
    }

    int rows() {
        return rows;
    }

    private void row(int number, List<Cell> cells, Consumer<ImportRow> consumer) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (columns == null) {
            header(number, cells);
            return;
        }
        if (headerBad) {
            return;
        }
        rows++;
        Map<ImportColumn, Cell> values = new EnumMap<>(ImportColumn.class);
        columns.forEach((column, index) -> {
            if (index < cells.size() && cells.get(index) != null) {
                values.put(column, cells.get(index));
            }
        });
        consumer.accept(new ImportRow(number, values));
    }

    private void header(int number, List<Cell> cells) {
        columns = new EnumMap<>(ImportColumn.class);
        Set<ImportColumn> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String text = cell.value().trim();
            ImportColumn column = ImportColumn.byHeader(text).filter(kind.columns()::contains).orElse(null);
            if (column == null) {
                headerIssues.add(new ImportIssue(number, text, "import.error.unknownHeader", List.of(text)));
            } else if (!seen.add(column)) {
                headerIssues.add(ImportIssue.of(number, column, "import.error.duplicateHeader", column.header()));
            } else {
                columns.put(column, i);
            }
        }
        for (ImportColumn column : kind.columns()) {
            if (kind.isRequired(column) && !columns.containsKey(column)) {
                headerIssues.add(ImportIssue.of(number, column, "import.error.missingHeader", column.header()));
            }
        }
        headerBad = !headerIssues.isEmpty();
    }
}
