package org.chenggeng.work;

/**
 * Units of the catalogue, each with its Chinese and English forms. Count units (座, 个, 株 …) take whole numbers;
 * length and area take at most two decimals.
 */
public enum Unit {
    METER("米", "m", "m", false),
    SQUARE_METER("平方米", "m²", "m²", false),
    CUBIC_METER("立方米", "m³", "m³", false),
    SEAT("座", "", "", true),
    PIECE("个", "", "", true),
    PLANT("株", "plant", "plants", true),
    CHAIR("把", "", "", true),
    LAMP("盏", "", "", true),
    PLACE("处", "", "", true),
    SET("套", "set", "sets", true),
    MACHINE("台", "", "", true),
    ELEVATOR("部", "", "", true),
    TABLE("张", "", "", true),
    BUILDING("栋", "building", "buildings", true),
    HOUSEHOLD("户", "household", "households", true);

    private final String zh;
    private final String enSingular;
    private final String enPlural;
    private final boolean count;

    Unit(String zh, String enSingular, String enPlural, boolean count) {
        this.zh = zh;
        this.enSingular = enSingular;
        this.enPlural = enPlural;
        this.count = count;
    }

    /** The Chinese unit or classifier: 米, 平方米, 座, 株 … */
    public String zh() {
        return zh;
    }

    /** The English unit for a measure (m, m²), or the counted noun's classifier if it has one (sets, plants). */
    public String en(boolean plural) {
        return plural ? enPlural : enSingular;
    }

    /** Whether quantities in this unit are counted in whole numbers. */
    public boolean isCount() {
        return count;
    }

    public String labelKey() {
        return "unit." + name();
    }
}
