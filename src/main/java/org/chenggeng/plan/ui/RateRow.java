package org.chenggeng.plan.ui;

import org.chenggeng.plan.PlanProgress;

import java.math.BigDecimal;
import java.util.List;

/** A line of the rates table: what is counted, the base it is counted against, started and completed, and the rates. */
record RateRow(String labelKey, Number base, Number started, BigDecimal startRate, Number completed,
               BigDecimal completionRate) {

    /** Against the plan (by compounds, by households), then against the projects (by count, by households). */
    static List<RateRow> of(PlanProgress p) {
        var a = p.actuals();
        Integer planCompounds = p.plan() == null ? null : p.plan().compounds();
        Integer planHouseholds = p.plan() == null ? null : p.plan().households();
        return List.of(
                new RateRow("plan.rate.planCompounds", planCompounds, a.compoundsStarted(), p.startRateAgainstPlan(),
                        a.compoundsCompleted(), p.completionRateAgainstPlan()),
                new RateRow("plan.rate.planHouseholds", planHouseholds, a.householdsStarted(),
                        p.startRateAgainstPlanByHouseholds(), a.householdsCompleted(),
                        p.completionRateAgainstPlanByHouseholds()),
                new RateRow("plan.rate.projects", a.projects(), a.started(), p.startRate(), a.completed(),
                        p.completionRate()),
                new RateRow("plan.rate.projectHouseholds", a.households(), a.householdsStarted(),
                        p.startRateByHouseholds(), a.householdsCompleted(), p.completionRateByHouseholds()));
    }
}
