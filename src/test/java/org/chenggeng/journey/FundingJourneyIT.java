package org.chenggeng.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Money on the screens: a project manager records a month's investment on a phone and sees the ledger and the
 * figures take it; an official reads the street's 2024 plan with its start rate by households above 100 %; the
 * administrator sees the list of funding sources and the plan list import.
 */
class FundingJourneyIT extends PhoneJourney {

    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    TestUsers as;

    @Test
    void aProjectManagerRecordsInvestmentOnAPhone() throws Exception {
        long fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Page page = signedInPhone("pm");
        page.navigate(url("projects/" + fumin));
        page.locator("#open-funding").click();
        page.locator("#funding-headline").waitFor();
        assertThat(page.locator("#funding-headline")).containsText("万元");
        shot(page, "funding-phone-before");

        page.locator("#entry-amount input").fill("123456");
        page.locator("#entry-note input").fill("进度款");
        page.locator("#entry-save").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#investment-ledger")).containsText("进度款");
        assertThat(page.locator("#investment-ledger")).containsText("12.35万元");
        page.locator("#entry-save").scrollIntoViewIfNeeded();
        shot(page, "funding-phone-after");
        page.context().close();
    }

    @Test
    void anOfficialReadsTheStreetsPlanWithARateAboveAHundredPercent() {
        Page page = signedInLargeScreen("official");
        page.navigate(url("plans"));
        page.locator("#plan-region input").fill("月牙河街");
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("月牙河街")).first().click();
        page.locator("#plan-year").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("2024")).first().click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#plan-rates")).containsText("101.7%");
        assertThat(page.locator("#plan-state")).containsText("河东区");
        shot(page, "plan-street-2024");
        page.navigate(url("dashboard"));
        page.locator("#figure-investment").waitFor();
        assertThat(page.locator("#figure-investment")).containsText("万元");
        shot(page, "dashboard-money");
        page.context().close();
    }

    @Test
    void theAdministratorSeesTheFundingSourcesAndThePlanListImport() {
        Page page = signedInLargeScreen("admin");
        page.navigate(url("admin/funding-sources"));
        assertThat(page.locator("#source-grid")).containsText("地方政府专项债券");
        shot(page, "funding-sources");
        page.navigate(url("plans/import"));
        page.locator("#planlist-template").waitFor();
        assertThat(page.locator("vaadin-app-layout")).containsText("导入项目清单");
        shot(page, "plan-list-import");
        page.context().close();
    }
}
