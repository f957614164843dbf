package org.chenggeng.shared.ui;

import com.vaadin.flow.component.UI;
import org.chenggeng.shared.MessageKey;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Turns a message key and its arguments into a sentence in the UI's language. Arguments that are message keys
 * ({@link MessageKey}, or the key's text when a refusal was stored as text) are translated first; numbers given
 * as text are written the way the user's locale writes them (223,290.68).
 */
public final class Messages {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
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
            if (NUMBER.matcher(text).matches()) {
                return Formats.number(new BigDecimal(text), ui.getLocale());
            }
            String translated = ui.getTranslation(text);
            return translated.startsWith(MISSING) ? text : translated;
        }
        return arg;
    }
}
