package org.chenggeng.shared.xlsx;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.chenggeng.shared.DomainException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Reads the first sheet of an .xlsx file row by row with a SAX parser over the sheet's XML, so that a file of
 * 100 000 rows never becomes a workbook in memory. Cells come as the file stores them (a number's exact digits,
 * a date as its serial number with a date format), not as Excel would display them.
 */
public final class XlsxRows {

    /** The most rows a file may have unless the caller sets its own limit. */
    public static final int MAX_ROWS = 200_000;

    public enum Type { NUMBER, DATE, TEXT, BOOLEAN, ERROR }

    /** A cell's stored value; {@code value} is never null. */
    public record Cell(Type type, String value) {

        public boolean isBlank() {
            return value.isBlank();
        }
    }

    /** Receives each row (1-based, as Excel numbers it) with its cells by column index; gaps are null. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int number, List<Cell> cells);
    }

    private XlsxRows() {
    }

    /** Reads every row of the first sheet, reporting the share of the sheet read so far (0 to 1). */
    public static void read(InputStream xlsx, RowHandler handler, DoubleConsumer progress) {
        read(xlsx, MAX_ROWS, handler, progress);
    }

    /**
     * The same, refusing a sheet of more than {@code maxRows} rows below its first ({@code import.error.tooManyRows})
     * as soon as the parser reaches the row past the limit.
     */
    public static void read(InputStream xlsx, int maxRows, RowHandler handler, DoubleConsumer progress) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(xlsx);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new DomainException("import.error.notXlsx");
            }
            InputStream xml = sheets.next();
            long size = sheets.getSheetPart().getSize();
            // A package read from a stream keeps its parts in memory and does not know their size, but the part's
            // stream does: what is available is all of it.
            try (InputStream sheet = new Counting(xml, size > 0 ? size : xml.available(), progress)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, reader.getStylesTable(), handler, maxRows));
                parser.parse(new InputSource(sheet));
            }
            progress.accept(1.0);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                 | POIXMLException | IllegalArgumentException e) {
            // not a zip, an old .xls, a damaged or zip-bomb file (UnsupportedFileFormatException is an IllegalArgumentException)
            throw new DomainException("import.error.notXlsx");
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final RowHandler handler;
        private final int maxRows;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final List<Cell> cells = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int rowNumber;
        private int rows;
        private int column;
        private String cellType;
        private int style;
        private boolean collecting;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, RowHandler handler, int maxRows) {
            this.strings = strings;
            this.styles = styles;
            this.handler = handler;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells.clear();
                    column = -1;
                    if (++rows > maxRows + 1) {
                        throw new DomainException("import.error.tooManyRows", maxRows);
                    }
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : columnIndex(ref);
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
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> {
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
                return new Cell(!raw.isEmpty() && isDateStyle(style) ? Type.DATE : Type.NUMBER, raw);
            }
            return switch (cellType) {
                case "s" -> new Cell(Type.TEXT, raw.isBlank() ? ""
                        : strings.getItemAt(Integer.parseInt(raw.trim())).getString());
                case "b" -> new Cell(Type.BOOLEAN, raw);
                case "e" -> new Cell(Type.ERROR, raw);
                default -> new Cell(Type.TEXT, raw);
            };
        }

        private boolean isDateStyle(int index) {
            if (index < 0 || index >= styles.getNumCellStyles()) {
                return false;
            }
            return dateStyles.computeIfAbsent(index, i -> {
                XSSFCellStyle s = styles.getStyleAt(i);
                return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
            });
        }

        private static int columnIndex(String ref) {
            int index = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return index - 1;
        }
    }

    /** Counts the sheet's bytes as the parser reads them and reports each further percent. */
    private static final class Counting extends FilterInputStream {

        private final long size;
        private final DoubleConsumer progress;
        private long read;
        private long reported;

        Counting(InputStream in, long size, DoubleConsumer progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (size > 0 && read - reported >= size / 100) {
                reported = read;
                progress.accept(Math.min(1.0, (double) read / size));
            }
        }
    }
}
