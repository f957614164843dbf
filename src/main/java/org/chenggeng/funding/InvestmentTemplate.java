package org.chenggeng.funding;

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
import java.util.Locale;

/**
 * The investment import template of a project: a sheet headed in the user's language (required columns orange) whose
 * source column offers the project's sources as a list, and a second sheet listing those sources (code, names, the
 * project's planned amount) with how months and amounts are written.
 */
final class InvestmentTemplate {

    /** A source the template lists: one the ledger takes, or one the project has money from. */
    record Source(String code, String nameZh, String nameEn, BigDecimal planned) {
    }

    private static final int LISTED_ROWS = 2_000;

    private InvestmentTemplate() {
    }

    static byte[] write(String projectCode, String projectName, List<Source> sources, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(english ? "Investment" : "完成投资");
            String listName = english ? "Funding sources" : "资金来源";
            Sheet list = book.createSheet(listName);
            CellStyle required = TemplateStyles.required(book);
            CellStyle optional = TemplateStyles.optional(book);
            Row head = sheet.createRow(0);
            InvestmentColumn[] columns = InvestmentColumn.values();
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(english ? columns[i].en() : columns[i].zh());
                head.getCell(i).setCellStyle(columns[i].required() ? required : optional);
                sheet.setColumnWidth(i, (columns[i] == InvestmentColumn.NOTE ? 40 : 18) * 256);
            }
            sheet.createFreezePane(0, 1);
            Row listHead = list.createRow(0);
            String[] headers = english ? new String[]{"Code", "Name", "Chinese name", "Planned for this project (yuan)"}
                    : new String[]{"代码", "名称", "英文名称", "本项目计划投资（元）"};
            for (int i = 0; i < headers.length; i++) {
                listHead.createCell(i).setCellValue(headers[i]);
                listHead.getCell(i).setCellStyle(optional);
                list.setColumnWidth(i, (i == 3 ? 26 : 22) * 256);
            }
            for (int i = 0; i < sources.size(); i++) {
                Source s = sources.get(i);
                Row row = list.createRow(i + 1);
                row.createCell(0).setCellValue(CellText.neutralised(s.code()));
                row.createCell(1).setCellValue(CellText.neutralised(english ? s.nameEn() : s.nameZh()));
                row.createCell(2).setCellValue(CellText.neutralised(english ? s.nameZh() : s.nameEn()));
                row.createCell(3).setCellValue(s.planned().doubleValue());
            }
            int note = sources.size() + 2;
            list.createRow(note).createCell(0).setCellValue(CellText.neutralised(english
                    ? "Project " + projectCode + " " + projectName + ": one row per month and source. Month as 2025-03 "
                    + "(or a date in the month), source by its code or name, amount in yuan with at most two decimals."
                    : "项目 " + projectCode + " " + projectName + "：每个月份、每个资金来源一行。月份写成 2025-03（或该月的任一日期），"
                    + "资金来源写代码或名称，金额以元为单位，最多两位小数。"));
            list.createRow(note + 1).createCell(0).setCellValue(english
                    ? "A row imported before is skipped; a month must lie within the project's planned dates, not in the "
                    + "future and not be locked."
                    : "已导入过的行再次导入时跳过；月份须在项目计划工期之内，不能是将来的月份，也不能是已锁定的月份。");
            if (!sources.isEmpty()) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation choice = helper.createValidation(helper.createFormulaListConstraint(
                        "'" + listName + "'!$B$2:$B$" + (sources.size() + 1)),
                        new CellRangeAddressList(1, LISTED_ROWS, 1, 1));
                choice.setShowErrorBox(false);
                sheet.addValidationData(choice);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
