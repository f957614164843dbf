package org.chenggeng.security;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.apache.commons.codec.binary.Base32;
import org.chenggeng.audit.AuditService;
import org.chenggeng.support.Chromium;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-factor sign-in in Chromium, as a person with an authenticator app goes through it; the test is the app: it reads
 * the secret off the page and computes the codes. An official enrols on the profile page and signs in with a code;
 * a user whom the security administrator requires to use two factors is sent to enrol right after the password and
 * can open nothing else first. Both are accounts of their own, so that the demo users stay without two factors for
 * the other journeys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class TwoFactorJourneyIT {

    private static final String PASSWORD = "Authenticator-Way-7";
    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    org.chenggeng.support.SecurityAdmin fixtures;
    @Autowired
    UserAdminService admin;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launch("two-factor journeys");
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("zh-CN"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void anOfficialEnrolsAnAuthenticatorOnTheProfileAndSignsInWithACode() throws Exception {
        newUser("tf-journey", Role.OFFICIAL, false);
        signIn("tf-journey");
        page.locator("#main-menu").waitFor();
        page.navigate(url("profile"));
        page.locator("#totp-start").click();
        String secret = readSecret();
        shot("two-factor-enrol-zh", true);
        page.locator("#totp-code input").fill("000000".equals(code(secret, 0)) ? "111111" : "000000");
        page.locator("#totp-confirm").click();
        assertThat(page.locator("#totp-code")).hasAttribute("invalid", "");
        page.locator("#totp-code input").fill(code(secret, 0));
        page.locator("#totp-confirm").click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        shot("two-factor-recovery-codes-zh", true);
        page.locator("#recovery-saved").click();
        assertThat(page.locator("#two-factor-status")).containsText("已开启");

        page.locator("#user-menu").click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("退出登录")).click();
        page.waitForURL("**/login");
        signIn("tf-journey");
        assertThat(page.locator("#second-factor")).containsText("输入验证码");
        page.navigate(url("reports"));
        assertThat(page.locator("#second-factor")).isVisible();
        assertThat(page.locator("#main-menu")).hasCount(0);
        shot("two-factor-code-zh", false);
        // the code of the next step: the current one confirmed the enrolment and is never accepted again
        page.locator("#second-factor-code input").fill(code(secret, 1));
        page.locator("#second-factor-submit").click();
        page.locator("#main-menu").waitFor();
        assertThat(page.locator("#main-menu")).containsText("项目");
        var actions = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("tf-journey", null,
                "SECURITY", null, null), PageRequest.of(0, 20))).stream().map(AuditService.AuditRow::action).toList();
        assertThat(actions).contains("TOTP_ENROLLED", "LOGIN_SUCCESS");
    }

    @Test
    void aUserRequiredToUseTwoFactorsEnrolsRightAfterThePasswordBeforeAnythingElse() throws Exception {
        newUser("tf-forced", Role.COMMUNITY_COMMITTEE, true);
        signIn("tf-forced");
        assertThat(page.locator("#two-factor-forced")).isVisible();
        page.navigate(url("reports"));
        assertThat(page.locator("#two-factor-forced")).isVisible();
        assertThat(page.locator("#main-menu")).hasCount(0);
        shot("two-factor-forced-zh", true);

        page.locator("#totp-start").click();
        String secret = readSecret();
        page.locator("#totp-code input").fill(code(secret, 0));
        page.locator("#totp-confirm").click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        page.locator("#recovery-saved").click();
        page.locator("#main-menu").waitFor();
        assertThat(page.locator("#main-menu")).containsText("入户征询");
    }

    private void newUser(String username, Role role, boolean requireTwoFactor) throws Exception {
        Long id = as.as("security", () -> {
            Long street = admin.regionChoices().stream().filter(r -> r.path().endsWith("月牙河街")).findFirst()
                    .orElseThrow().id();
            return admin.create(new UserAdminService.NewUser(username, "双因素旅程", PASSWORD, role, street,
                    Set.of()));
        });
        fixtures.resetPassword(id, PASSWORD, false);
        as.run("security", () -> admin.requireTwoFactor(id, requireTwoFactor));
    }

    private void signIn(String username) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** The base32 secret as shown, in groups of four for typing into an app. */
    private String readSecret() {
        String shown = page.locator("#totp-secret").textContent();
        assertThat(page.locator("#totp-qr svg")).isVisible();
        assertThat(shown).matches("[A-Z2-7 ]{32,}");
        return shown.replace(" ", "");
    }

    private static String code(String secret, int stepsAhead) {
        return new Totp().code(new Base32().decode(secret), Totp.stepOf(Instant.now()) + stepsAhead);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void shot(String name, boolean fullPage) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Chromium.shot(page, name, fullPage);
    }
}
