package org.chenggeng.consultation;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.shared.CellText;
import org.chenggeng.shared.xlsx.TemplateStyles;
import org.chenggeng.shared.xlsx.XlsxWatermark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a register as the import reads it (same headers, same columns), so that the committee can edit an export
 * and import it again. Rows come from {@link HouseholdService#export}, already masked for whoever asked. The first
 * line, the printed header and the footer say who downloaded it and when ({@link XlsxWatermark}); the import skips
 * that line.
 */
final class HouseholdExport {

    private HouseholdExport() {
    }

    static void write(List<HouseholdRow> rows, Locale locale, String watermark, OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(HouseholdColumn.isEnglish(locale) ? "Households" : "住户名册");
            XlsxWatermark.firstLine(sheet, watermark, HouseholdColumn.values().length);
            Row header = sheet.createRow(1);
            CellStyle headerStyle = TemplateStyles.optional(book);
            for (HouseholdColumn column : HouseholdColumn.values()) {
                Cell cell = header.createCell(column.ordinal());
                cell.setCellValue(column.header(locale));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(column.ordinal(), 16 * 256);
            }
            int r = 2;
            for (HouseholdRow h : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(HouseholdColumn.BUILDING.ordinal()).setCellValue(CellText.neutralised(h.building()));
                row.createCell(HouseholdColumn.UNIT.ordinal()).setCellValue(CellText.neutralised(h.unit()));
                row.createCell(HouseholdColumn.ROOM.ordinal()).setCellValue(CellText.neutralised(h.room()));
                row.createCell(HouseholdColumn.FLOOR_AREA.ordinal()).setCellValue(h.floorArea().doubleValue());
                row.createCell(HouseholdColumn.OWNER.ordinal()).setCellValue(h.ownerName() == null ? ""
                        : CellText.neutralised(h.ownerName()));
                row.createCell(HouseholdColumn.PHONE.ordinal()).setCellValue(h.phone() == null ? ""
                        : CellText.neutralised(h.phone()));
            }
            sheet.createFreezePane(0, 2);
            XlsxWatermark.headerAndFooter(book, watermark);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
