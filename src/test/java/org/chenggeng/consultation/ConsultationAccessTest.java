package org.chenggeng.consultation;

import org.chenggeng.audit.AuditService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.WorkItemRequests;
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
 * Personal data and scope, enforced by the services: the committee of the community sees the register in full,
 * officials above it see it masked, nobody else sees it; project managers read feedback without personal data and
 * officials only its figures.
 */
@ChenggengTest
class ConsultationAccessTest {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    HouseholdService households;
    @Autowired
    FeedbackService feedback;
    @Autowired
    RoundService rounds;
    @Autowired
    AuditService audit;
    @Autowired
    WorkItemRequests requests;
    @Autowired
    org.chenggeng.project.ProjectQueries projects;
    @Autowired
    org.chenggeng.work.WorkItemService workItems;
    @Autowired
    TestUsers as;

    private Long jingjiangDongli() throws Exception {
        return as.as("admin", () -> projects.page(new org.chenggeng.project.ProjectFilter("YYH-2022-01", null, null,
                null, null), PageRequest.of(0, 1)).getFirst().id());
    }

    @Test
    void theCommitteeSeesTheRegisterInFullAndOfficialsSeeItMasked() throws Exception {
        var site = fixture.site(2);
        HouseholdRow full = as.as("committee", () -> households.list(site.compoundId(), null)).getFirst();
        assertThat(full.ownerName()).isEqualTo("测试户主0");
        assertThat(full.phone()).isEqualTo("13800000000");
        assertThat(full.room()).isEqualTo("101");
        assertThat(full.masked()).isFalse();

        HouseholdRow masked = as.as("official", () -> households.list(site.compoundId(), null)).getFirst();
        assertThat(masked.ownerName()).isEqualTo("测****");
        assertThat(masked.phone()).isEqualTo("138****0000");
        assertThat(masked.room()).isEqualTo("1**");
        assertThat(masked.floorArea()).isEqualByComparingTo("60");
        assertThat(masked.masked()).isTrue();
    }

    @Test
    void projectManagersAndOtherCommunitiesCannotReadTheRegisterAndTheAttemptIsAudited() throws Exception {
        var site = fixture.site(1);
        String other = fixture.otherCommittee();
        assertThatThrownBy(() -> as.as("pm", () -> households.list(site.compoundId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as(other, () -> households.list(site.compoundId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as("official", () -> households.create(site.compoundId(),
                new HouseholdData("9号楼", "1单元", "101", new BigDecimal("50"), null, null))))
                .isInstanceOf(AccessDeniedException.class);
        var denials = as.as("auditor", () -> audit.search(new AuditService.AuditFilter(other, null, null, null, null),
                PageRequest.of(0, 20)));
        assertThat(denials).extracting(AuditService.AuditRow::detail)
                .anyMatch(d -> d != null && d.contains("household.list compound " + site.compoundId()));
    }

    @Test
    void aHouseholdCannotBeAddedToACompoundThatDoesNotExist() {
        assertThatThrownBy(() -> as.as("admin", () -> households.create(Long.MAX_VALUE,
                new HouseholdData("1号楼", "1单元", "101", new BigDecimal("50"), null, null))))
                .isInstanceOf(org.chenggeng.shared.NotFoundException.class);
    }

    @Test
    void aDuplicateAddressIsRefusedWithTheWholeAddress() throws Exception {
        var site = fixture.site(1);
        assertThatThrownBy(() -> as.as("committee", () -> households.create(site.compoundId(),
                new HouseholdData(" 1号楼", "1单元 ", "101", new BigDecimal("50"), null, null))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("household.error.duplicate");
                    assertThat(((DomainException) e).arguments()).containsExactly("1号楼-1单元-101");
                });
    }

    @Test
    void theAuditLogNeverHoldsAnOwnersNameOrPhoneInFull() throws Exception {
        var site = fixture.site(1);
        var entries = as.as("auditor", () -> audit.search(new AuditService.AuditFilter(null, "HOUSEHOLD", null, null,
                null), PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "id"))));
        var own = entries.stream().filter(e -> e.entityId().equals(String.valueOf(site.household(0).id()))).toList();
        assertThat(own).isNotEmpty();
        assertThat(own).allSatisfy(e -> {
            assertThat(e.after()).doesNotContain("测试户主0").doesNotContain("13800000000").contains("测*");
            assertThat(e.after()).contains("138****0000");
        });
    }

    @Test
    void projectManagersReadFeedbackWithoutPersonalDataAndOfficialsOnlyItsFigures() throws Exception {
        Long project = jingjiangDongli();
        var forCommittee = as.as("committee", () -> feedback.list(project));
        var forManager = as.as("pm", () -> feedback.list(project));
        assertThat(forCommittee).hasSameSizeAs(forManager).isNotEmpty();
        assertThat(forCommittee).filteredOn(f -> f.household() != null).allMatch(f -> f.household().contains("（示例）"));
        assertThat(forManager).filteredOn(f -> f.household() != null).allSatisfy(f -> {
            assertThat(f.household()).matches("\\d+号楼-\\d+单元");
            assertThat(f.mayAnswer()).isFalse();
        });
        assertThatThrownBy(() -> as.as("official", () -> feedback.list(project)))
                .isInstanceOf(AccessDeniedException.class);
        var summary = as.as("official", () -> feedback.summary(project));
        assertThat(summary.received()).isEqualTo(forCommittee.size());
        assertThat(summary.adopted()).isEqualTo(7);
        assertThat(summary.notAdopted()).isEqualTo(1);
        assertThat(summary.medianDaysToAnswer()).isNotNull();
    }

    @Test
    void aWorkItemShowsTheFeedbackThatAskedForItToThoseWhoMayReadIt() throws Exception {
        Long project = jingjiangDongli();
        Long bench = as.as("admin", () -> workItems.items(project)).stream()
                .filter(i -> i.typeCode().equals("BENCH")).findFirst().orElseThrow().id();
        var forManager = as.as("pm", () -> requests.requestsFor(project, Set.of(bench)));
        assertThat(forManager.get(bench)).singleElement().asString().contains("休闲座椅");
        var forOfficial = as.as("official", () -> requests.requestsFor(project, Set.of(bench)));
        assertThat(forOfficial.get(bench)).hasSize(1).containsOnlyNulls();
    }

    @Test
    void onlyTheCommitteeOfTheCompoundRunsItsRounds() throws Exception {
        var site = fixture.site(2);
        String other = fixture.otherCommittee();
        RoundData data = new RoundData(RoundKind.NEEDS, RoundMethod.MEETING, site.compoundId(), ScopeKind.COMPOUND,
                List.of(), null, LocalDate.now(), null, null, Set.of(), null);
        for (String user : List.of("official", "pm")) {
            assertThatThrownBy(() -> as.as(user, () -> rounds.create(site.projectId(), data)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as.as(other, () -> rounds.create(site.projectId(), data)))
                .isInstanceOf(AccessDeniedException.class);
        Long round = as.as("committee", () -> rounds.create(site.projectId(), data));
        assertThat(as.as("official", () -> rounds.get(round)).mayRecord()).isFalse();
        assertThat(as.as("committee", () -> rounds.get(round)).mayRecord()).isTrue();
    }

    @Test
    void aRoundMustFitTheProjectAndItsStage() throws Exception {
        var site = fixture.site(2);
        var other = fixture.site(1);
        RoundData satisfaction = new RoundData(RoundKind.SATISFACTION, RoundMethod.QUESTIONNAIRE, site.compoundId(),
                ScopeKind.COMPOUND, List.of(), null, LocalDate.now(), null, null, Set.of(), null);
        assertThatThrownBy(() -> as.as("committee", () -> rounds.create(site.projectId(), satisfaction)))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("round.error.projectStatus");
        RoundData elsewhere = new RoundData(RoundKind.NEEDS, RoundMethod.MEETING, other.compoundId(),
                ScopeKind.COMPOUND, List.of(), null, LocalDate.now(), null, null, Set.of(), null);
        assertThatThrownBy(() -> as.as("committee", () -> rounds.create(site.projectId(), elsewhere)))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("round.error.compoundNotInProject");
        RoundData noRule = new RoundData(RoundKind.CONSENT, RoundMethod.MEETING, site.compoundId(),
                ScopeKind.COMPOUND, List.of(), null, LocalDate.now(), null, null, Set.of(), null);
        assertThatThrownBy(() -> as.as("committee", () -> rounds.create(site.projectId(), noRule)))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("round.error.ruleRequired");
        assertThat(as.as("committee", () -> rounds.rounds(site.projectId()))).isEmpty();
    }
}
