package org.chenggeng.shared.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** Dates, times, numbers and money as the user's locale writes them (2022年3月1日 / Mar 1, 2022). */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A month as the locale writes it: 2026年11月 in Chinese, Nov 2026 in English (the pattern is in the bundles). */
    public static String month(YearMonth month, Locale locale) {
        return month == null ? "" : DateTimeFormatter.ofPattern(bundle(locale).getString("format.month"), locale)
                .format(month);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(UiClock.zone()).format(instant);
    }

    /** A number by locale, with at most three decimals rounded half up (NumberFormat's own rounding is half even). */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /**
     * A budget as officials write it: in ten-thousands of yuan with two decimals in Chinese (3,860.00万元), in
     * yuan with the currency code in English (CNY 38,600,000.00). Unit and scale come from the bundles.
     */
    public static String money(BigDecimal yuan, Locale locale) {
        if (yuan == null) {
            return "";
        }
        ResourceBundle bundle = bundle(locale);
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        int scale = Integer.parseInt(bundle.getString("format.money.scale"));
        return MessageFormat.format(bundle.getString("format.money"), f.format(yuan.movePointLeft(scale)));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n/messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
