package org.chenggeng.shared.xlsx;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
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

    /**
     * What an uploaded file may be at most; every bound is checked before the memory it protects is taken.
     *
     * @param maxFileBytes         the file as uploaded
     * @param maxInflatedBytes     all its zip entries inflated
     * @param maxRatio             inflated to compressed bytes of one entry (a zip bomb's is in the thousands)
     * @param maxPartBytes         an XML part other than a sheet that is parsed whole (workbook, styles, relations)
     * @param maxRows              rows below the first
     * @param maxColumns           columns of a row with a value (Excel 2003's 256; the templates have eight)
     * @param maxCellChars         characters of one cell (Excel's own limit)
     * @param maxSharedStrings     entries of the shared strings table
     * @param maxSharedStringChars characters of all shared strings together
     */
    public record Limits(long maxFileBytes, long maxInflatedBytes, int maxRatio, long maxPartBytes, int maxRows,
                         int maxColumns, int maxCellChars, int maxSharedStrings, long maxSharedStringChars) {

        public static final Limits DEFAULT = new Limits(MAX_FILE_MB * MB, MAX_INFLATED_MB * MB, 100, 16 * MB,
                MAX_ROWS, MAX_COLUMNS, 32_767, 1_000_000, 20_000_000);

        public Limits withMaxRows(int rows) {
            return new Limits(maxFileBytes, maxInflatedBytes, maxRatio, maxPartBytes, rows, maxColumns, maxCellChars,
                    maxSharedStrings, maxSharedStringChars);
        }
    }

    /** The largest file an import takes, in MB (1024 × 1024 bytes). */
    public static final int MAX_FILE_MB = 20;
    /** The most its zip entries may inflate to together, in MB. */
    public static final int MAX_INFLATED_MB = 512;
    /** The most columns a row may have with a value. */
    public static final int MAX_COLUMNS = 256;
    private static final long MB = 1024 * 1024;

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
        read(xlsx, Limits.DEFAULT, handler, progress);
    }

    /**
     * The same, refusing a sheet of more than {@code maxRows} rows below its first ({@code import.error.tooManyRows})
     * as soon as the parser reaches the row past the limit.
     */
    public static void read(InputStream xlsx, int maxRows, RowHandler handler, DoubleConsumer progress) {
        read(xlsx, Limits.DEFAULT.withMaxRows(maxRows), handler, progress);
    }

    /**
     * The same within {@code limits}: the upload is copied to a temporary file (never held in memory), checked as a
     * zip, and read part by part from there; whatever passes a limit is refused with its own message key
     * ({@code import.upload.tooBig}, {@code import.error.zipBomb}, {@code import.error.tooLargeUnzipped},
     * {@code import.error.tooManyStrings}, {@code import.error.tooManyColumns}, {@code import.error.cellTooLong},
     * {@code import.error.tooManyRows}, {@code import.error.oldXls}, {@code import.error.notXlsx}).
     */
    public static void read(InputStream xlsx, Limits limits, RowHandler handler, DoubleConsumer progress) {
        OPCPackage pkg = null;
        try (XlsxFile file = XlsxFile.copy(xlsx, limits)) {
            pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ);
            for (PackagePart part : pkg.getParts()) {
                refuseLargeXml(file, part, limits);
            }
            XSSFReader reader = new XSSFReader(pkg);
            List<PackagePart> stringParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            List<String> strings = List.of();
            if (!stringParts.isEmpty()) {
                try (InputStream in = stringParts.getFirst().getInputStream()) {
                    strings = SharedStrings.read(in, limits);
                }
            }
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new DomainException("import.error.notXlsx");
            }
            InputStream xml = sheets.next();
            PackagePart sheetPart = sheets.getSheetPart();
            long size = file.inflatedSize(sheetPart.getPartName().getName().substring(1));
            try (InputStream sheet = new Counting(xml, size, progress)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, reader.getStylesTable(), handler, limits));
                parser.parse(new InputSource(sheet));
            }
            progress.accept(1.0);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                 | POIXMLException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // not a zip, an old .xls, a damaged file (UnsupportedFileFormatException is an IllegalArgumentException),
            // a text cell pointing past the shared strings
            throw new DomainException("import.error.notXlsx");
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** Refuses an XML part that POI would parse whole into memory (everything but the sheets and shared strings). */
    private static void refuseLargeXml(XlsxFile file, PackagePart part, Limits limits) {
        String name = part.getPartName().getName().substring(1);
        boolean streamed = name.startsWith("xl/worksheets/")
                || part.getContentType().equals(XSSFRelation.SHARED_STRINGS.getContentType());
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
        if (xml && !streamed && file.inflatedSize(name) > limits.maxPartBytes()) {
            throw new DomainException("import.error.tooLargeUnzipped", limits.maxPartBytes() / MB);
        }
    }

    private static final class SheetHandler extends DefaultHandler {

        private final List<String> strings;
        private final StylesTable styles;
        private final RowHandler handler;
        private final Limits limits;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final List<Cell> cells = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int rowNumber;
        private int rows;
        private int column;
        private String cellType;
        private int style;
        private boolean collecting;

        SheetHandler(List<String> strings, StylesTable styles, RowHandler handler, Limits limits) {
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
                return new Cell(!raw.isEmpty() && isDateStyle(style) ? Type.DATE : Type.NUMBER, raw);
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
