package org.chenggeng.consultation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One ratio of a tally against its threshold, kept as an exact fraction: {@code numerator / denominator} passes
 * when it is at least {@code thresholdNumerator / thresholdDenominator}, compared by cross-multiplying, so
 * exactly two thirds passes a two-thirds rule. A ratio over nothing (no households, no participants) fails.
 */
public record Ratio(Measure measure, BigDecimal numerator, BigDecimal denominator, int thresholdNumerator,
                    int thresholdDenominator) {

    /** What a ratio measures; its label names numerator and denominator. */
    public enum Measure {
        PARTICIPATION_AREA, PARTICIPATION_HOUSEHOLDS, AGREEMENT_AREA, AGREEMENT_HOUSEHOLDS, AGREEMENT_ALL_HOUSEHOLDS,
        SATISFACTION;

        public String labelKey() {
            return "tally.measure." + name();
        }
    }

    public boolean passes() {
        return denominator.signum() > 0 && numerator.multiply(BigDecimal.valueOf(thresholdDenominator))
                .compareTo(denominator.multiply(BigDecimal.valueOf(thresholdNumerator))) >= 0;
    }

    /**
     * The ratio in percent with two decimals, rounded down so that a ratio just below its threshold never
     * displays as reaching it; {@code null} when there is nothing to divide by.
     */
    public BigDecimal percent() {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.DOWN);
    }

    public String threshold() {
        return thresholdNumerator + "/" + thresholdDenominator;
    }
}
