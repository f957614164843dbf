package org.chenggeng.shared.xlsx;

import org.apache.poi.ss.usermodel.DateUtil;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.xlsx.XlsxRows.Cell;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One data row of an import file, with typed access to its cells. Each accessor records a problem with the cell
 * (text where a number belongs, a date that is no date) and returns null, so that one pass finds every problem.
 * Problems name a column by the header the file gives it.
 *
 * @param <C> the columns of the sheet
 */
public final class ImportRow<C extends SheetColumn> {

    /** Excel keeps 15 significant digits; beyond them a stored number is binary noise (0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final Pattern DATE_TEXT = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH_TEXT = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    /** 9999-12-31, the last day Excel shows, in 1900 dates; in 1904 dates it is 1462 days fewer. */
    private static final double LAST_SERIAL = 2958465;
    private static final double DAYS_1900_TO_1904 = 1462;

    private final int number;
    private final Map<C, Cell> cells;
    private final Function<C, String> names;
    private final List<ImportIssue> issues = new ArrayList<>(0);

    ImportRow(int number, Map<C, Cell> cells, Function<C, String> names) {
        this.number = number;
        this.cells = cells;
        this.names = names;
    }

    /** The row number as Excel shows it. */
    public int number() {
        return number;
    }

    public List<ImportIssue> issues() {
        return issues;
    }

    public boolean hasErrors() {
        return !issues.isEmpty();
    }

    /** Records a problem with a cell, or with the whole row when {@code column} is null. */
    public void error(C column, String key, Object... args) {
        issues.add(ImportIssue.of(number, name(column), key, args));
    }

    public void error(C column, DomainException refusal) {
        issues.add(ImportIssue.of(number, name(column), refusal));
    }

    /** The column's header as the file gives it. */
    public String name(C column) {
        return column == null ? "" : names.apply(column);
    }

    /** Trimmed text, or null when the cell is empty; a number reads as its plain digits. */
    public String text(C column) {
        Cell cell = cells.get(column);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return switch (cell.type()) {
            case NUMBER, DATE -> number(cell.value()).toPlainString();
            default -> cell.value().trim();
        };
    }

    /** Text that must be there: records {@code import.error.required} when it is not. */
    public String required(C column) {
        String text = text(column);
        return text != null ? text : missing(column, true);
    }

    /**
     * A number from a number cell or from text that is one (1742, 1,742.5); null when empty (an error if
     * {@code required}) or not a number.
     */
    public BigDecimal decimal(C column, boolean required) {
        Cell cell = cells.get(column);
        if (cell == null || cell.isBlank()) {
            return missing(column, required);
        }
        try {
            return switch (cell.type()) {
                case NUMBER, DATE -> number(cell.value());
                case TEXT -> new BigDecimal(cell.value().trim().replace(",", "").replace("，", ""));
                case BOOLEAN, ERROR -> throw new NumberFormatException();
            };
        } catch (NumberFormatException e) {
            error(column, "import.error.notANumber", cell.value().trim());
            return null;
        }
    }

    /**
     * A date from a date cell, an Excel serial number (counted from 1900 or, in a 1904-date workbook, from 1904) or
     * text such as 2024-05-08, 2024/5/8 or 2024年5月8日.
     */
    public LocalDate date(C column, boolean required) {
        Cell cell = cells.get(column);
        if (cell == null || cell.isBlank()) {
            return missing(column, required);
        }
        try {
            if (cell.type() == XlsxRows.Type.NUMBER || cell.type() == XlsxRows.Type.DATE) {
                double serial = Double.parseDouble(cell.value());
                double first = cell.date1904() ? 0 : 1;
                double last = cell.date1904() ? LAST_SERIAL - DAYS_1900_TO_1904 : LAST_SERIAL;
                if (serial >= first && serial <= last) {
                    return DateUtil.getLocalDateTime(serial, cell.date1904()).toLocalDate();
                }
            } else if (cell.type() == XlsxRows.Type.TEXT) {
                Matcher m = DATE_TEXT.matcher(cell.value().trim());
                if (m.matches()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                }
                return LocalDate.parse(cell.value().trim(), DateTimeFormatter.BASIC_ISO_DATE);
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            // not a date: reported below
        }
        error(column, "import.error.notADate", cell.value().trim());
        return null;
    }

    /**
     * A month from a date cell (its month), a number written as year and month (202503), or text such as 2025-03,
     * 2025/3, 2025.03, 2025年3月 or a whole date; null when empty (an error if {@code required}) or not a month.
     */
    public YearMonth month(C column, boolean required) {
        Cell cell = cells.get(column);
        if (cell == null || cell.isBlank()) {
            return missing(column, required);
        }
        String value = cell.value().trim();
        try {
            if (cell.type() == XlsxRows.Type.DATE) {
                return YearMonth.from(date(column, true));
            }
            if (cell.type() == XlsxRows.Type.NUMBER && value.matches("\\d{6}(\\.0+)?")) {
                int n = Integer.parseInt(value.substring(0, 6));
                return YearMonth.of(n / 100, n % 100);
            }
            if (cell.type() == XlsxRows.Type.TEXT) {
                Matcher m = MONTH_TEXT.matcher(value);
                if (m.matches()) {
                    return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                }
                Matcher d = DATE_TEXT.matcher(value);
                if (d.matches()) {
                    return YearMonth.from(LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                            Integer.parseInt(d.group(3))));
                }
            }
        } catch (NumberFormatException | java.time.DateTimeException | NullPointerException e) {
            // not a month: reported below
        }
        if (cell.type() != XlsxRows.Type.DATE) {
            error(column, "import.error.notAMonth", value);
        }
        return null;
    }

    private <T> T missing(C column, boolean required) {
        if (required) {
            error(column, "import.error.required", name(column));
        }
        return null;
    }

    private static BigDecimal number(String raw) {
        BigDecimal n = new BigDecimal(raw.trim());
        return n.round(EXCEL_PRECISION).stripTrailingZeros();
    }
}
