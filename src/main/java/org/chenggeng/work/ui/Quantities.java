package org.chenggeng.work.ui;

import org.chenggeng.shared.ui.Formats;
import org.chenggeng.work.Unit;

import java.math.BigDecimal;
import java.util.Locale;

/** A quantity with its unit as the user's language writes it: 1,742 米 / 1,742 m. */
final class Quantities {

    private Quantities() {
    }

    static String format(BigDecimal quantity, Unit unit, Locale locale) {
        if (quantity == null) {
            return "";
        }
        String number = Formats.number(quantity.stripTrailingZeros(), locale);
        if ("en".equals(locale.getLanguage())) {
            String u = unit.en(quantity.compareTo(BigDecimal.ONE) != 0);
            return u.isEmpty() ? number : number + " " + u;
        }
        return number + " " + unit.zh();
    }

    static String unitLabel(Unit unit, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return unit.en(true).isEmpty() ? unit.zh() : unit.en(true);
        }
        return unit.zh();
    }
}
