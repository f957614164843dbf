package org.chenggeng.consultation;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.shared.xlsx.ImportRow;
import org.chenggeng.shared.xlsx.TemplateStyles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The household import template: one sheet headed in the user's language (required columns orange), text cells
 * for labels and phones so that 0101 keeps its zero and a phone never turns into 1.38E+10, and one example row in
 * grey italics. A row identical to the example of either language is skipped on import, so a template sent back
 * with its example left in does not add a household 张三 that nobody has.
 */
final class HouseholdTemplate {

    /** The example row in the template's column order: building, unit, room, floor area, owner, phone. */
    private static final List<String> EXAMPLE_ZH = List.of("1号楼", "1单元", "101", "65.5", "张三", "13800000000");
    private static final List<String> EXAMPLE_EN = List.of("Building 1", "Unit 1", "101", "65.5", "Zhang San",
            "13800000000");
    private static final int DATA_ROWS = HouseholdImportService.MAX_ROWS;

    private HouseholdTemplate() {
    }

    static byte[] write(Locale locale) {
        boolean english = HouseholdColumn.isEnglish(locale);
        List<String> example = english ? EXAMPLE_EN : EXAMPLE_ZH;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(english ? "Households" : "住户名册");
            CellStyle required = TemplateStyles.required(book);
            CellStyle optional = TemplateStyles.optional(book);
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle area = book.createCellStyle();
            area.setDataFormat(book.createDataFormat().getFormat("0.00"));
            CellStyle exampleText = exampleStyle(book, text);
            CellStyle exampleArea = exampleStyle(book, area);
            Row head = sheet.createRow(0);
            Row sample = sheet.createRow(1);
            HouseholdColumn[] columns = HouseholdColumn.values();
            for (int i = 0; i < columns.length; i++) {
                HouseholdColumn c = columns[i];
                head.createCell(i).setCellValue(c.header(locale));
                head.getCell(i).setCellStyle(HouseholdColumn.REQUIRED.contains(c) ? required : optional);
                boolean number = c == HouseholdColumn.FLOOR_AREA;
                sheet.setColumnWidth(i, (number || c == HouseholdColumn.PHONE ? 18 : 12) * 256);
                sheet.setDefaultColumnStyle(i, number ? area : text);
                if (number) {
                    sample.createCell(i).setCellValue(Double.parseDouble(example.get(i)));
                } else {
                    sample.createCell(i).setCellValue(example.get(i));
                }
                sample.getCell(i).setCellStyle(number ? exampleArea : exampleText);
            }
            sheet.createFreezePane(0, 1);
            areaCheck(sheet, List.of(columns).indexOf(HouseholdColumn.FLOOR_AREA));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the row is the template's example row, in either language, left as it was. */
    static boolean isExample(ImportRow<HouseholdColumn> row) {
        return matches(row, EXAMPLE_ZH) || matches(row, EXAMPLE_EN);
    }

    private static boolean matches(ImportRow<HouseholdColumn> row, List<String> example) {
        HouseholdColumn[] columns = HouseholdColumn.values();
        for (int i = 0; i < columns.length; i++) {
            if (!Objects.equals(row.text(columns[i]), example.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static CellStyle exampleStyle(XSSFWorkbook book, CellStyle base) {
        CellStyle style = book.createCellStyle();
        style.cloneStyleFrom(base);
        Font font = book.createFont();
        font.setItalic(true);
        font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        style.setFont(font);
        return style;
    }

    /** Excel itself refuses a floor area that is not a number from 0.01 to 9999.99. */
    private static void areaCheck(Sheet sheet, int column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation check = helper.createValidation(helper.createDecimalConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN, "0.01", Household.MAX_AREA.toPlainString()),
                new CellRangeAddressList(1, DATA_ROWS, column, column));
        check.setShowErrorBox(true);
        sheet.addValidationData(check);
    }
}
