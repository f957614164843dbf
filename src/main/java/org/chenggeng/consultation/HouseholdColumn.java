package org.chenggeng.consultation;

import org.chenggeng.shared.xlsx.SheetColumn;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column of the household import file, with its Chinese and English header. The template is headed in the
 * user's language and a file headed in either is read; the headers are the file format, so they live here and not
 * in the message bundles, whose wording may change.
 */
enum HouseholdColumn implements SheetColumn {
    BUILDING("楼号", "Building"),
    UNIT("单元", "Unit"),
    ROOM("室号", "Room"),
    FLOOR_AREA("建筑面积（m²）", "Floor area (m²)"),
    OWNER("户主", "Owner"),
    PHONE("联系电话", "Phone");

    static final Set<HouseholdColumn> REQUIRED = EnumSet.of(BUILDING, UNIT, ROOM, FLOOR_AREA);

    private final String zh;
    private final String en;

    HouseholdColumn(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public List<String> headers() {
        return List.of(zh, en);
    }

    /** The header in the user's language: Chinese unless the user reads English. */
    String header(Locale locale) {
        return isEnglish(locale) ? en : zh;
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
