package org.chenggeng.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of the form: a region's plan for the year and what its projects of that year had done by the month's
 * end. Money in yuan; investment completed by funding source id.
 */
public record FormRow(Long regionId, String name, int planCompounds, int planHouseholds, int planBuildings,
                      BigDecimal planFloorArea, BigDecimal planInvestment, int compounds, int compoundsStarted,
                      int compoundsCompleted, int households, int householdsStarted, int householdsCompleted,
                      int buildings, BigDecimal floorArea, BigDecimal investmentPlanned,
                      BigDecimal investmentCompleted, Map<Long, BigDecimal> completedBySource,
                      Map<KeyQuantity, BigDecimal> quantities) {

    public FormRow {
        completedBySource = completedBySource == null ? Map.of() : Map.copyOf(completedBySource);
        quantities = quantities == null ? Map.of() : Map.copyOf(quantities);
    }

    /** A key quantity of the row, zero when none was done. */
    public BigDecimal quantity(KeyQuantity key) {
        return quantities.getOrDefault(key, BigDecimal.ZERO);
    }

    /** A row of nothing, for a region that has not submitted. */
    static FormRow empty(Long regionId, String name) {
        return new FormRow(regionId, name, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), Map.of());
    }

    /** The two rows added up, under another name: how the total row is made. */
    FormRow plus(FormRow o, Long id, String newName) {
        Map<Long, BigDecimal> sources = new TreeMap<>(completedBySource);
        o.completedBySource.forEach((k, v) -> sources.merge(k, v, BigDecimal::add));
        Map<KeyQuantity, BigDecimal> keys = new java.util.EnumMap<>(KeyQuantity.class);
        keys.putAll(quantities);
        o.quantities.forEach((k, v) -> keys.merge(k, v, BigDecimal::add));
        return new FormRow(id, newName, planCompounds + o.planCompounds, planHouseholds + o.planHouseholds,
                planBuildings + o.planBuildings, planFloorArea.add(o.planFloorArea), planInvestment.add(o.planInvestment),
                compounds + o.compounds, compoundsStarted + o.compoundsStarted, compoundsCompleted + o.compoundsCompleted,
                households + o.households, householdsStarted + o.householdsStarted,
                householdsCompleted + o.householdsCompleted, buildings + o.buildings, floorArea.add(o.floorArea),
                investmentPlanned.add(o.investmentPlanned), investmentCompleted.add(o.investmentCompleted), sources, keys);
    }

    /** The same figures under another name (合计 for the total row on screen). */
    public FormRow named(String newName) {
        return empty(regionId, newName).plus(this, regionId, newName);
    }

    /** This row less another (what was submitted), figure by figure: what a correction changed since. */
    FormRow minus(FormRow o) {
        Map<Long, BigDecimal> sources = new TreeMap<>(completedBySource);
        o.completedBySource.forEach((k, v) -> sources.merge(k, v.negate(), BigDecimal::add));
        Map<KeyQuantity, BigDecimal> keys = new java.util.EnumMap<>(KeyQuantity.class);
        keys.putAll(quantities);
        o.quantities.forEach((k, v) -> keys.merge(k, v.negate(), BigDecimal::add));
        return new FormRow(regionId, name, planCompounds - o.planCompounds, planHouseholds - o.planHouseholds,
                planBuildings - o.planBuildings, planFloorArea.subtract(o.planFloorArea),
                planInvestment.subtract(o.planInvestment), compounds - o.compounds,
                compoundsStarted - o.compoundsStarted, compoundsCompleted - o.compoundsCompleted,
                households - o.households, householdsStarted - o.householdsStarted,
                householdsCompleted - o.householdsCompleted, buildings - o.buildings, floorArea.subtract(o.floorArea),
                investmentPlanned.subtract(o.investmentPlanned), investmentCompleted.subtract(o.investmentCompleted),
                sources, keys);
    }

    /** 开工率 against the plan: compounds started ÷ compounds planned (may pass 100 %); null without a plan. */
    public BigDecimal startRateAgainstPlan() {
        return percent(BigDecimal.valueOf(compoundsStarted), BigDecimal.valueOf(planCompounds));
    }

    public BigDecimal completionRateAgainstPlan() {
        return percent(BigDecimal.valueOf(compoundsCompleted), BigDecimal.valueOf(planCompounds));
    }

    public BigDecimal investmentRateAgainstPlan() {
        return percent(investmentCompleted, planInvestment);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
