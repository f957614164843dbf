package org.chenggeng.work;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.shared.CellText;
import org.chenggeng.shared.xlsx.TemplateStyles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The import templates: a first sheet with the kind's headers (required ones darker) for the user to fill, the
 * catalogue of work types to look codes up in, and for progress the project's own work items. Codes in the first
 * sheet are offered from a drop-down list of the codes that may go there.
 */
final class ImportTemplates {

    static final String CATALOGUE = "工程内容目录";
    static final String PROJECT_ITEMS = "本项目工程内容";
    private static final int DATA_ROWS = 5000;

    /** A work item of the project, as the progress template lists it. */
    record ItemLine(String code, String name, Unit unit, String location, BigDecimal planned, BigDecimal completed) {
    }

    private ImportTemplates() {
    }

    static byte[] write(ImportKind kind, List<WorkTypeData> catalogue, List<ItemLine> items) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet input = book.createSheet(kind.sheetName());
            CellStyle required = TemplateStyles.required(book);
            CellStyle optional = TemplateStyles.optional(book);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = input.createRow(0);
            List<ImportColumn> columns = kind.columns();
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn c = columns.get(i);
                head.createCell(i).setCellValue(c.header());
                head.getCell(i).setCellStyle(kind.isRequired(c) ? required : optional);
                input.setColumnWidth(i, (c == ImportColumn.LOCATION || c == ImportColumn.NOTE ? 30 : 16) * 256);
                if (c == ImportColumn.WORK_DATE || c == ImportColumn.PLANNED_START || c == ImportColumn.PLANNED_END) {
                    input.setDefaultColumnStyle(i, date);
                }
            }
            input.createFreezePane(0, 1);
            catalogue(book.createSheet(CATALOGUE), catalogue, optional);
            if (kind == ImportKind.PROGRESS) {
                projectItems(book.createSheet(PROJECT_ITEMS), items, optional);
                codeList(input, PROJECT_ITEMS, items.size());
            } else {
                codeList(input, CATALOGUE, catalogue.size());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void catalogue(Sheet sheet, List<WorkTypeData> types, CellStyle head) {
        row(sheet, 0, head, "工程内容编码", "工程内容", "单位", "类别");
        for (int i = 0; i < types.size(); i++) {
            WorkTypeData t = types.get(i);
            row(sheet, i + 1, null, t.code(), t.nameZh(), t.unit().zh(), categoryZh(t.category()));
        }
        widths(sheet, 26, 22, 10, 10);
    }

    private static void projectItems(Sheet sheet, List<ItemLine> items, CellStyle head) {
        row(sheet, 0, head, "工程内容编码", "工程内容", "单位", "位置说明", "计划工程量", "已完成工程量");
        for (int i = 0; i < items.size(); i++) {
            ItemLine item = items.get(i);
            Row r = row(sheet, i + 1, null, item.code(), item.name(), item.unit().zh(),
                    item.location() == null ? "" : item.location());
            r.createCell(4).setCellValue(item.planned().doubleValue());
            r.createCell(5).setCellValue(item.completed().doubleValue());
        }
        widths(sheet, 26, 22, 10, 30, 14, 14);
    }

    /** A drop-down of the codes in column A of the given sheet, for the first column of the input sheet. */
    private static void codeList(Sheet input, String source, int count) {
        if (count == 0) {
            return;
        }
        DataValidationHelper helper = input.getDataValidationHelper();
        DataValidation list = helper.createValidation(
                helper.createFormulaListConstraint("'" + source + "'!$A$2:$A$" + (count + 1)),
                new CellRangeAddressList(1, DATA_ROWS, 0, 0));
        list.setShowErrorBox(true);
        input.addValidationData(list);
    }

    private static Row row(Sheet sheet, int index, CellStyle style, String... values) {
        Row r = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            r.createCell(i).setCellValue(CellText.neutralised(values[i]));
            if (style != null) {
                r.getCell(i).setCellStyle(style);
            }
        }
        return r;
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    private static String categoryZh(WorkCategory category) {
        return switch (category) {
            case BASIC -> "基础类";
            case IMPROVEMENT -> "完善类";
            case ENHANCEMENT -> "提升类";
        };
    }
}
