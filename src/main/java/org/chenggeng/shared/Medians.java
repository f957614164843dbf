package org.chenggeng.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The median of whole numbers (days to answer, days to close) to one decimal; {@code null} of none. */
public final class Medians {

    private Medians() {
    }

    public static BigDecimal of(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal sum = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2)).multiply(BigDecimal.TWO)
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2));
        return sum.divide(BigDecimal.TWO, 1, RoundingMode.HALF_UP);
    }
}
