package org.chenggeng.statistics;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The key quantities the provincial form asks for, each summed from the catalogue's work types: pipelines of every
 * kind in 公里 (the catalogue's 米 ÷ 1000), lifts, parking spaces, charging posts, community service facilities
 * (elderly care, property rooms) and barrier-free works.
 */
public enum KeyQuantity {
    PIPELINES(Set.of("POWER_LINES", "TELECOM_LINES", "RAIN_SEWAGE_SEPARATION", "DRAIN_PIPE", "WATER_SUPPLY",
            "GAS_PIPES"), BigDecimal.valueOf(1000)),
    ELEVATORS(Set.of("ELEVATOR"), BigDecimal.ONE),
    PARKING_SPACES(Set.of("PARKING_SPACE", "PARKING_SPACE_NEW"), BigDecimal.ONE),
    CHARGING_POSTS(Set.of("CHARGING_POST"), BigDecimal.ONE),
    SERVICE_FACILITIES(Set.of("ELDERLY_SERVICE", "PROPERTY_OFFICE"), BigDecimal.ONE),
    ACCESSIBILITY(Set.of("ACCESSIBLE_RAMP"), BigDecimal.ONE);

    private final Set<String> typeCodes;
    private final BigDecimal divisor;

    KeyQuantity(Set<String> typeCodes, BigDecimal divisor) {
        this.typeCodes = typeCodes;
        this.divisor = divisor;
    }

    /** The key quantity a work type counts towards, or null. */
    static KeyQuantity of(String typeCode) {
        for (KeyQuantity k : values()) {
            if (k.typeCodes.contains(typeCode)) {
                return k;
            }
        }
        return null;
    }

    /** A work type's quantity in the form's unit. */
    BigDecimal inFormUnit(BigDecimal quantity) {
        return quantity.divide(divisor, 3, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public String labelKey() {
        return "statistics.key." + name();
    }
}
