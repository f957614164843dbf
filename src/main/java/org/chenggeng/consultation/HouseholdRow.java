package org.chenggeng.consultation;

import java.math.BigDecimal;

/**
 * A household as the signed-in user may see it: owner, phone and room in full for the committee of its community
 * and administrators, masked ({@code masked = true}) for everyone else.
 */
public record HouseholdRow(Long id, long version, Long compoundId, String building, String unit, String room,
                           BigDecimal floorArea, String ownerName, String phone, boolean sample, boolean masked) {

    /** 3号楼-2单元-302 (or 3号楼-2单元-3** when masked), written as {@link HouseholdService#address} writes it. */
    public String address() {
        return building + "-" + unit + "-" + room;
    }
}
