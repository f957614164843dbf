package org.chenggeng.funding;

import java.util.Locale;

/** A funding source as screens, imports and reports show it. */
public record FundingSourceRow(Long id, long version, String code, String nameZh, String nameEn, int sortOrder,
                               boolean retired) {

    /** The name in the locale's language: Chinese unless the locale is English. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
