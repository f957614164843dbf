package org.chenggeng.shared;

/**
 * Text for a spreadsheet cell (CSV or Excel) that no spreadsheet takes for a formula: a value starting with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote, as OWASP recommends against CSV injection
 * (a note {@code =HYPERLINK(…)} would otherwise run when an official opens the export). Numbers are written as numbers
 * and never pass through here, so a negative correction stays a negative number.
 */
public final class CellText {

    private CellText() {
    }

    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
