package org.chenggeng.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.chenggeng.support.PhoneJourney;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A committee member on a phone, door to door: opens the elevator vote of 靖江里 1号楼 2单元 from the start page,
 * records five more households (one on a paper form) and sees the count rise and the vote pass.
 */
class RecordDoorToDoorIT extends PhoneJourney {

    @Test
    void aCommitteeMemberRecordsFiveHouseholdsAndSeesTheTallyChange() {
        Page page = signedInPhone("committee");

        page.navigate(url("consultation"));
        page.locator(".round-card").filter(new Locator.FilterOptions().setHasText("加装电梯"))
                .locator("vaadin-button").first().click();
        assertThat(page.locator("#record-count")).hasText("已记录 5 / 12 户");
        assertThat(page.locator("#record-tally")).containsText("尚未通过");
        shot(page, "door-to-door-before");

        for (String room : List.of("302", "401", "402", "501")) {
            page.locator("#door-" + room + " vaadin-button.answer-agree").click();
            assertThat(page.locator("#door-" + room + " .door-status")).containsText("同意");
        }
        Locator paper = page.locator("#door-502");
        paper.locator("vaadin-details-summary").click();
        paper.locator("vaadin-checkbox input").first().check();
        paper.locator("vaadin-text-field input").fill("DT-0502");
        paper.locator("vaadin-button.answer-agree").click();
        assertThat(paper.locator(".door-status")).containsText("书面意见 · DT-0502");

        assertThat(page.locator("#record-count")).hasText("已记录 10 / 12 户");
        assertThat(page.locator("#record-tally")).containsText("表决通过");
        shot(page, "door-to-door-after");
        page.context().close();
    }

}
