package org.chenggeng.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey in Chromium against the running application with the demo data, usually on a phone (390 × 844,
 * touch): the browser is started once per class, each journey signs a demo user in on a fresh device.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public abstract class PhoneJourney {

    private static Chromium chromium;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launch("phone journey");
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A fresh phone with the demo user signed in (every demo password is the same). */
    protected Page signedInPhone(String username) {
        return signedIn(username, new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(2));
    }

    /** A fresh phone (390 × 844, touch) with nobody signed in: a resident who scanned a notice board's QR code. */
    protected Page anonymousPhone() {
        BrowserContext phone = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
        phone.setDefaultTimeout(30_000);
        return phone.newPage();
    }

    /** A fresh large screen (1440 × 900, as in a street office) with the demo user signed in. */
    protected Page signedInLargeScreen(String username) {
        return signedIn(username, new Browser.NewContextOptions().setViewportSize(1440, 900).setAcceptDownloads(true));
    }

    /** A fresh screen of the given size with the demo user signed in. */
    protected Page signedIn(String username, int width, int height) {
        return signedIn(username, new Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** Languages are remembered per account, and the other journeys expect the demo users to speak Chinese. */
    protected void restoreChinese(Page page) {
        page.navigate(url(""));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        if (!"en".equals(page.locator("#language-switch").getAttribute("lang"))) {
            switchLanguage(page);
        }
        page.context().close();
    }

    /** Switches the signed-in user's language to the other one (remembered per account) and waits for the reload. */
    protected static void switchLanguage(Page page) {
        // in development mode (a journey run by surefire) Vaadin's Copilot would take the click
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(
                "copilot-main, vaadin-dev-tools { display: none !important; }"));
        String offered = page.locator("#language-switch").getAttribute("lang");
        page.locator("#language-switch").click();
        page.waitForFunction("lang => document.querySelector('#language-switch')"
                + " && document.querySelector('#language-switch').getAttribute('lang') !== lang", offered);
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private Page signedIn(String username, Browser.NewContextOptions options) {
        BrowserContext phone = chromium.browser().newContext(options);
        phone.setDefaultTimeout(30_000);
        Page page = phone.newPage();
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("chenggeng-demo");
        page.locator("vaadin-button[slot=submit]").click();
        page.locator("#main-menu").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return page;
    }

    /** Opens 登记进度 on the project and chooses the work item offered for the typed text. */
    protected static void chooseItem(Page page, String url, String typed, String item) {
        page.navigate(url);
        page.locator("#log-item input").click();
        page.locator("#log-item input").fill(typed);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
        page.locator("#item-bar").waitFor();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected static void shot(Page page, String name) {
        Chromium.shot(page, name, true);
    }
}
