package org.chenggeng.consultation;

import org.chenggeng.project.ProjectService;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 立项 needs a closed consent round that passed, and records its tally with the step. */
@ChenggengTest
class ConsentGateTest {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers as;

    private void approve(Long projectId) throws Exception {
        as.run("official", () -> projects.transition(projectId, new ProjectService.TransitionRequest(
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
        var last = as.as("official", () -> projects.history(site.projectId())).getLast();
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
}
