package org.chenggeng.consultation;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.PersonalDataRead;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chenggeng.consultation.HouseholdImportFixture.file;
import static org.chenggeng.consultation.HouseholdImportFixture.row;

/**
 * Owners, phones and rooms are unreadable in the database and read through the service as before: the address key,
 * the import's matching, the order, masking and the searches work by keyed hashes and decryption in Java, and every
 * read of the register in full is published for the audit log (decision 0030).
 */
@ChenggengTest
@RecordApplicationEvents
class EncryptedRegisterTest {

    @Autowired
    HouseholdImportFixture fixture;
    @Autowired
    HouseholdService households;
    @Autowired
    HouseholdImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    TestUsers as;
    @Autowired
    ApplicationEvents events;

    private Long registered() throws Exception {
        Long compound = fixture.compound();
        as.run("committee", () -> {
            households.create(compound, new HouseholdData("2号楼", "1单元", "A302", new BigDecimal("70.00"), "赵六",
                    "13912345678"));
            households.create(compound, new HouseholdData("10号楼", "1单元", "A302", new BigDecimal("80.00"), "钱七",
                    "13987655678"));
            households.create(compound, new HouseholdData("2号楼", "1单元", "1101", new BigDecimal("90.00"), "赵六",
                    null));
        });
        return compound;
    }

    @Test
    void theDatabaseHoldsNoNamePhoneOrRoomButTheServiceReadsThemInAddressOrder() throws Exception {
        Long compound = registered();
        List<Map<String, Object>> stored = jdbc.queryForList(
                "select room, owner_name, phone, room_hash, owner_hash, phone_tail_hash from household "
                        + "where compound_id = ?", compound);
        assertThat(stored).hasSize(3);
        for (Map<String, Object> r : stored) {
            String all = r.values().toString();
            assertThat(all).doesNotContain("A302").doesNotContain("1101").doesNotContain("赵六")
                    .doesNotContain("钱七").doesNotContain("1391234").doesNotContain("5678");
            assertThat((String) r.get("room")).matches("a1:[A-Za-z0-9+/=]+");
            assertThat((String) r.get("room_hash")).hasSize(43);
        }
        List<HouseholdRow> register = as.as("committee", () -> households.list(compound, null));
        assertThat(register).extracting(HouseholdRow::address)
                .containsExactly("2号楼-1单元-1101", "2号楼-1单元-A302", "10号楼-1单元-A302");
        assertThat(register).extracting(HouseholdRow::ownerName).containsExactly("赵六", "赵六", "钱七");
        assertThat(register.get(1).phone()).isEqualTo("13912345678");
    }

    @Test
    void theSameAddressIsStillRefusedInTheUsersLanguageWhateverTheLetterCaseOfTheRoom() throws Exception {
        Long compound = registered();
        assertThatThrownBy(() -> as.run("committee", () -> households.create(compound,
                new HouseholdData("2号楼", "1单元", "a302", new BigDecimal("70.00"), null, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("household.error.duplicate");
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.SIMPLIFIED_CHINESE))
                            .contains("2号楼-1单元-a302").contains("已");
                });
        HouseholdRow other = as.as("committee", () -> households.list(compound, "10号楼")).getFirst();
        assertThatThrownBy(() -> as.run("committee", () -> households.update(other.id(), other.version(),
                new HouseholdData("2号楼", "1单元", "A302", new BigDecimal("80.00"), "钱七", null))))
                .isInstanceOf(DomainException.class).hasMessageContaining("household.error.duplicate");
        assertThat(as.as("committee", () -> households.list(compound, null))).hasSize(3);
    }

    @Test
    void anImportMatchesTheRegisterByAddressAndAddsOnlyWhatIsNew() throws Exception {
        Long compound = registered();
        var result = as.as("committee", () -> imports.commit(compound, file(
                row("2号楼", "1单元", "A302", "70", "赵六", "13912345678"),
                row("2号楼", "2单元", "A302", "65", "孙八", "13700009999"))));
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.alreadyImported()).isEqualTo(1);
        var conflict = as.as("committee", () -> imports.preview(compound, file(
                row("10号楼", "1单元", "A302", "80", "别人", "13987655678"))));
        assertThat(conflict.errors()).extracting(ImportIssue::messageKey).containsExactly("householdImport.error.conflict");
        List<Map<String, Object>> added = jdbc.queryForList("select owner_name, room_hash from household "
                + "where compound_id = ? and unit = '2单元'", compound);
        assertThat(added).hasSize(1);
        assertThat(added.getFirst().get("owner_name").toString()).startsWith("a1:").doesNotContain("孙八");
        assertThat(added.getFirst().get("room_hash")).isNotNull();
    }

    @Test
    void theCommitteeFindsAnExactOwnerOrThePhonesLastFourDigitsAndNobodyElseSearches() throws Exception {
        Long compound = registered();
        assertThat(as.as("committee", () -> households.search(compound, "赵六"))).extracting(HouseholdRow::address)
                .containsExactly("2号楼-1单元-1101", "2号楼-1单元-A302");
        assertThat(as.as("committee", () -> households.search(compound, "5678"))).extracting(HouseholdRow::address)
                .containsExactly("2号楼-1单元-A302", "10号楼-1单元-A302");
        assertThat(as.as("committee", () -> households.search(compound, "赵"))).isEmpty();
        assertThatThrownBy(() -> as.run("official", () -> households.search(compound, "赵六")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void officialsStillReadItMaskedAndOnlyAReadInFullIsPublishedAsAReadOfPersonalData() throws Exception {
        Long compound = registered();
        events.clear();
        List<HouseholdRow> masked = as.as("official", () -> households.list(compound, null));
        assertThat(masked).extracting(HouseholdRow::room).containsExactly("1***", "A***", "A***");
        assertThat(masked).extracting(HouseholdRow::ownerName).containsExactly("赵*", "赵*", "钱*");
        assertThat(masked.get(1).phone()).isEqualTo("139****5678");
        assertThat(events.stream(PersonalDataRead.class)).isEmpty();

        as.run("committee", () -> households.list(compound, "2号楼"));
        as.run("committee", () -> households.export(compound, Locale.SIMPLIFIED_CHINESE,
                new java.io.ByteArrayOutputStream()));
        as.run("committee", () -> households.search(compound, "5678"));
        assertThat(events.stream(PersonalDataRead.class)).containsExactly(
                new PersonalDataRead("REGISTER_VIEW", "COMPOUND", compound, 2),
                new PersonalDataRead("REGISTER_EXPORT", "COMPOUND", compound, 3),
                new PersonalDataRead("REGISTER_VIEW", "COMPOUND", compound, 2));
    }
}
