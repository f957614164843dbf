package org.chenggeng.shared.xlsx;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.xlsx.XlsxRows.Cell;
import org.chenggeng.shared.xlsx.XlsxRows.Limits;
import org.chenggeng.shared.xlsx.XlsxRows.RowHandler;
import org.chenggeng.shared.xlsx.XlsxRows.Type;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a sheet's XML, as the SAX parser reports it, into rows of {@link Cell}s: a text cell's shared string looked
 * up, a number with a date format marked as a date, a gap left as {@code null}; a row past the limit, a value past
 * the last allowed column or a cell too long is refused as soon as the parser reaches it.
 */
final class SheetHandler extends DefaultHandler {

    private final List<String> strings;
    private final StylesTable styles;
    private final RowHandler handler;
    private final Limits limits;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final List<Cell> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int rowNumber;
    private int rows;
    private int column;
    private String cellType;
    private int style;
    private boolean collecting;

    SheetHandler(List<String> strings, StylesTable styles, RowHandler handler, Limits limits, boolean date1904) {
        this.date1904 = date1904;
        this.strings = strings;
        this.styles = styles;
        this.handler = handler;
        this.limits = limits;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells.clear();
                column = -1;
                if (++rows > limits.maxRows() + 1) {
                    throw new DomainException("import.error.tooManyRows", limits.maxRows());
                }
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? column + 1 : columnIndex(ref, limits.maxColumns());
                cellType = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? -1 : Integer.parseInt(s);
                text.setLength(0);
            }
            case "v", "t" -> collecting = true;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            if (text.length() + length > limits.maxCellChars()) {
                throw new DomainException("import.error.cellTooLong", rowNumber, limits.maxCellChars());
            }
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "c" -> {
                if (column >= limits.maxColumns()) {
                    // a value far to the right is refused; an empty, formatted cell there is no content
                    if (!text.isEmpty()) {
                        throw new DomainException("import.error.tooManyColumns", rowNumber, limits.maxColumns());
                    }
                    return;
                }
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, cell());
            }
            case "row" -> handler.row(rowNumber, cells);
            default -> {
            }
        }
    }

    private Cell cell() {
        String raw = text.toString();
        if (cellType == null || cellType.equals("n")) {
            return new Cell(!raw.isEmpty() && isDateStyle(style) ? Type.DATE : Type.NUMBER, raw, date1904);
        }
        return switch (cellType) {
            case "s" -> new Cell(Type.TEXT, raw.isBlank() ? ""
                    : strings.get(Integer.parseInt(raw.trim())));
            case "b" -> new Cell(Type.BOOLEAN, raw);
            case "e" -> new Cell(Type.ERROR, raw);
            default -> new Cell(Type.TEXT, raw);
        };
    }

    private boolean isDateStyle(int index) {
        if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            XSSFCellStyle s = styles.getStyleAt(i);
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        });
    }

    /** The 0-based column of a reference such as {@code C7}; anything past {@code max} is {@code max}. */
    private static int columnIndex(String ref, int max) {
        int index = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (index > max) {
                return max;
            }
        }
        return index - 1;
    }
}
