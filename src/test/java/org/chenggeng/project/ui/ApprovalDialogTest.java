package org.chenggeng.project.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.chenggeng.consultation.Answer;
import org.chenggeng.consultation.ConsentRule;
import org.chenggeng.consultation.ConsultationFixture;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The 立项 dialog says why a project cannot be approved yet, naming the gap. */
@ChenggengTest
class ApprovalDialogTest extends SpringBrowserlessTest {

    @Autowired
    ConsultationFixture fixture;

    @Test
    @WithUserDetails("official")
    void theDialogNamesTheHouseholdsMissingFromTheRegisterAndOffersNoConfirmation() throws Exception {
        var site = fixture.site(266, new BigDecimal("27823.00"), "60.00", "60.00", "60.00");
        Long round = fixture.round(site, RoundKind.CONSENT, ConsentRule.CIVIL_CODE_278, Set.of());
        fixture.answer(round, site, Answer.AGREE, Answer.AGREE, Answer.AGREE);
        fixture.close(round);

        navigate("projects/" + site.projectId(), ProjectView.class);
        test($(Button.class).id("transition-button")).click();

        assertThat($(Paragraph.class).id("consent-detail").getText())
                .startsWith("第1轮意愿表决按住户名册的3户、180平方米计票")
                .contains("小区档案为266户、27,823平方米（允许偏差0%）");
        assertThat($(Button.class).id("transition-confirm").isEnabled()).isFalse();
    }
}
