package org.chenggeng.work;

import java.util.regex.Pattern;

/**
 * A work type's fields, including the phrase parts of the narrative report and whether the narrative lists it by
 * name ({@code narrative}) or leaves it to the closing 等.
 */
public record WorkTypeData(String code, String nameZh, String nameEn, WorkCategory category, Unit unit,
                           ReportSection section, String verbZh, String objectZh, PhraseOrder phraseOrder,
                           String verbEn, String objectEn, String objectEnPlural, int sortOrder, boolean narrative) {

    /** A code: a capital letter, then 1 to 39 capitals, digits or underscores. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");


    /** The name in the given language. */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
