package org.chenggeng.consultation;

import org.chenggeng.audit.AuditService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.StaleDataException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input changes nothing, concurrent edits are refused, only the committee keeps the register and the working
 * group, and every change of a register, group or round reaches the audit log.
 */
@ChenggengTest
class RegisterAndWorkingGroupRulesTest {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    HouseholdService households;
    @Autowired
    WorkingGroupService workingGroup;
    @Autowired
    RoundService rounds;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;

    private static String key(Throwable t) {
        return ((DomainException) t).messageKey();
    }

    private List<AuditService.AuditRow> audited(String entity) throws Exception {
        return as.as("auditor", () -> audit.search(new AuditService.AuditFilter(null, entity, null, null, null),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "id"))));
    }

    @Test
    void aBadAreaOrPhoneIsRefusedAndTheRegisterStaysAsItWas() throws Exception {
        var site = fixture.site(1);
        HouseholdRow h = site.household(0);
        for (String area : List.of("0", "-3", "10000", "60.125")) {
            assertThatThrownBy(() -> as.run("committee", () -> households.update(h.id(), h.version(),
                    new HouseholdData("1号楼", "1单元", "101", new BigDecimal(area), "测试户主0", "13800000000"))))
                    .as(area).satisfies(t -> assertThat(key(t)).startsWith("household.error.area"));
        }
        assertThatThrownBy(() -> as.run("committee", () -> households.create(site.compoundId(),
                new HouseholdData("1号楼", "1单元", "102", new BigDecimal("50"), null, "电话号码"))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("household.error.phone"));
        assertThatThrownBy(() -> as.run("committee", () -> households.create(site.compoundId(),
                new HouseholdData(" ", "1单元", "102", new BigDecimal("50"), null, null))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.requiredField"));
        List<HouseholdRow> after = as.as("committee", () -> households.list(site.compoundId(), null));
        assertThat(after).singleElement().satisfies(r -> {
            assertThat(r.floorArea()).isEqualByComparingTo("60");
            assertThat(r.version()).isEqualTo(h.version());
        });
    }

    @Test
    void twoMembersEditingOneHouseholdNeverOverwriteEachOtherAndEachChangeIsAudited() throws Exception {
        var site = fixture.site(1);
        HouseholdRow h = site.household(0);
        as.run("committee", () -> households.update(h.id(), h.version(), new HouseholdData("1号楼", "1单元", "101",
                new BigDecimal("61.00"), "测试户主0", "13800000000")));
        assertThatThrownBy(() -> as.run("committee", () -> households.update(h.id(), h.version(),
                new HouseholdData("1号楼", "1单元", "101", new BigDecimal("99.00"), "别人", null))))
                .isInstanceOf(StaleDataException.class);
        assertThat(as.as("committee", () -> households.list(site.compoundId(), null)).getFirst().floorArea())
                .isEqualByComparingTo("61");
        assertThat(audited("HOUSEHOLD")).filteredOn(e -> e.entityId().equals(String.valueOf(h.id())))
                .extracting(AuditService.AuditRow::action).contains("CREATE", "UPDATE");
    }

    @Test
    void onlyTheCommitteeKeepsTheWorkingGroupWhichEveryoneInScopeReads() throws Exception {
        var site = fixture.site(1);
        MemberData member = new MemberData("测试组员", "靖江里社区居委会", "入户征询");
        for (String user : List.of("official", "pm")) {
            assertThatThrownBy(() -> as.as(user, () -> workingGroup.add(site.projectId(), member)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as.as(fixture.otherCommittee(), () -> workingGroup.add(site.projectId(), member)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as("committee", () -> workingGroup.add(site.projectId(),
                new MemberData("测试组员", " ", "组长")))).satisfies(t -> assertThat(key(t))
                .isEqualTo("workingGroup.error.required"));
        Long id = as.as("committee", () -> workingGroup.add(site.projectId(), member));
        assertThat(as.as("official", () -> workingGroup.members(site.projectId())))
                .extracting(WorkingGroupService.MemberRow::name).containsExactly("测试组员");
        as.run("committee", () -> workingGroup.update(id, 0, new MemberData("测试组员", "靖江里社区居委会", "组长")));
        assertThatThrownBy(() -> as.run("committee", () -> workingGroup.remove(id, 0)))
                .isInstanceOf(StaleDataException.class);
        as.run("committee", () -> workingGroup.remove(id, 1));
        assertThat(as.as("official", () -> workingGroup.members(site.projectId()))).isEmpty();
        assertThat(audited("WORKING_GROUP_MEMBER")).filteredOn(e -> e.entityId().equals(String.valueOf(id)))
                .extracting(AuditService.AuditRow::action).containsExactlyInAnyOrder("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void aClosedRoundCanNoLongerBeChangedAndItsClosingIsAudited() throws Exception {
        var site = fixture.site(2);
        Long round = fixture.round(site, RoundKind.PLAN, null, Set.of());
        fixture.close(round);
        var closed = as.as("committee", () -> rounds.get(round));
        assertThat(closed.mayRecord()).isFalse();
        assertThatThrownBy(() -> as.run("committee", () -> rounds.update(round, closed.round().version(),
                new RoundData(RoundKind.PLAN, RoundMethod.MEETING, site.compoundId(), ScopeKind.COMPOUND, List.of(),
                        null, LocalDate.now(), null, null, Set.of(), "改了"))))
                .satisfies(t -> assertThat(key(t)).isEqualTo("round.error.closed"));
        assertThat(as.as("committee", () -> rounds.get(round)).summary()).isNull();
        assertThat(audited("CONSULTATION_ROUND")).filteredOn(e -> e.entityId().equals(String.valueOf(round)))
                .extracting(AuditService.AuditRow::action).contains("CREATE", "CLOSE");
    }
}
