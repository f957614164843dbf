package org.chenggeng.work;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A project's completion: weighted by budget where every item has one, else the mean of
 * the items' completed/planned ratios, each capped at 100 %. Retired items do not count.
 */
final class Completion {

    private Completion() {
    }

    /** One item's plan, budget (may be null) and completed quantity. */
    record Part(BigDecimal planned, BigDecimal budget, BigDecimal completed) {
    }

    /** Percent with one decimal; zero for a project without items. */
    static BigDecimal percent(List<Part> parts) {
        if (parts.isEmpty()) {
            return BigDecimal.ZERO.setScale(1);
        }
        boolean weighted = budgetWeighted(parts);
        BigDecimal sumWeights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (Part p : parts) {
            BigDecimal ratio = p.completed().divide(p.planned(), 10, RoundingMode.HALF_UP).min(BigDecimal.ONE)
                    .max(BigDecimal.ZERO);
            BigDecimal weight = weighted ? p.budget() : BigDecimal.ONE;
            sum = sum.add(ratio.multiply(weight));
            sumWeights = sumWeights.add(weight);
        }
        return sum.multiply(BigDecimal.valueOf(100)).divide(sumWeights, 1, RoundingMode.HALF_UP);
    }

    static boolean budgetWeighted(List<Part> parts) {
        return !parts.isEmpty() && parts.stream().allMatch(p -> p.budget() != null && p.budget().signum() > 0);
    }
}
