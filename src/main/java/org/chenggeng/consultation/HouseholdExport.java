package org.chenggeng.consultation;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.shared.CellText;
import org.chenggeng.shared.xlsx.TemplateStyles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a register as the import reads it (same headers, same columns), so that the committee can edit an export
 * and import it again. Rows come from {@link HouseholdService#list}, already masked for whoever asked.
 */
final class HouseholdExport {

    private HouseholdExport() {
    }

    static void write(List<HouseholdRow> rows, Locale locale, OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(HouseholdColumn.isEnglish(locale) ? "Households" : "住户名册");
            Row header = sheet.createRow(0);
            CellStyle headerStyle = TemplateStyles.optional(book);
            for (HouseholdColumn column : HouseholdColumn.values()) {
                Cell cell = header.createCell(column.ordinal());
                cell.setCellValue(column.header(locale));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(column.ordinal(), 16 * 256);
            }
            int r = 1;
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
            sheet.createFreezePane(0, 1);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
