package org.chenggeng.consultation;

import org.chenggeng.audit.AuditService;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chenggeng.consultation.HouseholdImportFixture.row;

/**
 * Only the committee of a compound's community and administrators import into its register; officials, project
 * managers and other communities' committees are refused, and each refusal reaches the audit log.
 */
@ChenggengTest
class HouseholdImportScopeTest {

    @Autowired
    HouseholdImportService imports;
    @Autowired
    AuditService audit;
    @Autowired
    HouseholdImportFixture fixture;
    @Autowired
    TestUsers as;

    @Test
    void officialsProjectManagersAndOtherCommitteesAreRefusedAndEachRefusalIsAudited() throws Exception {
        Long own = fixture.compound();
        Long foreign = fixture.foreignCompound();
        String[][] outsiders = {{"official", own.toString()}, {"pm", own.toString()},
                {"committee", foreign.toString()}};

        for (String[] outsider : outsiders) {
            String user = outsider[0];
            long compound = Long.parseLong(outsider[1]);
            assertThatThrownBy(() -> as.run(user, () -> imports.commit(compound, HouseholdImportFixture.file(
                    row("1号楼", "1单元", "101", 65.5, null, null))))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.run(user, () -> imports.preview(compound, HouseholdImportFixture.file())))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.run(user, () -> imports.target(compound))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(denials(user)).as(user).contains("household.import compound " + compound,
                    "household.import.preview compound " + compound, "household.import.target compound " + compound);
        }
        assertThat(fixture.register(own)).isEmpty();
        assertThat(fixture.register(foreign)).isEmpty();
    }

    @Test
    void onlyCommitteesAndAdministratorsGetTheTemplate() throws Exception {
        for (String outsider : new String[]{"official", "pm"}) {
            assertThatThrownBy(() -> as.run(outsider, () -> imports.template(Locale.CHINESE))).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as.as("committee", () -> imports.template(Locale.CHINESE))).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void theCommitteeImportsIntoItsCommunitysCompoundsAndAnAdministratorIntoAny() throws Exception {
        Long own = fixture.compound();
        Long foreign = fixture.foreignCompound();

        HouseholdImportResult byCommittee = as.as("committee", () -> imports.commit(own,
                HouseholdImportFixture.file(row("1号楼", "1单元", "101", 65.5, null, null))));
        HouseholdImportResult byAdmin = as.as("admin", () -> imports.commit(foreign,
                HouseholdImportFixture.file(row("1号楼", "1单元", "101", 65.5, null, null))));

        assertThat(byCommittee.imported()).isEqualTo(1);
        assertThat(byAdmin.imported()).isEqualTo(1);
        assertThat(as.as("committee", () -> imports.target(own)).compoundName()).startsWith("住户导入测试小区");
    }

    @Test
    void aCompoundThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> as.run("admin", () -> imports.target(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    private List<String> denials(String user) throws Exception {
        return as.as("auditor", () -> audit.search(new AuditService.AuditFilter(user, null, "SECURITY", null, null),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "id")))).stream()
                .filter(e -> e.action().equals("ACCESS_DENIED")).map(AuditService.AuditRow::detail).toList();
    }
}
