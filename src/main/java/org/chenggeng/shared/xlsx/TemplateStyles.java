package org.chenggeng.shared.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * How every import template heads its columns, so that the screens can say the same thing about all of them:
 * bold on orange for a column a file must have, bold on grey for one it may leave out.
 */
public final class TemplateStyles {

    private TemplateStyles() {
    }

    /** The header style of a required column. */
    public static CellStyle required(Workbook book) {
        return header(book, IndexedColors.LIGHT_ORANGE);
    }

    /** The header style of an optional column, and of the headers of reference sheets. */
    public static CellStyle optional(Workbook book) {
        return header(book, IndexedColors.GREY_25_PERCENT);
    }

    private static CellStyle header(Workbook book, IndexedColors fill) {
        CellStyle style = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
