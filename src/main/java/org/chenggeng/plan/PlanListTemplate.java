package org.chenggeng.plan;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.shared.xlsx.TemplateStyles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The plan list template: one sheet headed in the user's language (required columns orange), a planned-investment
 * column per source, and on a second sheet how works are written (代码或名称:数量, separated by ；).
 */
final class PlanListTemplate {

    private PlanListTemplate() {
    }

    static byte[] write(List<PlanListColumn> columns, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(english ? "Plan list" : "项目清单");
            CellStyle required = TemplateStyles.required(book);
            CellStyle optional = TemplateStyles.optional(book);
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                PlanListColumn c = columns.get(i);
                head.createCell(i).setCellValue(english ? c.en() : c.zh());
                head.getCell(i).setCellStyle(PlanListColumn.required(c) ? required : optional);
                sheet.setColumnWidth(i, (c == PlanListColumn.WORKS ? 48 : c == PlanListColumn.NAME ? 30 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = book.createSheet(english ? "How to fill in" : "填写说明");
            help.createRow(0).createCell(0).setCellValue(english
                    ? "Works: work type code or name, a colon and the planned quantity, separated by semicolons, e.g. ROAD_PAVING:9800; SEWAGE_WELL:240"
                    : "改造内容及数量：工程内容代码或名称、冒号、计划数量，多项以分号分隔，例如 ROAD_PAVING:9800；污水井清淘:240");
            help.createRow(1).createCell(0).setCellValue(english
                    ? "A compound not yet recorded in its community is created from the year built, buildings, households and floor area; a project code imported before is skipped."
                    : "社区中尚无的小区按建成年份、楼栋数、户数和建筑面积新建；已导入的项目编号再次导入时跳过。");
            help.setColumnWidth(0, 120 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
