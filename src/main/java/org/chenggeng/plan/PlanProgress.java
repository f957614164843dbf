package org.chenggeng.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A region's year: its plan (null when none was set), what its projects did, and the rates both ways. Against the
 * plan, 开工率 is the compounds (or households) started ÷ those planned, and can pass 100 % when more was started than
 * planned (national figures read 101.7 %); against the projects it is the projects (or their households) started ÷
 * all of them. Percentages are rounded half up to one decimal; null where the divisor is zero.
 */
public record PlanProgress(long regionId, String regionName, int year, PlanFigures plan, String setBy, Instant setAt,
                           boolean mayEdit, PlanActuals actuals) {

    public BigDecimal startRateAgainstPlan() {
        return plan == null ? null : percent(actuals.compoundsStarted(), plan.compounds());
    }

    public BigDecimal startRateAgainstPlanByHouseholds() {
        return plan == null ? null : percent(actuals.householdsStarted(), plan.households());
    }

    public BigDecimal completionRateAgainstPlan() {
        return plan == null ? null : percent(actuals.compoundsCompleted(), plan.compounds());
    }

    public BigDecimal completionRateAgainstPlanByHouseholds() {
        return plan == null ? null : percent(actuals.householdsCompleted(), plan.households());
    }

    /** Investment completed ÷ the plan's investment. */
    public BigDecimal investmentRateAgainstPlan() {
        return plan == null ? null : percent(actuals.investmentCompleted(), plan.investment());
    }

    public BigDecimal startRate() {
        return percent(actuals.started(), actuals.projects());
    }

    public BigDecimal startRateByHouseholds() {
        return percent(actuals.householdsStarted(), actuals.households());
    }

    public BigDecimal completionRate() {
        return percent(actuals.completed(), actuals.projects());
    }

    public BigDecimal completionRateByHouseholds() {
        return percent(actuals.householdsCompleted(), actuals.households());
    }

    /** Investment completed ÷ the projects' funding plans (投资完成率). */
    public BigDecimal investmentRate() {
        return percent(actuals.investmentCompleted(), actuals.investmentPlanned());
    }

    static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
