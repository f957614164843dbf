package org.chenggeng.shared.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Marks a workbook that carries residents' personal data with who downloaded it and when, so that a copy found where
 * it should not be says whose it was (等保, 个人信息保护): in the printed header and footer of every sheet, and as
 * the first line of the sheet, which the import skips ({@link #isWatermark}), so that an export can be edited and
 * imported again.
 */
public final class XlsxWatermark {

    private static final String ZH = "【下载记录】";
    private static final String EN = "[Download record] ";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private XlsxWatermark() {
    }

    /** The words of the mark, in the user's language: who, when in the application's zone, and what to do with it. */
    public static String text(String who, Instant when, ZoneId zone, Locale locale) {
        return record(who, when, zone, locale) + (english(locale)
                ? " · contains residents' personal data, for official use only"
                : " · 含居民个人信息，仅限工作使用，请勿外传");
    }

    /** Only who downloaded it and when, for a document that is handed on to the residents it names (door slips). */
    public static String record(String who, Instant when, ZoneId zone, Locale locale) {
        String at = WHEN.format(when.atZone(zone)) + " (" + zone.getId() + ")";
        return english(locale) ? EN + "Downloaded by " + who + " on " + at : ZH + who + " 于 " + at + " 下载";
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** Puts the mark in the header and the footer of every sheet of the workbook. */
    public static void headerAndFooter(Workbook book, String text) {
        for (Sheet sheet : book) {
            sheet.getHeader().setCenter(text);
            sheet.getFooter().setCenter(text);
        }
    }

    /** Writes the mark as the first line of the sheet, across {@code width} columns; the next row is 1. */
    public static void firstLine(Sheet sheet, String text, int width) {
        Workbook book = sheet.getWorkbook();
        CellStyle style = book.createCellStyle();
        Font font = book.createFont();
        font.setItalic(true);
        font.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
        style.setFont(font);
        Row row = sheet.createRow(0);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (width > 1) {
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, width - 1));
        }
    }

    /** Whether the cells of a row read as a mark this class wrote: one text that starts as the mark does. */
    public static boolean isWatermark(List<String> texts) {
        List<String> filled = texts.stream().filter(t -> t != null && !t.isBlank()).toList();
        return filled.size() == 1 && (filled.getFirst().startsWith(ZH) || filled.getFirst().startsWith(EN));
    }
}
