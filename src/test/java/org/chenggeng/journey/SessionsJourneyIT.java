package org.chenggeng.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.chenggeng.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In Chromium: an administrator's second sign-in ends the first, whose open screen is told at once; a project
 * manager's two sessions both live, and the profile lists them and refuses a breached new password with the rule's
 * words. (Sign-out elsewhere is proved over HTTP in ConcurrentSessionsTest.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SessionsJourneyIT {

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launch("browser journeys");
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aSecondSignInOfAnAdministratorTellsTheFirstScreenAndTheProfileListsAndEndsSessions() {
        try (BrowserContext office = context("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
             BrowserContext elsewhere = context(null);
             BrowserContext phone = context("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                     + "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36");
             BrowserContext desk = context(null)) {
            Page first = profile(office, "admin");
            profile(elsewhere, "admin");
            // the older session is over: its screen's next request lands on the login page
            first.reload();
            assertThat(first.locator("vaadin-login-form")).isVisible();
            Chromium.shot(first, "session-ended-elsewhere", false);

            Page onSite = profile(phone, "pm");
            Page page = profile(desk, "pm");
            assertThat(page.locator("#session-grid")).containsText("Android");
            assertThat(page.locator("#session-grid")).containsText("当前会话");

            page.locator("#current-password input").fill("chenggeng-demo");
            page.locator("#new-password input").fill("Woaini1314");
            page.locator("#repeat-password input").fill("Woaini1314");
            page.locator("#save-password").click();
            assertThat(page.locator("vaadin-notification-card")).containsText("泄露过的常见密码");
            page.locator("#sessions").scrollIntoViewIfNeeded();
            Chromium.shot(page, "profile-sessions-and-refused-password", false);

            assertThat(page.locator("#sign-out-elsewhere")).isEnabled();
            assertThat(onSite.locator("#session-grid")).containsText("当前会话");
        }
    }

    private Page profile(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill("chenggeng-demo");
        page.locator("vaadin-button[slot=submit]").click();
        page.locator("#main-menu").waitFor();
        page.navigate("http://localhost:" + port + "/profile");
        page.locator("#sessions").waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }

    private BrowserContext context(String userAgent) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("zh-CN");
        if (userAgent != null) {
            options.setUserAgent(userAgent);
        }
        BrowserContext c = browser.newContext(options);
        c.setDefaultTimeout(30_000);
        return c;
    }
}
