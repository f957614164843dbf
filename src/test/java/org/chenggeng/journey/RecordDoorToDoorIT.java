package org.chenggeng.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.chenggeng.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A committee member on a phone, door to door: opens the elevator vote of 靖江里 1号楼 2单元 from the start page,
 * records five more households (one on a paper form) and sees the count rise and the vote pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class RecordDoorToDoorIT {

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launch("door-to-door journey");
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aCommitteeMemberRecordsFiveHouseholdsAndSeesTheTallyChange() {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
        phone.setDefaultTimeout(30_000);
        Page page = phone.newPage();
        page.navigate(url("login"));
        page.locator("input[name=username]").fill("committee");
        page.locator("input[name=password]").fill("chenggeng-demo");
        page.locator("vaadin-button[slot=submit]").click();
        page.locator("#main-menu").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));

        page.navigate(url("consultation"));
        page.locator(".round-card").filter(new Locator.FilterOptions().setHasText("加装电梯"))
                .locator("vaadin-button").first().click();
        assertThat(page.locator("#record-count")).hasText("已记录 5 / 12 户");
        assertThat(page.locator("#record-tally")).containsText("尚未通过");
        Chromium.shot(page, "door-to-door-before", true);

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
        Chromium.shot(page, "door-to-door-after", true);
        phone.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
