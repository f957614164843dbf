package org.chenggeng.consultation;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** A household as entered or imported: its address within the compound, floor area and owner. */
public record HouseholdData(String building, String unit, String room, BigDecimal floorArea, String ownerName,
                            String phone) {

    /** The largest floor area in square metres; a larger one is a typing slip. */
    public static final BigDecimal MAX_AREA = new BigDecimal("9999.99");
    /** What a phone number may look like: digits, plus, hyphen and spaces, 5 to 20 of them. */
    public static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

}
