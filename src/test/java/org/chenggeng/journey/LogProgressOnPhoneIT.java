package org.chenggeng.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.Chromium;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A project manager on site, on a phone: picks the item, enters the quantity, saves, and sees the bar move. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LogProgressOnPhoneIT {

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAdminService users;
    @Autowired
    TestUsers as;

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launch("phone journey");
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aProjectManagerLogsAnEntryOnAPhoneAndSeesTheBarMove() throws Exception {
        long fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
        phone.setDefaultTimeout(30_000);
        Page page = phone.newPage();
        page.navigate(url("login"));
        page.locator("input[name=username]").fill("pm");
        page.locator("input[name=password]").fill("chenggeng-demo");
        page.locator("vaadin-button[slot=submit]").click();
        page.locator("#main-menu").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));

        page.navigate(url("log?project=" + fumin));
        page.locator("#log-item input").click();
        page.locator("#log-item input").fill("雨污");
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("雨污分流")).first().click();
        page.locator("#item-bar").waitFor();
        double before = barValue(page);
        shot(page, "log-phone-before");

        page.locator("#log-quantity input").fill("215");
        page.locator("#log-save").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#day-entries")).containsText("215");
        page.waitForFunction("b => document.querySelector('#item-bar').value > b", before);
        double after = barValue(page);
        shot(page, "log-phone-after");
        assertThat(after - before).isCloseTo(215.0 * 100 / 4300, org.assertj.core.data.Offset.offset(0.01));
        phone.close();
    }

    private static double barValue(Page page) {
        return ((Number) page.locator("#item-bar").evaluate("bar => bar.value")).doubleValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static void shot(Page page, String name) {
        Chromium.shot(page, name, true);
    }
}
