package org.chenggeng.statistics;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.shared.CellText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The form as the provincial workbooks lay it out: a title, two header rows (groups over their columns: 年度计划,
 * 开工, 完工, 投资 by source, 对照计划), a row per sub-region and the total row last; on A4 landscape, a page wide,
 * with both header rows on every printed page.
 */
final class StatisticsXlsx {

    /** A column: its group heading, its own heading, and its value in a row. */
    record Column(String group, String heading, Function<FormRow, Object> value) {
    }

    private StatisticsXlsx() {
    }

    static byte[] write(String title, List<String> columnsHeader, StatisticsForm form, List<Column> columns) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(columnsHeader.getFirst());
            CellStyle head = book.createCellStyle();
            var bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setWrapText(true);
            head.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cell = book.createCellStyle();
            for (CellStyle s : List.of(head, cell)) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            sheet.createRow(0).createCell(0).setCellValue(CellText.neutralised(title));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size()));
            Row groups = sheet.createRow(1);
            Row headings = sheet.createRow(2);
            text(groups, 0, columnsHeader.get(1), head);
            text(headings, 0, "", head);
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            int start = 1;
            for (int c = 0; c < columns.size(); c++) {
                text(groups, c + 1, columns.get(c).group(), head);
                text(headings, c + 1, columns.get(c).heading(), head);
                boolean last = c == columns.size() - 1 || !columns.get(c + 1).group().equals(columns.get(c).group());
                if (last) {
                    if (c + 1 > start) {
                        sheet.addMergedRegion(new CellRangeAddress(1, 1, start, c + 1));
                    }
                    start = c + 2;
                }
            }
            List<FormRow> rows = new ArrayList<>(form.rows());
            rows.add(form.total());
            int r = 3;
            for (FormRow row : rows) {
                Row line = sheet.createRow(r++);
                text(line, 0, row == form.total() ? columnsHeader.get(2) : row.name(), row == form.total() ? head : cell);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = columns.get(c).value().apply(row);
                    var x = line.createCell(c + 1);
                    x.setCellStyle(cell);
                    if (v instanceof Number n) {
                        x.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        x.setCellValue(CellText.neutralised(v.toString()));
                    }
                }
            }
            sheet.setColumnWidth(0, 20 * 256);
            for (int c = 1; c <= columns.size(); c++) {
                sheet.setColumnWidth(c, 11 * 256);
            }
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setRepeatingRows(new CellRangeAddress(1, 2, -1, -1));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var c = row.createCell(column);
        c.setCellValue(CellText.neutralised(value));
        c.setCellStyle(style);
    }

    /** The amount a source completed in a row, zero when it has none. */
    static BigDecimal source(FormRow row, long sourceId) {
        return row.completedBySource().getOrDefault(sourceId, BigDecimal.ZERO);
    }
}
