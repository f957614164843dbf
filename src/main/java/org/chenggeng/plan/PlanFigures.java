package org.chenggeng.plan;

import java.math.BigDecimal;

/** What a year's plan asks of a region: compounds, households, buildings, floor area (m²) and investment (元). */
public record PlanFigures(int compounds, int households, int buildings, BigDecimal floorArea, BigDecimal investment) {

    public static final PlanFigures NONE = new PlanFigures(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    /** The same figures with amounts at two decimals, as they are stored. */
    public PlanFigures normalized() {
        return new PlanFigures(compounds, households, buildings, floorArea == null ? null : floorArea.setScale(2),
                investment == null ? null : investment.setScale(2));
    }
}
