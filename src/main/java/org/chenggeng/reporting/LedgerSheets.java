package org.chenggeng.reporting;

import org.chenggeng.shared.CellText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw ledger's sheets, written as SpreadsheetML by hand: Apache POI's streaming writer manages about 30 000 rows
 * a second here, and a district's ledger is a million. Each sheet (at most 1 048 576 rows, header included) is a
 * whole worksheet part, compressed by a {@link DeflatedPart} on a second thread while the rows are still being read;
 * {@link ReportXlsx} then puts each part into the workbook's package as it is, in place of the empty sheet POI wrote
 * for it. Cells: inline strings, numbers, and dates as Excel serial numbers with the workbook's date styles, formatted
 * by {@link LedgerText} straight into bytes. A cell carries no reference ({@code r}, optional in SpreadsheetML): it
 * is the row's next column, an empty one written as {@code <c/>}; rows keep theirs.
 */
final class LedgerSheets implements AutoCloseable {

    static final int MAX_ROWS = 1_048_576;
    /**
     * The ledger parts' compression, chosen by {@code LedgerLevelsBenchmark} (decision 0009): level 3 wrote a million
     * rows in the time of level 1 (the compressing thread keeps up with the formatting one) into a sixth fewer bytes
     * to copy into the package and download, for about a tenth more CPU; from level 4 on it takes a third longer.
     */
    static final int LEVEL = 3;
    private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();
    /** Bytes of rows gathered before they go to the compressing thread. */
    private static final int FLUSH_AT = 1 << 15;

    private static final byte[] ROW = LedgerText.ascii("<row r=\"");
    private static final byte[] ROW_OPENED = LedgerText.ascii("\">");
    private static final byte[] ROW_END = LedgerText.ascii("</row>");
    private static final byte[] EMPTY = LedgerText.ascii("<c/>");
    private static final byte[] CELL = LedgerText.ascii("<c");
    private static final byte[] STYLE = LedgerText.ascii(" s=\"");
    private static final byte[] VALUE = LedgerText.ascii("><v>");
    private static final byte[] VALUE_END = LedgerText.ascii("</v></c>");
    private static final byte[] TEXT = LedgerText.ascii(" t=\"inlineStr\"><is><t>");
    private static final byte[] TEXT_PRESERVED = LedgerText.ascii(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] TEXT_END = LedgerText.ascii("</t></is></c>");

    /** Style indices in the workbook: bold header, date, date and time, decimal. */
    record Styles(int bold, int date, int dateTime, int decimal) {
    }

    private final String name;
    private final List<String> header;
    private final Styles styles;
    private final int maxRows;
    private final ZoneId zone;
    private final int level;
    private final List<DeflatedPart.Deflated> parts = new ArrayList<>();
    private final List<DeflatedPart> open = new ArrayList<>();
    private final LedgerText text = new LedgerText(FLUSH_AT + 4096);
    private DeflatedPart out;
    private int row;

    LedgerSheets(String name, List<String> header, Styles styles, int maxRows, ZoneId zone) {
        this(name, header, styles, maxRows, zone, LEVEL);
    }

    /** The same, compressed at deflate {@code level} (1 to 9), for the benchmark that chose {@link #LEVEL}. */
    LedgerSheets(String name, List<String> header, Styles styles, int maxRows, ZoneId zone, int level) {
        this.zone = zone;
        this.name = name;
        this.header = List.copyOf(header);
        this.styles = styles;
        this.maxRows = maxRows;
        this.level = level;
    }

    /** The sheets' names: the first as given, the next ones with " (2)", " (3)" …; ends the last sheet. */
    List<String> names() {
        finish();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            names.add(i == 0 ? name : name + " (" + (i + 1) + ")");
        }
        return names;
    }

    void row(List<Object> cells) {
        try {
            if (out == null || row == maxRows) {
                nextSheet();
            }
            rowStart(++row);
            for (int c = 0; c < cells.size(); c++) {
                cell(cells.get(c), -1);
            }
            text.append(ROW_END);
            if (text.length() >= FLUSH_AT) {
                flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rowStart(int number) {
        text.append(ROW).append(number).append(ROW_OPENED);
    }

    private void flush() throws IOException {
        out.write(text.bytes(), 0, text.length());
        text.clear();
    }

    private void nextSheet() throws IOException {
        endSheet();
        out = new DeflatedPart(level);
        open.add(out);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetPr><pageSetUpPr fitToPage=\"1\"/>"
                + "</sheetPr><cols><col min=\"1\" max=\""
                + header.size() + "\" width=\"16\" customWidth=\"1\"/></cols><sheetData>");
        headerRow();
    }

    private void endSheet() throws IOException {
        if (out != null) {
            flush();
            // On A4, landscape and a page wide; its header row repeats through the workbook's Print_Titles.
            out.write("</sheetData><pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\""
                    + " footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\""
                    + " fitToHeight=\"0\"/></worksheet>");
            parts.add(out.finish());
            out = null;
        }
    }

    /** Ends the sheet being written; a ledger without rows still gets one sheet with its header. */
    private void finish() {
        try {
            if (out == null && parts.isEmpty()) {
                nextSheet();
            }
            endSheet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row, in bold; the row count starts again from it. */
    private void headerRow() {
        row = 1;
        rowStart(1);
        for (String h : header) {
            cell(h, styles.bold());
        }
        text.append(ROW_END);
    }

    /** Excel's name of a column counted from 0: A to Z, then AA, AB and so on. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private void cell(Object value, int style) {
        switch (value) {
            case null -> text.append(EMPTY);
            case BigDecimal d -> value(style < 0 ? styles.decimal() : style).append(d).append(VALUE_END);
            case Long n -> value(style).append(n.longValue()).append(VALUE_END);
            case Integer n -> value(style).append(n.longValue()).append(VALUE_END);
            case Number n -> value(style).append(LedgerText.ascii(n.toString())).append(VALUE_END);
            case LocalDate d -> value(styles.date()).append(d.toEpochDay() - EXCEL_EPOCH_DAY).append(VALUE_END);
            case Instant i -> {
                long local = i.getEpochSecond() + zone.getRules().getOffset(i).getTotalSeconds();
                long days = Math.floorDiv(local, 86_400);
                long nanoOfDay = Math.floorMod(local, 86_400) * 1_000_000_000L + i.getNano();
                value(styles.dateTime()).serial(days - EXCEL_EPOCH_DAY, nanoOfDay).append(VALUE_END);
            }
            default -> {
                String s = CellText.neutralised(value.toString());
                text.append(CELL);
                if (style >= 0) {
                    text.append(STYLE).append(style).append('"');
                }
                text.append(preserved(s) ? TEXT_PRESERVED : TEXT).escaped(s).append(TEXT_END);
            }
        }
    }

    /** A number cell up to its value: {@code <c s="style"><v>}. */
    private LedgerText value(int style) {
        text.append(CELL);
        if (style >= 0) {
            text.append(STYLE).append(style).append('"');
        }
        return text.append(VALUE);
    }

    /**
     * Whether the text needs {@code xml:space="preserve"}: white space other than single spaces between words (at an
     * end, doubled, a tab or a line break), which a reader may otherwise collapse.
     */
    private static boolean preserved(String s) {
        int last = s.length() - 1;
        for (int i = 0; i <= last; i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) && (ch != ' ' || i == 0 || i == last
                    || Character.isWhitespace(s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Sheet {@code index}'s whole worksheet part, compressed, with what its zip entry must say. */
    DeflatedPart.Deflated part(int index) {
        finish();
        return parts.get(index);
    }

    @Override
    public void close() {
        open.forEach(DeflatedPart::close);
    }
}
