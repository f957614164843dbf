package org.chenggeng.shared.xlsx;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Hostile upload files built in code: a real workbook written by POI whose sheet (or shared strings table) is then
 * replaced by XML written here, streamed into the zip so that building a file never holds its inflated size.
 */
public final class HostileXlsx {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    private HostileXlsx() {
    }

    /** The one cell the issue reported: a reference 1.5 billion columns to the right, with a value. */
    public static byte[] hugeCellReference() {
        return sheet(out -> write(out, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>工程内容编码</t></is></c></row>"
                + "<row r=\"2\"><c r=\"DVXQKVC2\"><v>1</v></c></row>"));
    }

    /** A sheet of the given rows ({@code <row>} elements). */
    public static byte[] sheetXml(String rows) {
        return sheet(out -> write(out, rows));
    }

    /** A header and {@code rows} rows below it. */
    public static byte[] rows(int rows) {
        return sheet(out -> {
            write(out, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>工程内容编码</t></is></c></row>");
            for (int r = 2; r <= rows + 1; r++) {
                write(out, "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
        });
    }

    /** A row with a value in each of {@code columns} columns. */
    public static byte[] columns(int columns) {
        return sheet(out -> {
            StringBuilder row = new StringBuilder("<row r=\"1\">");
            for (int c = 0; c < columns; c++) {
                row.append("<c><v>").append(c).append("</v></c>");
            }
            write(out, row.append("</row>").toString());
        });
    }

    /** One cell of {@code chars} characters, varied enough not to look like a zip bomb. */
    public static byte[] longCell(int chars) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < chars; i++) {
            text.append((char) (0x4E00 + (i * 7919) % 20_000));
        }
        return sheet(out -> write(out, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text
                + "</t></is></c></row>"));
    }

    /** A shared strings table of {@code count} different strings (a sheet that uses the first). */
    public static byte[] sharedStrings(int count) {
        return replace(STRINGS, out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (int i = 0; i < count; i++) {
                write(out, "<si><t>" + Integer.toString(i * 7919, 36) + "</t></si>");
            }
            write(out, "</sst>");
        });
    }

    /** A sheet that inflates to {@code megabytes} MB of blanks, a thousand times its compressed size. */
    public static byte[] zipBomb(int megabytes) {
        return sheet(out -> {
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(blanks);
            }
        });
    }

    /** A text file renamed .xlsx. */
    public static byte[] csv() {
        return "工程内容编码,完成日期,完成工程量\nSEPTIC_TANK,2025-03-08,1\n".getBytes(StandardCharsets.UTF_8);
    }

    /** The first bytes of an old binary .xls (an OLE2 compound document). */
    public static byte[] oldXls() {
        byte[] b = new byte[512];
        System.arraycopy(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, b, 0, 8);
        return b;
    }

    private static byte[] sheet(Body rows) {
        return replace(SHEET, out -> {
            write(out, SHEET_START);
            rows.write(out);
            write(out, SHEET_END);
        });
    }

    /** A POI workbook with one text cell, its entry {@code name} replaced by what {@code body} writes. */
    private static byte[] replace(String name, Body body) {
        try {
            ByteArrayOutputStream base = new ByteArrayOutputStream();
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                book.createSheet("进度填报").createRow(0).createCell(0).setCellValue("工程内容编码");
                book.write(base);
            }
            ByteArrayOutputStream result = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base.toByteArray()));
                 ZipOutputStream out = new ZipOutputStream(result)) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals(name)) {
                        body.write(out);
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return result.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** The names of the cases {@link HostileXlsxProbe} knows. */
    static final List<String> CASES = List.of("hugeCellReference", "tooManyRows", "tooManyColumns", "longCell",
            "sharedStrings", "zipBomb", "csv", "oldXls");

    static byte[] build(String name) {
        return switch (name) {
            case "hugeCellReference" -> hugeCellReference();
            case "tooManyRows" -> rows(XlsxRows.MAX_ROWS + 1);
            case "tooManyColumns" -> columns(XlsxRows.MAX_COLUMNS + 1);
            case "longCell" -> longCell(40_000);
            case "sharedStrings" -> sharedStrings(XlsxRows.Limits.DEFAULT.maxSharedStrings() + 1);
            case "zipBomb" -> zipBomb(256);
            case "csv" -> csv();
            case "oldXls" -> oldXls();
            default -> throw new IllegalArgumentException(name);
        };
    }
}
