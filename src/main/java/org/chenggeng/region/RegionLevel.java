package org.chenggeng.region;

/** Levels of the administrative tree, top down; a child is always exactly one level below its parent. */
public enum RegionLevel {
    CITY, DISTRICT, STREET, COMMUNITY;

    public RegionLevel childLevel() {
        return this == COMMUNITY ? null : values()[ordinal() + 1];
    }

    public String labelKey() {
        return "region.level." + name();
    }
}
