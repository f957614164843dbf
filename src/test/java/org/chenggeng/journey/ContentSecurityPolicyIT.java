package org.chenggeng.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import org.chenggeng.portal.PublicLinks;
import org.chenggeng.support.Chromium;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Vaadin under the application's Content-Security-Policy in a real browser: an official signs in on the login page,
 * the dashboard draws its ECharts canvases, a chart's drill-down dialog opens, a Word report downloads, and a resident
 * reads a public page. Every violation the browser reports, as a {@code securitypolicyviolation} event in any page or
 * as a "Refused to …" console message, fails the journey, so a policy that is too tight for Vaadin, for the chart
 * wrapper or for the portal's own markup is found here and not by a user. The journey first shows the watch a
 * refused script from another origin, so that a watch that sees nothing cannot pass.
 */
class ContentSecurityPolicyIT extends PhoneJourney {

    /** Reports each violation to the test through a binding that the page cannot be refused (it is no script load). */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => window.cspViolation(
                e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    @Autowired
    TestUsers as;
    @Autowired
    PublicLinks links;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> violations = new CopyOnWriteArrayList<>();

    @Test
    void anOfficialsDashboardDialogAndDownloadAndAPublicPageRaiseNoViolation() throws Exception {
        BrowserContext office = watched(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setAcceptDownloads(true).setLocale("zh-CN"));
        Page page = office.newPage();
        watch(page);

        Response login = page.navigate(url("login"));
        org.assertj.core.api.Assertions.assertThat(login.headerValue("content-security-policy"))
                .isEqualTo(appPolicy());
        page.locator("vaadin-login-form").waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // the watch itself: a script from another origin is refused, and the refusal is seen
        page.evaluate("() => { const s = document.createElement('script'); s.src = 'https://cdn.example.invalid/x.js';"
                + " document.head.appendChild(s); }");
        page.waitForCondition(() -> !violations.isEmpty());
        // the browser may report the one refusal twice (the event and the console); let both arrive before clearing
        page.waitForTimeout(1_000);
        org.assertj.core.api.Assertions.assertThat(violations).isNotEmpty()
                .allSatisfy(v -> org.assertj.core.api.Assertions.assertThat(v).contains("cdn.example.invalid"));
        violations.clear();
        Chromium.shot(page, "csp-login", false);
        page.locator("input[name=username]").fill("official");
        page.locator("input[name=password]").fill("chenggeng-demo");
        page.locator("vaadin-button[slot=submit]").click();
        page.locator("#main-menu").waitFor();

        Response dashboard = page.navigate(url("dashboard"));
        org.assertj.core.api.Assertions.assertThat(dashboard.headerValue("content-security-policy"))
                .isEqualTo(appPolicy());
        assertThat(page.locator("#chart-types canvas")).hasCount(1);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Chromium.shot(page, "csp-dashboard", false);

        page.locator("#chart-types").evaluate("chart => chart.clickItem(0, 0)");
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog")).not().hasCount(0);
        assertThat(page.locator("#drill-grid")).isVisible();
        Chromium.shot(page, "csp-dialog", false);
        page.keyboard().press("Escape");

        long pilot = jdbc.queryForObject("select id from project where code = 'YYH-2022-01'", Long.class);
        page.navigate(url("reports?project=" + pilot + "&year=2022"));
        page.locator("#export-docx").click();
        Download download = page.waitForDownload(() -> page.locator("#export-link-docx").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".docx");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        office.close();

        String slug = as.as("admin", () -> links.slugOf(pilot));
        BrowserContext phone = watched(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setLocale("zh-CN"));
        Page portal = phone.newPage();
        watch(portal);
        Response project = portal.navigate(url("p/" + slug));
        org.assertj.core.api.Assertions.assertThat(project.headerValue("content-security-policy"))
                .contains("default-src 'none'");
        assertThat(portal.locator("progress.bar").first()).isVisible();
        portal.waitForLoadState(LoadState.NETWORKIDLE);
        // the portal's policy refuses injected styles, so it is shot as it is
        portal.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "csp-portal.png"))
                .setFullPage(true));
        phone.close();

        org.assertj.core.api.Assertions.assertThat(violations).as("CSP violations").isEmpty();
    }

    /** A fresh context on the journeys' browser whose pages report violations to {@link #violations}. */
    private BrowserContext watched(Browser.NewContextOptions options) {
        Page probe = anonymousPhone();
        Browser browser = probe.context().browser();
        probe.context().close();
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(30_000);
        context.exposeBinding("cspViolation", (source, args) -> violations.add(source.frame().url() + ": " + args[0]));
        context.addInitScript(REPORT_VIOLATIONS);
        return context;
    }

    private void watch(Page page) {
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().startsWith("Refused to")) {
                violations.add(page.url() + " (console): " + message.text());
            }
        });
    }

    /** The policy as {@code SecurityHeaders.APP_POLICY} writes it (that class is the security module's own). */
    private static String appPolicy() {
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
