package org.chenggeng.plan;

import java.math.BigDecimal;

/**
 * What a region's projects of a year have done: projects, compounds and households in them and how many have started
 * (施工 or later) and been completed (完工 or later), the compounds' buildings and floor area, and the projects'
 * planned and completed investment (元). A compound renewed by several projects counts once, started when any of
 * them has started.
 */
public record PlanActuals(int projects, int started, int completed, int compounds, int compoundsStarted,
                          int compoundsCompleted, int households, int householdsStarted, int householdsCompleted,
                          int buildings, BigDecimal floorArea, BigDecimal investmentPlanned,
                          BigDecimal investmentCompleted) {
}
