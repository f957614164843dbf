package org.chenggeng.reporting;

import org.chenggeng.shared.CellText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * The raw ledger's sheets, written as SpreadsheetML by hand: Apache POI's streaming writer manages about 30 000 rows
 * a second here, and a district's ledger is a million. Each sheet (at most 1 048 576 rows, header included) is a
 * whole worksheet part, compressed by a {@link DeflatedPart} on a second thread while the rows are still being read;
 * {@link ReportXlsx} then puts each part into the workbook's package as it is, in place of the empty sheet POI wrote
 * for it. Cells: inline strings, numbers, and dates as Excel serial numbers with the workbook's date styles.
 */
final class LedgerSheets implements AutoCloseable {

    static final int MAX_ROWS = 1_048_576;
    /** The ledger parts' compression: the fastest level, as the workbook's other parts; a district's ledger is 74 MB. */
    static final int LEVEL = Deflater.BEST_SPEED;
    private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();

    /** Style indices in the workbook: bold header, date, date and time, decimal. */
    record Styles(int bold, int date, int dateTime, int decimal) {
    }

    private final String name;
    private final List<String> header;
    private final Styles styles;
    private final int maxRows;
    private final ZoneId zone;
    private final List<DeflatedPart.Deflated> parts = new ArrayList<>();
    private final List<DeflatedPart> open = new ArrayList<>();
    private final StringBuilder line = new StringBuilder(512);
    private DeflatedPart out;
    private int row;

    LedgerSheets(String name, List<String> header, Styles styles, int maxRows, ZoneId zone) {
        this.zone = zone;
        this.name = name;
        this.header = List.copyOf(header);
        this.styles = styles;
        this.maxRows = maxRows;
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
            row++;
            line.setLength(0);
            line.append("<row r=\"").append(row).append("\">");
            for (int c = 0; c < cells.size(); c++) {
                cell(c, cells.get(c), -1);
            }
            out.write(line.append("</row>").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void nextSheet() throws IOException {
        endSheet();
        out = new DeflatedPart(LEVEL);
        open.add(out);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetPr><pageSetUpPr fitToPage=\"1\"/>"
                + "</sheetPr><cols><col min=\"1\" max=\""
                + header.size() + "\" width=\"16\" customWidth=\"1\"/></cols><sheetData>");
        out.write(headerRow());
    }

    private void endSheet() throws IOException {
        if (out != null) {
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
    private String headerRow() {
        row = 1;
        line.setLength(0);
        line.append("<row r=\"1\">");
        for (int c = 0; c < header.size(); c++) {
            cell(c, header.get(c), styles.bold());
        }
        return line.append("</row>").toString();
    }

    /** Excel's name of a column counted from 0: A to Z, then AA, AB and so on. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private void cell(int column, Object value, int style) {
        line.append("<c r=\"").append(columnName(column)).append(row).append('"');
        switch (value) {
            case null -> line.append("/>");
            case BigDecimal d -> number(d.toPlainString(), style < 0 ? styles.decimal() : style);
            case Number n -> number(n.toString(), style);
            case LocalDate d -> number(String.valueOf(d.toEpochDay() - EXCEL_EPOCH_DAY), styles.date());
            case Instant i -> {
                LocalDateTime t = LocalDateTime.ofInstant(i, zone);
                double serial = t.toLocalDate().toEpochDay() - EXCEL_EPOCH_DAY + t.toLocalTime().toNanoOfDay()
                        / 86_400e9;
                number(String.valueOf(serial), styles.dateTime());
            }
            default -> {
                if (style >= 0) {
                    line.append(" s=\"").append(style).append('"');
                }
                line.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                escape(CellText.neutralised(value.toString()));
                line.append("</t></is></c>");
            }
        }
    }

    private void number(String text, int style) {
        if (style >= 0) {
            line.append(" s=\"").append(style).append('"');
        }
        line.append("><v>").append(text).append("</v></c>");
    }

    /** XML text: markup characters escaped, characters XML 1.0 does not allow left out. */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> line.append("&amp;");
                case '<' -> line.append("&lt;");
                case '>' -> line.append("&gt;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        line.append(ch);
                    }
                }
            }
        }
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
