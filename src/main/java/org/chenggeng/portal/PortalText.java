package org.chenggeng.portal;

import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words, numbers and dates of a public page in its language: Chinese by default, English when asked. */
public final class PortalText {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final MessageSource messages;
    private final Locale locale;

    PortalText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag of the page's {@code <html lang>}. */
    public String htmlLang() {
        return english() ? "en" : "zh-CN";
    }

    /** The language the switch offers: the other one. */
    public String otherLang() {
        return english() ? "zh" : "en";
    }

    public String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String date(LocalDate date) {
        return date == null ? "—" : date.format(english() ? EN_DATE : ZH_DATE);
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(english() ? Locale.ENGLISH : CHINESE);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    public String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** A quantity with its unit: 1,742 米, 1,742 m, 39 (a count without an English word). */
    public String quantity(BigDecimal value, org.chenggeng.work.Unit unit) {
        String u = english() ? unit.en(value != null && value.compareTo(BigDecimal.ONE) != 0) : unit.zh();
        return u.isEmpty() ? number(value) : number(value) + " " + u;
    }

    /** A percentage bar's width: 0 to 100. */
    public String barWidth(BigDecimal percent) {
        return percent == null ? "0" : percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).toPlainString();
    }
}
