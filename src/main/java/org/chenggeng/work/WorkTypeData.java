package org.chenggeng.work;

/** A work type's fields, including the phrase parts of the narrative report. */
public record WorkTypeData(String code, String nameZh, String nameEn, WorkCategory category, Unit unit,
                           ReportSection section, String verbZh, String objectZh, PhraseOrder phraseOrder,
                           String verbEn, String objectEn, String objectEnPlural, int sortOrder) {

    /** The name in the given language. */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
