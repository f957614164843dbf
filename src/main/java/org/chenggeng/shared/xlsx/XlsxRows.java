package org.chenggeng.shared.xlsx;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
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
import java.util.List;
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
     * @param maxPartBytes         an XML part other than a sheet that is parsed whole (workbook, styles, relations, content types)
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

    /**
     * A cell's stored value; {@code value} is never null. {@code date1904} says that the workbook counts serial dates
     * from 1904-01-01 (Excel for Mac's old default, {@code <workbookPr date1904="1"/>}) instead of from 1900, so that
     * a date's serial number reads as the day it shows.
     */
    public record Cell(Type type, String value, boolean date1904) {

        /** A cell of a workbook with 1900 dates, the usual ones. */
        public Cell(Type type, String value) {
            this(type, value, false);
        }

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
                parser.setContentHandler(new SheetHandler(strings, reader.getStylesTable(), handler, limits,
                        date1904(reader)));
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

    /** Whether the workbook part says {@code <workbookPr date1904="1"/>} (or {@code "true"}). */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (localName.equals("workbookPr")) {
                        String flag = attributes.getValue("date1904");
                        found[0] = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        }
        return found[0];
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
