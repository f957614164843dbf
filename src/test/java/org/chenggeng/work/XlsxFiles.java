package org.chenggeng.work;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Spreadsheets for import tests and the benchmark, written with POI's streaming writer (SXSSF) as Excel would
 * store them: numbers as numbers, dates as date-formatted serial numbers, text as text.
 */
public final class XlsxFiles {

    public static final List<String> PROGRESS_HEADERS = List.of("工程内容编码", "完成日期", "完成工程量", "备注");

    private XlsxFiles() {
    }

    static InputStream progress(Object[]... rows) {
        return stream(PROGRESS_HEADERS, Arrays.asList(rows));
    }

    static InputStream stream(List<String> headers, List<Object[]> rows) {
        return new ByteArrayInputStream(bytes(headers, rows));
    }

    public static byte[] bytes(List<String> headers, List<Object[]> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(headers, rows.iterator(), out, false);
        return out.toByteArray();
    }

    /**
     * The same as a workbook with 1904 dates ({@code <workbookPr date1904="true"/>}, as Excel for Mac used to save):
     * a date cell's serial number counts days from 1904-01-01, 1462 fewer than the same day's in a 1900 workbook.
     */
    public static byte[] bytes1904(List<String> headers, List<Object[]> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(headers, rows.iterator(), out, true);
        return out.toByteArray();
    }

    /** Writes a header row and the rows (String, Number or LocalDate cells; null for an empty cell). */
    static void write(List<String> headers, Iterator<Object[]> rows, OutputStream out) {
        write(headers, rows, out, false);
    }

    private static void write(List<String> headers, Iterator<Object[]> rows, OutputStream out, boolean date1904) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            if (date1904) {
                var workbook = book.getXSSFWorkbook().getCTWorkbook();
                (workbook.isSetWorkbookPr() ? workbook.getWorkbookPr() : workbook.addNewWorkbookPr()).setDate1904(true);
            }
            Sheet sheet = book.createSheet("进度填报");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            int r = 1;
            while (rows.hasNext()) {
                Object[] values = rows.next();
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.length; i++) {
                    switch (values[i]) {
                        case null -> {
                        }
                        case LocalDate d -> {
                            row.createCell(i).setCellValue(d);
                            row.getCell(i).setCellStyle(date);
                        }
                        case BigDecimal n -> row.createCell(i).setCellValue(n.doubleValue());
                        case Number n -> row.createCell(i).setCellValue(n.doubleValue());
                        default -> row.createCell(i).setCellValue(values[i].toString());
                    }
                }
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
