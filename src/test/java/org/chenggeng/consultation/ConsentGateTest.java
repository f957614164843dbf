package org.chenggeng.consultation;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.TransitionRequest;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 立项 needs a closed consent round that passed, and records its tally with the step. */
@ChenggengTest
class ConsentGateTest {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    ProjectAccess projects;
    @Autowired
    ProjectEditing editing;
    @Autowired
    ProjectLifecycle lifecycle;
    @Autowired
    TestUsers as;
    @Autowired
    HouseholdService households;

    private void approve(Long projectId) throws Exception {
        as.run("official", () -> lifecycle.transition(projectId, new TransitionRequest(
                projects.get(projectId).version(), ProjectStatus.APPROVED, null, null, null)));
    }

    private String refusal(Long projectId) {
        return ((DomainException) org.assertj.core.api.Assertions.catchThrowable(() -> approve(projectId))).messageKey();
    }

    @Test
    void withoutAnyConsentRoundAProjectCannotBeApproved() throws Exception {
        var site = fixture.site(3);
        assertThat(refusal(site.projectId())).isEqualTo("project.error.consentRequired");
        assertThat(as.as("official", () -> projects.get(site.projectId()).status())).isEqualTo(ProjectStatus.CONSULTING);
    }

    @Test
    void anOpenRoundEvenIfPassingAndAClosedFailedRoundDoNotCount() throws Exception {
        var site = fixture.site(3);
        Long failed = fixture.round(site, RoundKind.CONSENT, ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of());
        fixture.answer(failed, site, Answer.AGREE, Answer.DISAGREE, Answer.DISAGREE);
        fixture.close(failed);
        Long open = fixture.round(site, RoundKind.CONSENT, ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of());
        fixture.answer(open, site, Answer.AGREE, Answer.AGREE, Answer.AGREE);
        assertThat(refusal(site.projectId())).isEqualTo("project.error.consentRequired");

        fixture.close(open);
        approve(site.projectId());
        var last = as.as("official", () -> lifecycle.history(site.projectId())).getLast();
        assertThat(last.to()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(last.consentTally()).startsWith("第2轮意愿表决").contains("3/3 ≥ 2/3 ✓");
    }

    @Test
    void aNeedsRoundIsNoConsent() throws Exception {
        var site = fixture.site(2);
        Long needs = fixture.round(site, RoundKind.NEEDS, null, Set.of());
        fixture.answer(needs, site, Answer.AGREE, Answer.AGREE);
        fixture.close(needs);
        assertThat(refusal(site.projectId())).isEqualTo("project.error.consentRequired");
    }

    @Test
    void theCivilCodeRuleIsAppliedToTheRecordedFloorAreas() throws Exception {
        // three small flats agree, one large flat disagrees: households pass (3/4), floor area fails (60/160)
        var site = fixture.site("20.00", "20.00", "20.00", "100.00");
        Long round = fixture.round(site, RoundKind.CONSENT, ConsentRule.CIVIL_CODE_278, Set.of());
        fixture.answer(round, site, Answer.AGREE, Answer.AGREE, Answer.AGREE, Answer.DISAGREE);
        fixture.close(round);
        assertThat(refusal(site.projectId())).isEqualTo("project.error.consentRequired");
    }

    private DomainException refused(Long projectId) {
        return (DomainException) org.assertj.core.api.Assertions.catchThrowable(() -> approve(projectId));
    }

    private void scope(Long projectId, List<String> buildings, String unit) throws Exception {
        as.run("official", () -> {
            var p = projects.get(projectId);
            editing.update(projectId, p.version(), p.data().withScope(buildings, unit));
        });
    }

    @Test
    void aRegisterThatFallsShortOfTheCompoundsRecordApprovesNothingAndTheRefusalNamesTheGap() throws Exception {
        // the compound's record has 266 households and 27 823 m²; only three are on the register
        var site = fixture.site(266, new BigDecimal("27823.00"), "60.00", "60.00", "60.00");
        Long round = fixture.round(site, RoundKind.CONSENT, ConsentRule.CIVIL_CODE_278, Set.of());
        fixture.answer(round, site, Answer.AGREE, Answer.AGREE, Answer.AGREE);
        fixture.close(round);

        DomainException refusal = refused(site.projectId());
        assertThat(refusal.messageKey()).isEqualTo("project.error.consentRegister");
        assertThat(List.of(refusal.arguments())).containsExactly(1, 3, "180", households(site), 266, "27823", "0");
        assertThat(as.as("official", () -> projects.consent(site.projectId()).refusal().messageKey()))
                .isEqualTo("project.error.consentRegister");
        assertThat(as.as("official", () -> projects.get(site.projectId()).status())).isEqualTo(ProjectStatus.CONSULTING);
    }

    private String households(ConsultationFixture.Site site) throws Exception {
        return as.as("admin", () -> projects.get(site.projectId()).compounds().getFirst().name());
    }

    @Test
    void aRoundOfOneStairwellDoesNotApproveAProjectOnTheWholeCompound() throws Exception {
        var site = fixture.site(8);
        Long stairwell = fixture.round(site, ScopeKind.STAIRWELL, List.of("1号楼"), "1单元",
                ConsentRule.TWO_THIRDS_HOUSEHOLDS);
        fixture.answer(stairwell, site, Answer.AGREE, Answer.AGREE, Answer.AGREE, Answer.AGREE);
        fixture.close(stairwell);

        DomainException refusal = refused(site.projectId());
        assertThat(refusal.messageKey()).isEqualTo("project.error.consentScope");
        assertThat(List.of(refusal.arguments())).containsExactly(1, households(site) + " 1号楼 1单元", households(site));
        assertThat(as.as("official", () -> projects.get(site.projectId()).status())).isEqualTo(ProjectStatus.CONSULTING);
    }

    @Test
    void aProjectOnOneStairwellIsApprovedByThatStairwellsRoundWhichItsRecordNames() throws Exception {
        var site = fixture.site(8);
        scope(site.projectId(), List.of("1号楼"), "2单元");
        Long other = fixture.round(site, ScopeKind.STAIRWELL, List.of("1号楼"), "1单元",
                ConsentRule.TWO_THIRDS_HOUSEHOLDS);
        fixture.answer(other, site, Answer.AGREE, Answer.AGREE, Answer.AGREE, Answer.AGREE);
        fixture.close(other);
        assertThat(refused(site.projectId()).messageKey()).isEqualTo("project.error.consentScope");

        Long own = fixture.round(site, ScopeKind.STAIRWELL, List.of("1号楼"), "2单元", ConsentRule.CIVIL_CODE_278);
        fixture.answer(own, site, null, null, null, null, Answer.AGREE, Answer.AGREE, Answer.AGREE, Answer.AGREE);
        fixture.close(own);
        approve(site.projectId());

        var last = as.as("official", () -> lifecycle.history(site.projectId())).getLast();
        assertThat(last.to()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(last.consentTally()).startsWith("第2轮意愿表决")
                .contains("范围：" + households(site) + " 1号楼2单元，计4户、240平方米");
        assertThatThrownBy(() -> scope(site.projectId(), List.of("1号楼"), null))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.scopeFixed");
    }

    @Test
    void aProjectOnSomeBuildingsNamesOneCompoundAndAStairwellNamesOneBuilding() throws Exception {
        var site = fixture.site(2);
        assertThatThrownBy(() -> scope(site.projectId(), List.of("1号楼", "2号楼"), "1单元"))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("project.error.scopeUnitBuilding");
    }

    @Test
    void aWholeCompoundRoundApprovesOnlyOnceTheRegisterIsComplete() throws Exception {
        var site = fixture.site(4, new BigDecimal("240.00"), "60.00", "60.00", "60.00");
        Long first = fixture.round(site, RoundKind.CONSENT, ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of());
        fixture.answer(first, site, Answer.AGREE, Answer.AGREE, Answer.AGREE);
        fixture.close(first);
        assertThat(refused(site.projectId()).messageKey()).isEqualTo("project.error.consentRegister");

        as.run("committee", () -> households.create(site.compoundId(), new HouseholdData("1号楼", "1单元", "104",
                new BigDecimal("60.00"), null, null)));
        // the closed round keeps its three households; a new round counts the complete register
        assertThat(refused(site.projectId()).messageKey()).isEqualTo("project.error.consentRegister");
        Long second = fixture.round(site, RoundKind.CONSENT, ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of());
        var complete = as.as("committee", () -> households.list(site.compoundId(), null));
        fixture.answer(second, new ConsultationFixture.Site(site.compoundId(), site.projectId(), complete),
                Answer.AGREE, Answer.AGREE, Answer.AGREE, Answer.DISAGREE);
        fixture.close(second);
        approve(site.projectId());
        assertThat(as.as("official", () -> lifecycle.history(site.projectId())).getLast().consentTally())
                .contains("范围：" + households(site) + "全小区，计4户、240平方米").contains("3/4 ≥ 2/3 ✓");
    }
}
