package org.chenggeng.consultation;

import org.chenggeng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Inserts checked households with JDBC batches, for the household import and the sample registers: the entities'
 * identity columns would keep Hibernate from batching, and a district's register is tens of thousands of rows. Owner,
 * phone and room are encrypted here as the entity's converter would (decision 0030).
 */
@Component
class HouseholdInserts {

    private static final int BATCH = 1000;
    private static final String INSERT = "insert into household (compound_id, building, unit, room, floor_area, "
            + "owner_name, phone, sample, room_hash, owner_hash, phone_tail_hash, version) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    HouseholdInserts(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Households that passed their entity's checks and whose addresses the register does not hold yet. */
    void insert(List<Household> added) {
        jdbc.batchUpdate(INSERT, added, BATCH, (ps, h) -> {
            ps.setLong(1, h.getCompoundId());
            ps.setString(2, h.getBuilding());
            ps.setString(3, h.getUnit());
            ps.setString(4, cipher.encrypt(h.getRoom()));
            ps.setBigDecimal(5, h.getFloorArea());
            ps.setString(6, cipher.encrypt(h.getOwnerName()));
            ps.setString(7, cipher.encrypt(h.getPhone()));
            ps.setBoolean(8, h.isSample());
            ps.setString(9, h.getRoomHash());
            ps.setString(10, h.getOwnerHash());
            ps.setString(11, h.getPhoneTailHash());
        });
    }
}
