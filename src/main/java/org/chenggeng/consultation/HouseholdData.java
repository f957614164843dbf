package org.chenggeng.consultation;

import java.math.BigDecimal;

/** A household as entered or imported: its address within the compound, floor area and owner. */
public record HouseholdData(String building, String unit, String room, BigDecimal floorArea, String ownerName,
                            String phone) {
}
