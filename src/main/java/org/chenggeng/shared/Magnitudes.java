package org.chenggeng.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Headline figures as officials write them: a quantity in the largest display unit it reaches, with three significant
 * digits and never fewer than its whole digits (8700万元, 94.3万平方米, 5.16万公里, 1.25亿元; in English CNY 87.0
 * million, 943,000 m², 51,600 km). One rule for every kind; each kind's steps (the power of ten where a larger unit
 * begins, and how it is written) are in the message bundles ({@code format.magnitude.<KIND>.<step>}), so each language
 * chooses its own units: Chinese counts in 万 and 亿, English in thousands of metres, millions and billions. The first
 * step shows the figure as it is, to two decimals at most.
 */
public final class Magnitudes {

    /** What is counted, and so which units it climbs through. */
    public enum Kind {
        /** 元 → 万元 → 亿元. */
        MONEY,
        /** 平方米 → 万平方米 → 亿平方米. */
        AREA,
        /** 米 → 公里 → 万公里. */
        LENGTH,
        /** 户 → 万户. */
        HOUSEHOLDS
    }

    private Magnitudes() {
    }

    public static String money(BigDecimal yuan, Locale locale) {
        return format(yuan, Kind.MONEY, locale);
    }

    public static String area(BigDecimal squareMetres, Locale locale) {
        return format(squareMetres, Kind.AREA, locale);
    }

    public static String length(BigDecimal metres, Locale locale) {
        return format(metres, Kind.LENGTH, locale);
    }

    public static String households(long households, Locale locale) {
        return format(BigDecimal.valueOf(households), Kind.HOUSEHOLDS, locale);
    }

    /** The figure in the largest unit of its kind that it reaches; empty for none. */
    public static String format(BigDecimal value, Kind kind, Locale locale) {
        if (value == null) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String prefix = "format.magnitude." + kind.name() + ".";
        int step = 0;
        while (bundle.containsKey(prefix + (step + 1))
                && value.abs().compareTo(BigDecimal.ONE.movePointRight(scale(bundle, prefix, step + 1))) >= 0) {
            step++;
        }
        BigDecimal scaled = value.movePointLeft(scale(bundle, prefix, step));
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setGroupingUsed(!"zh".equals(locale.getLanguage()));
        number.setRoundingMode(RoundingMode.HALF_UP);
        number.setMaximumFractionDigits(step == 0 ? 2 : decimals(scaled));
        return MessageFormat.format(bundle.getString(prefix + step).split("\\|", 2)[1], number.format(scaled));
    }

    /** Three significant digits, and all the whole ones: 5.16, 94.3, 870, 8713. */
    static int decimals(BigDecimal scaled) {
        BigDecimal abs = scaled.abs();
        return abs.compareTo(BigDecimal.TEN) < 0 ? 2 : abs.compareTo(BigDecimal.valueOf(100)) < 0 ? 1 : 0;
    }

    /** A step is written {@code power|pattern}: where the unit begins as a power of ten, and how it reads. */
    private static int scale(ResourceBundle bundle, String prefix, int step) {
        return Integer.parseInt(bundle.getString(prefix + step).split("\\|", 2)[0]);
    }
}
