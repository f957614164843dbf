package org.chenggeng.shared.crypto;

import org.chenggeng.consultation.HouseholdImportFixture;
import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The start-up step encrypts rows written in plaintext before migration 025 and writes their hashes, once; after a
 * rotation it re-encrypts every value under the new key, which then reads while the old key is given as an old one.
 */
@ChenggengTest
class PersonalDataRekeyTest {

    private static final String NEW_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Autowired
    PersonalDataRekey rekey;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    List<EncryptedTable> tables;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    HouseholdImportFixture fixture;
    @Autowired
    HouseholdService households;
    @Autowired
    TestUsers as;

    private Map<String, Object> stored(Long compound) {
        return jdbc.queryForMap("select room, owner_name, phone, room_hash, owner_hash, phone_tail_hash "
                + "from household where compound_id = ?", compound);
    }

    @Test
    void aRowLeftInPlaintextIsEncryptedOnceAndThenReadsAndMatchesAsAnyOther() throws Exception {
        Long compound = fixture.compound();
        jdbc.update("insert into household (compound_id, building, unit, room, floor_area, owner_name, phone, sample, "
                + "version) values (?, '1号楼', '1单元', '0101', 55.00, '明文户', '13800009901', false, 0)", compound);
        assertThat(as.as("committee", () -> households.list(compound, null))).extracting(HouseholdRow::ownerName)
                .as("read as it is until the step has run").containsExactly("明文户");

        assertThat(rekey.run()).isGreaterThanOrEqualTo(1);
        Map<String, Object> row = stored(compound);
        assertThat(row.values().toString()).doesNotContain("0101").doesNotContain("明文户").doesNotContain("9901");
        assertThat(row.get("room_hash")).isEqualTo(cipher.hash(HashKind.LABEL, "0101"));
        assertThat(row.get("phone_tail_hash")).isEqualTo(cipher.hash(HashKind.PHONE_TAIL, "9901"));
        assertThat(rekey.run()).as("nothing left to do").isZero();
        assertThat(stored(compound)).isEqualTo(row);
        assertThat(as.as("committee", () -> households.search(compound, "9901"))).extracting(HouseholdRow::address)
                .containsExactly("1号楼-1单元-0101");
    }

    @Test
    void afterARotationEveryValueIsUnderTheNewKeyAndOldValuesReadOnlyWithTheOldKeyGiven() throws Exception {
        Long compound = fixture.compound();
        as.run("committee", () -> households.create(compound, new org.chenggeng.consultation.HouseholdData("3号楼",
                "2单元", "502", new java.math.BigDecimal("66.00"), "周九", "13600005020")));
        PersonalDataCipher rotated = new PersonalDataCipher(DataKeys.parse(NEW_KEY, 2, "1=" + DataKeys.DEV_DATA_KEY,
                "", true), DataCipherKind.AES);
        PersonalDataCipher back = new PersonalDataCipher(DataKeys.parse(DataKeys.DEV_DATA_KEY, 1, "2=" + NEW_KEY,
                "", true), DataCipherKind.AES);
        long from = jdbc.queryForObject("select id from household where compound_id = ?", Long.class, compound);
        try {
            // from this household on only, so that the test does not rewrite the whole demo register twice
            assertThat(new PersonalDataRekey(tables, rotated, jdbc, transactions, false).run(from)).isPositive();
            Map<String, Object> row = stored(compound);
            assertThat((String) row.get("owner_name")).startsWith("a2:");
            assertThat(rotated.decrypt((String) row.get("owner_name"))).isEqualTo("周九");
            assertThatThrownBy(() -> cipher.decrypt((String) row.get("owner_name")))
                    .hasMessageContaining("data key 2, which is not configured");
            assertThat(jdbc.queryForObject("select count(*) from household where id >= ? and room not like 'a2:%'",
                    Integer.class, from)).isZero();
        } finally {
            new PersonalDataRekey(tables, back, jdbc, transactions, false).run(from);
        }
        assertThat((String) stored(compound).get("owner_name")).startsWith("a1:");
        assertThat(as.as("committee", () -> households.list(compound, null))).extracting(HouseholdRow::phone)
                .containsExactly("13600005020");
    }

    @Test
    void aStartAfterACompletePassUnderTheSameKeysSkipsTheRegisterAndAnotherKeyRunsItAgain() throws Exception {
        assertThat(rekey.startUp()).as("the first pass, or one after another test's keys").isGreaterThanOrEqualTo(-1);
        rekey.startUp();
        String fingerprint = jdbc.queryForObject("select fingerprint from personal_data_rekey where name = 'all'",
                String.class);
        assertThat(fingerprint).isEqualTo(rekey.fingerprint()).doesNotContain(DataKeys.DEV_DATA_KEY)
                .doesNotContain(DataKeys.DEV_HASH_KEY);

        // a row the step would change: skipped while the fingerprint is the same
        Long compound = fixture.compound();
        jdbc.update("insert into household (compound_id, building, unit, room, floor_area, owner_name, phone, sample, "
                + "version) values (?, '1号楼', '1单元', '0102', 55.00, '跳过户', '13800009902', false, 0)", compound);
        assertThat(rekey.startUp()).as("skipped").isEqualTo(-1);
        assertThat((String) stored(compound).get("owner_name")).isEqualTo("跳过户");

        // forced, it runs and records the same fingerprint again
        assertThat(new PersonalDataRekey(tables, cipher, jdbc, transactions, true, true).startUp()).isPositive();
        assertThat((String) stored(compound).get("owner_name")).startsWith("a1:");

        // another hash key is another fingerprint
        PersonalDataCipher otherHash = new PersonalDataCipher(DataKeys.parse(DataKeys.DEV_DATA_KEY, 1, "", NEW_KEY,
                true), DataCipherKind.AES);
        assertThat(new PersonalDataRekey(tables, otherHash, jdbc, transactions, false).fingerprint())
                .isNotEqualTo(fingerprint);
        PersonalDataCipher sm4 = new PersonalDataCipher(DataKeys.parse(DataKeys.DEV_DATA_KEY, 1, "", "", true),
                DataCipherKind.SM4);
        assertThat(new PersonalDataRekey(tables, sm4, jdbc, transactions, false).fingerprint())
                .isNotEqualTo(fingerprint);
        assertThat(rekey.startUp()).isEqualTo(-1);
    }
}
