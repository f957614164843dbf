package org.chenggeng.reporting;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.chenggeng.shared.CellText;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The report as a workbook: the headline, quantities and project tables, each on a sheet, and the raw ledger of the
 * scope and period, streamed to temporary files by {@link LedgerSheets} so that a district's ledger fits.
 */
final class ReportXlsx implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final CellStyle bold;
    private final CellStyle wrapped;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle decimal;
    private final int ledgerRows;
    private final int ledgerLevel;
    private final ZoneId zone;
    private LedgerSheets ledger;

    /** A workbook whose times are written as clocks in {@code zone} show them (the application's clock's zone). */
    ReportXlsx(ZoneId zone) {
        this(LedgerSheets.MAX_ROWS, zone);
    }

    /** A workbook whose ledger sheets hold at most {@code ledgerRows} rows each, header included. */
    ReportXlsx(int ledgerRows, ZoneId zone) {
        this(ledgerRows, zone, LedgerSheets.LEVEL);
    }

    /** The same, its ledger parts deflated at {@code ledgerLevel}, for the benchmark that chose the level. */
    ReportXlsx(int ledgerRows, ZoneId zone, int ledgerLevel) {
        this.ledgerRows = ledgerRows;
        this.ledgerLevel = ledgerLevel;
        this.zone = zone;
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        date = style("yyyy-mm-dd");
        dateTime = style("yyyy-mm-dd hh:mm:ss");
        decimal = style("#,##0.##");
    }

    private CellStyle style(String format) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        return s;
    }

    /**
     * Headline (with the narrative below it, and the projects' ends below that where the report has them, each table
     * under its heading), quantities and projects sheets from the laid-out report. The ends go on the first sheet, as
     * the document reads: the workbook keeps its three sheets before the ledger, which its readers find by position,
     * and the projects sheet keeps one project a row.
     */
    void tables(ReportContent content, String headline, String quantities, String projects) {
        Sheet first = sheet(headline, content.headline().table(), content);
        int next = first.getLastRowNum() + 2;
        cell(first.createRow(next), 0, content.narrative().heading(), bold);
        narrative(first, next + 1, content.narrative().paragraph(), content.headline().table().header().size());
        for (ReportContent.Section s : java.util.Arrays.asList(content.acceptance(), content.issues())) {
            if (s == null) {
                continue;
            }
            int at = first.getLastRowNum() + 2;
            cell(first.createRow(at), 0, s.heading(), bold);
            if (s.table() != null) {
                write(first, s.table(), at + 1);
            } else {
                cell(first.createRow(at + 1), 0, s.paragraph(), null);
            }
        }
        sheet(quantities, content.quantities().table(), content);
        sheet(projects, content.projects().table(), content);
    }

    /**
     * The narrative in one cell across the table's columns, wrapped, its row as tall as its lines: Excel neither
     * wraps a cell nor fits a merged row's height by itself, and the sentence ran off as one line.
     */
    private void narrative(Sheet sheet, int at, String text, int columns) {
        Row row = sheet.createRow(at);
        cell(row, 0, text, wrapped);
        int width = 0;
        for (int c = 0; c < columns; c++) {
            width += sheet.getColumnWidth(c) / 256;
        }
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(at, at, 0, columns - 1));
        }
        row.setHeightInPoints(PrintedSheets.lines(text, width) * 15f + 4);
    }

    private Sheet sheet(String name, ReportContent.Table table, ReportContent content) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        if (sheet == workbook.getSheetAt(0)) {
            Row title = sheet.createRow(0);
            cell(title, 0, content.title(), bold);
            for (int i = 0; i < content.lines().size(); i++) {
                cell(sheet.createRow(i + 1), 0, content.lines().get(i), null);
            }
            write(sheet, table, content.lines().size() + 2);
            PrintedSheets.a4(sheet, content.lines().size() + 2, false);
        } else {
            write(sheet, table, 0);
            PrintedSheets.a4(sheet, 0, true);
        }
        return sheet;
    }

    private void write(Sheet sheet, ReportContent.Table table, int first) {
        header(sheet, first, table.header());
        int r = first + 1;
        for (ReportContent.Row row : table.rows()) {
            Row out = sheet.createRow(r++);
            for (int c = 0; c < row.cells().size(); c++) {
                cell(out, c, row.cells().get(c), row.subtotal() ? bold : null);
            }
        }
        for (int c = 0; c < table.header().size(); c++) {
            sheet.setColumnWidth(c, c == 0 ? 36 * 256 : 16 * 256);
        }
    }

    private void header(Sheet sheet, int at, List<String> header) {
        Row row = sheet.createRow(at);
        for (int c = 0; c < header.size(); c++) {
            cell(row, c, header.get(c), bold);
        }
    }

    /**
     * A sheet that takes rows one at a time: the raw ledger, written by {@link LedgerSheets} (past 1 048 576 rows it
     * goes on to a second sheet of the same name with " (2)", and so on, each with the header).
     */
    Consumer<List<Object>> stream(String name, List<String> header) {
        ledger = new LedgerSheets(name, header, new LedgerSheets.Styles(bold.getIndex(), date.getIndex(),
                dateTime.getIndex(), decimal.getIndex()), ledgerRows, zone, ledgerLevel);
        return ledger::row;
    }

    private void cell(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column);
        switch (value) {
            case null -> {
                return;
            }
            case BigDecimal d -> {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(decimal);
            }
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            }
            case Instant i -> {
                cell.setCellValue(LocalDateTime.ofInstant(i, zone));
                cell.setCellStyle(dateTime);
            }
            default -> cell.setCellValue(CellText.neutralised(value.toString()));
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * The workbook's package: what POI writes, with each ledger sheet's empty part replaced by the ledger's own. The
     * ledger sheets are added to the workbook (so that it lists them) only now, when their number is known. Nothing is
     * held whole in memory: POI's part goes through a temporary file, the ledger's parts come from theirs.
     */
    void write(OutputStream to) {
        try {
            List<String> ledgerParts = new ArrayList<>();
            if (ledger != null) {
                for (String name : ledger.names()) {
                    PrintedSheets.repeatFirstRow(workbook.createSheet(WorkbookUtil.createSafeSheetName(name)));
                    ledgerParts.add(workbook.getXSSFWorkbook().getSheetAt(workbook.getNumberOfSheets() - 1)
                            .getPackagePart().getPartName().getName().substring(1));
                }
            }
            Path poi = Files.createTempFile("report", ".xlsx");
            try {
                try (OutputStream file = Files.newOutputStream(poi)) {
                    workbook.write(file);
                }
                try (ZipFile written = new ZipFile(poi.toFile());
                     ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new BufferedOutputStream(to, 1 << 16))) {
                    zip.setLevel(Deflater.BEST_SPEED);
                    for (ZipEntry e : java.util.Collections.list(written.entries())) {
                        int ledgerSheet = ledgerParts.indexOf(e.getName());
                        if (ledgerSheet >= 0) {
                            compressed(zip, e.getName(), ledger.part(ledgerSheet));
                        } else {
                            zip.putArchiveEntry(new ZipArchiveEntry(e.getName()));
                            try (InputStream in = written.getInputStream(e)) {
                                in.transferTo(zip);
                            }
                            zip.closeArchiveEntry();
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(poi);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A part compressed already, copied into the package as it is. */
    private static void compressed(ZipArchiveOutputStream zip, String name, DeflatedPart.Deflated part)
            throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setCrc(part.crc());
        entry.setSize(part.size());
        entry.setCompressedSize(part.compressedSize());
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(part.file()), 1 << 16)) {
            zip.addRawArchiveEntry(entry, in);
        }
    }

    @Override
    public void close() {
        try {
            if (ledger != null) {
                ledger.close();
            }
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
