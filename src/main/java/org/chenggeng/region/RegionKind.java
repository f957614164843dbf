package org.chenggeng.region;

import java.util.Arrays;
import java.util.List;

/**
 * What a region is called at its level: a street-level region may be a 街道, a 镇 or a 乡, a district a 区, a 县 or a
 * 县级市, a community a 社区 or a 村. The level decides the tree (who sits below whom, what a scope covers); the kind
 * only names it, in lists, paths and the statistics forms.
 */
public enum RegionKind {
    CITY(RegionLevel.CITY),
    DISTRICT(RegionLevel.DISTRICT), COUNTY(RegionLevel.DISTRICT), COUNTY_CITY(RegionLevel.DISTRICT),
    STREET(RegionLevel.STREET), TOWN(RegionLevel.STREET), TOWNSHIP(RegionLevel.STREET),
    COMMUNITY(RegionLevel.COMMUNITY), VILLAGE(RegionLevel.COMMUNITY);

    private final RegionLevel level;

    RegionKind(RegionLevel level) {
        this.level = level;
    }

    public RegionLevel level() {
        return level;
    }

    /** The usual name of a level, which existing regions took when kinds were introduced. */
    public static RegionKind usual(RegionLevel level) {
        return valueOf(level.name());
    }

    /** The kinds a region of {@code level} may be, the usual one first. */
    public static List<RegionKind> of(RegionLevel level) {
        return Arrays.stream(values()).filter(k -> k.level == level).toList();
    }

    public String labelKey() {
        return "region.kind." + name();
    }
}
