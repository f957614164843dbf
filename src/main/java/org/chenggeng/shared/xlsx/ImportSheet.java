package org.chenggeng.shared.xlsx;

import org.chenggeng.shared.xlsx.XlsxRows.Cell;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;

/**
 * An import file read against the columns it may have: the first non-empty row is the header (after the download
 * record an export of personal data starts with, {@link XlsxWatermark}, which is skipped), found by header text
 * in any order (spaces, a required-marker asterisk, half-width brackets and letter case are forgiven); every later
 * row that is not empty goes to the consumer. A header that is missing, unknown or given twice is an error of the
 * header row, and then no data row is read, since none could be read right.
 *
 * @param <C> the columns, usually an enum
 */
public final class ImportSheet<C extends SheetColumn> {

    private final List<C> known;
    private final Predicate<C> required;
    private final List<ImportIssue> headerIssues = new ArrayList<>();
    private final Map<C, String> names = new HashMap<>();
    private Map<C, Integer> columns;
    private boolean headerBad;
    private int rows;

    private ImportSheet(List<C> known, Predicate<C> required) {
        this.known = known;
        this.required = required;
    }

    /**
     * Reads the file; the sheet says what was wrong with its header (nothing when the header is right) and how
     * many data rows it had. A sheet of more than {@code maxRows} rows is refused ({@code import.error.tooManyRows}).
     */
    public static <C extends SheetColumn> ImportSheet<C> read(List<C> columns, Predicate<C> required, int maxRows,
                                                              InputStream file, DoubleConsumer progress,
                                                              Consumer<ImportRow<C>> rows) {
        ImportSheet<C> sheet = new ImportSheet<>(columns, required);
        XlsxRows.read(file, maxRows, (number, cells) -> sheet.row(number, cells, rows), progress);
        if (sheet.columns == null) {
            sheet.headerIssues.add(ImportIssue.of(1, "", "import.error.noHeader"));
        }
        return sheet;
    }

    public List<ImportIssue> headerIssues() {
        return headerIssues;
    }

    public int rows() {
        return rows;
    }

    private void row(int number, List<Cell> cells, Consumer<ImportRow<C>> consumer) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (columns == null) {
            if (XlsxWatermark.isWatermark(cells.stream().map(c -> c == null ? null : c.value()).toList())) {
                return;
            }
            header(number, cells);
            return;
        }
        if (headerBad) {
            return;
        }
        rows++;
        Map<C, Cell> values = new HashMap<>();
        columns.forEach((column, index) -> {
            if (index < cells.size() && cells.get(index) != null) {
                values.put(column, cells.get(index));
            }
        });
        consumer.accept(new ImportRow<>(number, values, names::get));
    }

    private void header(int number, List<Cell> cells) {
        columns = new LinkedHashMap<>();
        int language = -1;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String text = cell.value().trim();
            Match<C> match = match(text);
            if (match == null) {
                headerIssues.add(ImportIssue.of(number, text, "import.error.unknownHeader", text));
                continue;
            }
            String name = match.column().headers().get(match.variant());
            if (columns.containsKey(match.column())) {
                headerIssues.add(ImportIssue.of(number, name, "import.error.duplicateHeader", name));
            } else {
                columns.put(match.column(), i);
                names.put(match.column(), name);
                language = language < 0 ? match.variant() : language;
            }
        }
        for (C column : known) {
            if (!names.containsKey(column)) {
                List<String> headers = column.headers();
                names.put(column, headers.get(Math.min(Math.max(language, 0), headers.size() - 1)));
                if (required.test(column)) {
                    headerIssues.add(ImportIssue.of(number, names.get(column), "import.error.missingHeader",
                            names.get(column)));
                }
            }
        }
        headerBad = !headerIssues.isEmpty();
    }

    private Match<C> match(String text) {
        String h = normalize(text);
        for (C column : known) {
            List<String> headers = column.headers();
            for (int v = 0; v < headers.size(); v++) {
                if (normalize(headers.get(v)).equals(h)) {
                    return new Match<>(column, v);
                }
            }
        }
        return null;
    }

    /** The column a header names, and which of its header texts it is. */
    private record Match<T extends SheetColumn>(T column, int variant) {
    }

    private static String normalize(String text) {
        return text.replaceAll("[\\s*＊]", "").replace('(', '（').replace(')', '）').replace('²', '2')
                .toLowerCase(Locale.ROOT);
    }
}
