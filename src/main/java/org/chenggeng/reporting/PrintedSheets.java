package org.chenggeng.reporting;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How the report's sheets print: on A4, a page wide, with their header row on every page. */
final class PrintedSheets {

    private PrintedSheets() {
    }

    /** A4, one page wide and as many long as it takes, the row {@code headerRow} (from 0) on every page. */
    static void a4(Sheet sheet, int headerRow, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** For the ledger's sheets, whose page setup is in their own XML: the header row on every printed page. */
    static void repeatFirstRow(Sheet sheet) {
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    /**
     * How many lines {@code text} takes in a cell {@code width} characters wide (Excel's unit, the width of a
     * digit): a Chinese character takes two, anything else one.
     */
    static int lines(String text, int width) {
        int units = text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
        return Math.max(1, (units + width - 1) / Math.max(1, width));
    }
}
