package org.chenggeng.shared.ui;

import com.vaadin.flow.component.Component;

import java.util.Locale;

/** The line an import screen shows under a previewed file: how many rows, new, already imported, bad. */
public final class ImportSummaries {

    private ImportSummaries() {
    }

    /**
     * {@code key} takes the file name, the row count, the importable and the already imported count; bad rows,
     * or else "nothing new", are added to it.
     */
    public static String preview(Component c, Locale locale, String key, String name, long rows, long importable,
                                 long alreadyImported, long badRows) {
        String text = c.getTranslation(key, name, Formats.number(rows, locale), Formats.number(importable, locale),
                Formats.number(alreadyImported, locale));
        if (badRows > 0) {
            text += c.getTranslation("import.summary.bad", Formats.number(badRows, locale));
        } else if (importable == 0) {
            text += " · " + c.getTranslation("import.nothingNew");
        }
        return text;
    }
}
