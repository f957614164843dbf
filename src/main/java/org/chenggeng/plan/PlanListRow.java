package org.chenggeng.plan;

import org.chenggeng.region.CompoundService;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A good row of the plan list: the community and compound (its id when it exists, else the facts to create it
 * with), the project, its planned investment by source (元) and its works (work type id → planned quantity).
 */
record PlanListRow(int number, long communityId, Long compoundId, String compoundName, Integer yearBuilt,
                   int buildings, int households, BigDecimal floorArea, String code, String name, int year,
                   String unit, Map<Long, BigDecimal> investment, Map<Long, BigDecimal> works) {

    /** The facts to create the compound with, when it is new. */
    CompoundService.CompoundData compoundData() {
        return new CompoundService.CompoundData(compoundName, yearBuilt, buildings, households,
                floorArea);
    }

    BigDecimal budget() {
        return investment.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
