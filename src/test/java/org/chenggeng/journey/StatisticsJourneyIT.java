package org.chenggeng.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Role;
import org.chenggeng.security.DemoPasswords;
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

import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In Chromium: the street official submits last month, the district official returns it with a reason, the street
 * submits again and the district accepts the resubmission.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class StatisticsJourneyIT {

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    DemoPasswords demoPasswords;
    @Autowired
    RegionService regions;
    @Autowired
    TestUsers as;

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

    private Page login(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill("chenggeng-demo");
        page.locator("vaadin-button[slot=submit]").click();
        page.locator("#main-menu").waitFor();
        page.navigate("http://localhost:" + port + "/statistics");
        page.locator("#statistics-form").waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }

    private BrowserContext context() {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("zh-CN"));
        c.setDefaultTimeout(30_000);
        return c;
    }

    @Test
    void aStreetSubmitsTheDistrictReturnsThenAcceptsTheResubmission() throws Exception {
        long street = as.as("admin", () -> regions.all().stream().filter(r -> r.name().equals("月牙河街"))
                .findFirst().orElseThrow().id());
        long district = as.as("admin", () -> regions.all().stream().filter(r -> r.name().equals("河东区"))
                .findFirst().orElseThrow().id());
        as.run("security", () -> {
            Long id = users.create(new UserAdminService.NewUser("district-journey", "区干部（测试）", "Initial-pass-1",
                    Role.OFFICIAL, district, Set.of()));
            demoPasswords.setWellKnown(id, "chenggeng-demo");
        });
        try (BrowserContext streetContext = context(); BrowserContext districtContext = context()) {
            Page streetPage = login(streetContext, "official");
            streetPage.locator("#statistics-submit").click();
            assertThat(streetPage.locator("#statistics-submitted")).containsText("已报送");
            Chromium.shot(streetPage, "statistics-street-submitted", true);

            Page districtPage = login(districtContext, "district-journey");
            assertThat(districtPage.locator("#statistics-submissions")).containsText("已报送");
            districtPage.locator("#statistics-return-" + street).click();
            districtPage.locator("#statistics-return-reason textarea").fill("完成投资与台账不符");
            districtPage.locator("#statistics-return-confirm").click();
            assertThat(districtPage.locator("#statistics-submissions")).containsText("完成投资与台账不符");
            Chromium.shot(districtPage, "statistics-district-returned", true);

            streetPage.reload();
            streetPage.locator("#statistics-form").waitFor();
            streetPage.locator("#statistics-submit").click();
            assertThat(streetPage.locator("vaadin-notification-card").last()).containsText("已报送");

            districtPage.reload();
            districtPage.locator("#statistics-accept-" + street).click();
            assertThat(districtPage.locator("#statistics-submissions")).containsText("已审核通过");
            Chromium.shot(districtPage, "statistics-district-accepted", true);
        }
    }
}
