package org.chenggeng.shared.ui;

import com.vaadin.flow.component.UI;
import org.chenggeng.shared.MessageKey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a message key and its arguments into a sentence in the UI's language. Arguments that are message keys
 * ({@link MessageKey}, or the key's text when a refusal was stored as text) are translated first; numbers given
 * as text are written the way the user's locale writes them (223,290.68), and so are months and dates given as ISO
 * text (2026-11 reads 2026年11月 or Nov 2026).
 */
public final class Messages {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String MISSING = "!";

    private Messages() {
    }

    public static String sentence(UI ui, String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = argument(ui, args[i]);
        }
        return ui.getTranslation(key, shown);
    }

    private static Object argument(UI ui, Object arg) {
        if (arg instanceof MessageKey key) {
            return ui.getTranslation(key.key());
        }
        if (arg instanceof String text) {
            String calendar = calendar(text, ui.getLocale());
            if (calendar != null) {
                return calendar;
            }
            if (NUMBER.matcher(text).matches()) {
                return Formats.number(new BigDecimal(text), ui.getLocale());
            }
            String translated = ui.getTranslation(text);
            return translated.startsWith(MISSING) ? text : translated;
        }
        return arg;
    }

    /**
     * A month or a date written as ISO text (2026-11, 2026-11-21), as the locale writes it (2026年11月, 2026年11月21日),
     * or {@code null} for any other text. The API's messages and the audit log use it too.
     */
    public static String calendar(String text, Locale locale) {
        if (MONTH.matcher(text).matches()) {
            return Formats.month(YearMonth.parse(text), locale);
        }
        if (DATE.matcher(text).matches()) {
            return Formats.date(LocalDate.parse(text), locale);
        }
        return null;
    }
}
