package org.chenggeng.demo;

import org.chenggeng.region.CompoundService.CompoundData;
import org.chenggeng.region.RegionLevel;
import org.chenggeng.region.RegionSamples;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the demo takes place: Tianjin's Hedong district, its Yueyahe street (月牙河街) with thirteen communities and
 * their compounds, and a second street (大王庄街) outside the street users' scope.
 */
@Component
class DemoPlaces {

    private static final List<String> COMMUNITIES = List.of("靖江里社区", "月牙河北社区", "月牙河南社区", "富民路社区",
            "津塘路社区", "万新社区", "新立社区", "程林社区", "丽苑社区", "鲁山道社区", "大桥道社区", "嘉华社区", "东兴社区");

    private final RegionSamples samples;

    DemoPlaces(RegionSamples samples) {
        this.samples = samples;
    }

    /** The street the demo users work in, the communities by name and the compounds by name. */
    record Places(Long street, Map<String, Long> communities, Map<String, Long> compounds) {
    }

    Places seed() {
        Map<String, Long> communityIds = new HashMap<>();
        Long street = regions(communityIds);
        return new Places(street, Map.copyOf(communityIds), compounds(communityIds));
    }

    private Long regions(Map<String, Long> communityIds) {
        Long city = samples.region(null, "天津市", RegionLevel.CITY, "120000");
        Long district = samples.region(city, "河东区", RegionLevel.DISTRICT, "120102");
        Long street = samples.region(district, "月牙河街", RegionLevel.STREET, null);
        for (String name : COMMUNITIES) {
            communityIds.put(name, samples.region(street, name, RegionLevel.COMMUNITY, null));
        }
        Long other = samples.region(district, "大王庄街", RegionLevel.STREET, null);
        communityIds.put("大王庄社区", samples.region(other, "大王庄社区", RegionLevel.COMMUNITY, null));
        return street;
    }

    private Map<String, Long> compounds(Map<String, Long> communityIds) {
        Map<String, Long> ids = new HashMap<>();
        compound(ids, communityIds, "靖江里社区", "靖江东里", 1989, 26, 1632, "98560.00");
        compound(ids, communityIds, "靖江里社区", "靖江里", 1986, 18, 1104, "61230.50");
        compound(ids, communityIds, "月牙河北社区", "月牙河北里", 1992, 22, 1380, "82400.00");
        compound(ids, communityIds, "月牙河南社区", "月牙河南里", 1994, 15, 960, "57300.00");
        compound(ids, communityIds, "富民路社区", "富民路小区", 1990, 20, 1215, "71820.00");
        compound(ids, communityIds, "津塘路社区", "津塘里", 1988, 12, 768, "44150.00");
        compound(ids, communityIds, "万新社区", "万新里", 1996, 30, 2040, "126900.00");
        compound(ids, communityIds, "程林社区", "程林里", 1998, 24, 1560, "95480.00");
        compound(ids, communityIds, "丽苑社区", "丽苑小区", 1997, 28, 1820, "110300.00");
        compound(ids, communityIds, "鲁山道社区", "鲁山道小区", 1991, 16, 1008, "60110.00");
        compound(ids, communityIds, "大桥道社区", "大桥道小区", 1987, 14, 872, "50240.00");
        compound(ids, communityIds, "东兴社区", "东兴里", 1993, 19, 1140, "68770.00");
        compound(ids, communityIds, "大王庄社区", "大王庄小区", 1985, 21, 1290, "74600.00");
        return ids;
    }

    private void compound(Map<String, Long> ids, Map<String, Long> communityIds, String community, String name, int built, int buildings,
                          int households, String area) {
        ids.put(name, samples.compound(communityIds.get(community),
                new CompoundData(name, built, buildings, households, new BigDecimal(area))));
    }
}
