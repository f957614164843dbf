package org.chenggeng.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chenggeng.shared.BaseEntity;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.Snapshot;
import org.chenggeng.shared.crypto.HashKind;
import org.chenggeng.shared.crypto.PersonalDataCipher;
import org.chenggeng.shared.crypto.PersonalText;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A household (户) of a compound: building, stairwell and room, floor area, owner and phone. Owner, phone and
 * room are personal data; {@link Masking} decides who sees them. They are encrypted in the database (decision 0030),
 * so the address key and the searches go by keyed hashes of the room, the owner's name and the phone's last four
 * digits, which the entity writes whenever it takes new data.
 */
@Entity
@Table(name = "household")
class Household extends BaseEntity {

    static final BigDecimal MAX_AREA = HouseholdData.MAX_AREA;
    private static final Pattern PHONE = HouseholdData.PHONE;

    @Column(name = "compound_id", nullable = false)
    private Long compoundId;
    @Column(nullable = false, length = 20)
    private String building;
    @Column(nullable = false, length = 20)
    private String unit;
    @Convert(converter = PersonalText.class)
    @Column(nullable = false, length = 200)
    private String room;
    @Column(name = "room_hash", length = 43)
    private String roomHash;
    @Column(name = "floor_area", nullable = false, precision = 10, scale = 2)
    private BigDecimal floorArea;
    @Convert(converter = PersonalText.class)
    @Column(name = "owner_name", length = 400)
    private String ownerName;
    @Column(name = "owner_hash", length = 43)
    private String ownerHash;
    @Convert(converter = PersonalText.class)
    @Column(length = 200)
    private String phone;
    @Column(name = "phone_tail_hash", length = 43)
    private String phoneTailHash;
    @Column(nullable = false)
    private boolean sample;

    protected Household() {
    }

    Household(Long compoundId, HouseholdData data, boolean sample, PersonalDataCipher hashes) {
        this.compoundId = compoundId;
        this.sample = sample;
        apply(data, hashes);
    }

    void update(HouseholdData data, PersonalDataCipher hashes) {
        apply(data, hashes);
    }

    private void apply(HouseholdData data, PersonalDataCipher hashes) {
        this.building = required(data.building(), "household.building");
        this.unit = required(data.unit(), "household.unit");
        this.room = required(data.room(), "household.room");
        this.floorArea = validArea(data.floorArea());
        this.ownerName = blankToNull(data.ownerName(), 50);
        this.phone = validPhone(blankToNull(data.phone(), 20));
        this.roomHash = hashes.hash(HashKind.LABEL, room);
        this.ownerHash = hashes.hash(HashKind.NAME, ownerName);
        this.phoneTailHash = hashes.hash(HashKind.PHONE_TAIL, phone);
    }

    static BigDecimal validArea(BigDecimal area) {
        if (area == null || area.signum() <= 0 || area.compareTo(MAX_AREA) > 0) {
            throw new DomainException("household.error.area");
        }
        if (area.stripTrailingZeros().scale() > 2) {
            throw new DomainException("household.error.areaDecimals");
        }
        return area.setScale(2);
    }

    /** A phone number of 5 to 20 digits, spaces, + and -; null stays null. */
    static String validPhone(String phone) {
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new DomainException("household.error.phone");
        }
        return phone;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException("error.requiredField", MessageKey.of(field));
        }
        String v = value.trim();
        if (v.length() > 20) {
            throw new DomainException("error.tooLong", 20);
        }
        return v;
    }

    private static String blankToNull(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > max) {
            throw new DomainException("error.tooLong", max);
        }
        return v;
    }

    /** The audit record, which officials also read: the owner and phone appear masked, never in full. */
    Map<String, String> snapshot() {
        return Snapshot.of().put("compoundId", compoundId).put("building", building).put("unit", unit)
                .put("room", Masking.room(room)).put("floorArea", floorArea.toPlainString())
                .put("ownerName", Masking.name(ownerName)).put("phone", Masking.phone(phone)).toMap();
    }

    Long getCompoundId() {
        return compoundId;
    }

    String getBuilding() {
        return building;
    }

    String getUnit() {
        return unit;
    }

    String getRoom() {
        return room;
    }

    String getRoomHash() {
        return roomHash;
    }

    String getOwnerHash() {
        return ownerHash;
    }

    String getPhoneTailHash() {
        return phoneTailHash;
    }

    BigDecimal getFloorArea() {
        return floorArea;
    }

    String getOwnerName() {
        return ownerName;
    }

    String getPhone() {
        return phone;
    }

    boolean isSample() {
        return sample;
    }
}
