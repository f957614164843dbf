package org.chenggeng.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import org.chenggeng.consultation.FeedbackModerationService;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.FeedbackService.FeedbackRow;
import org.chenggeng.consultation.FeedbackStatus;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.portal.PublicLinks;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident on a phone (390 × 844) opens the pilot's short link from the notice board, reads the public page, sends
 * feedback with a photo and a call-back phone and keeps the tracking code; the committee sees it waiting in its
 * feedback list and takes it up and answers it; later the resident opens the code and reads the answer. No visit
 * gets a session cookie.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ResidentPortalIT extends PhoneJourney {

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile(
            "name=\"token\" value=\"([^\"]+)\"");
    private static final java.util.regex.Pattern SUM = java.util.regex.Pattern.compile("(\\d+) \\+ (\\d+) = \\?");

    @Autowired
    TestUsers as;
    @Autowired
    PublicLinks links;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FeedbackService feedback;
    @Autowired
    FeedbackModerationService moderation;

    /** The portal's CSP refuses injected styles, so its pages are shot as they are (they have no dev tools). */
    private static void portalShot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void aResidentReadsThePageSendsFeedbackWithAPhotoAndLaterReadsTheCommitteesAnswer() throws Exception {
        long pilot = jdbc.queryForObject("select id from project where code = 'YYH-2022-01'", Long.class);
        String slug = as.as("admin", () -> links.slugOf(pilot));
        Page phone = anonymousPhone();

        phone.navigate(url("p/" + slug));
        assertThat(phone.locator("#project-name")).hasText("靖江东里小区城市更新改造");
        assertThat(phone.locator("#works")).containsText("%");
        assertThat(phone.locator("#consent")).containsText("通过");
        Object overflow = phone.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("nothing runs off a phone's screen").isEqualTo(false);
        portalShot(phone, "portal-page-phone");

        phone.locator("#open-feedback").click();
        phone.locator("#category").selectOption("LIGHTING");
        phone.locator("#text").fill("8号楼门口的路灯不亮，晚上回家看不清台阶。");
        phone.locator("#photo").setInputFiles(new FilePayload("IMG_2201.jpg", "image/jpeg",
                SampleFiles.jpeg(1600, 1200, 2201)));
        phone.locator("#phone").fill("13600001234");
        portalShot(phone, "portal-feedback-phone");
        phone.locator("#send-feedback").click();
        assertThat(phone.locator("#tracking-code")).hasText(java.util.regex.Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"));
        String code = phone.locator("#tracking-code").textContent();
        portalShot(phone, "portal-sent-phone");

        Page staff = signedInLargeScreen("committee");
        staff.navigate(url("projects/" + pilot + "/consultation"));
        staff.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("居民意见")).click();
        staff.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(staff.locator("#feedback-grid")).containsText("8号楼门口的路灯不亮");
        assertThat(staff.locator("#feedback-grid")).containsText("回电：13600001234");
        assertThat(staff.locator("#feedback-grid .feedback-accept").first()).isVisible();
        shot(staff, "portal-staff-moderation");
        staff.context().close();

        FeedbackRow row = as.as("committee", () -> feedback.list(pilot)).stream()
                .filter(f -> f.content().startsWith("8号楼门口的路灯不亮")).findFirst().orElseThrow();
        as.run("committee", () -> {
            moderation.accept(row.id(), row.version());
            feedback.startReview(row.id(), row.version() + 1);
            feedback.decide(row.id(), row.version() + 2, FeedbackStatus.ADOPTED, null, Set.of());
            feedback.resolve(row.id(), row.version() + 3, "已安排维修，本周内恢复照明。", LocalDate.now());
        });

        phone.navigate(url("p/track"));
        phone.locator("#code").fill(code.toLowerCase());
        phone.locator("#track-submit").click();
        assertThat(phone.locator("#track-answer")).containsText("已安排维修，本周内恢复照明。");
        assertThat(phone.locator("#track-status")).hasText("已办结");
        portalShot(phone, "portal-track-phone");
        assertThat(phone.context().cookies().stream().map(c -> c.name + " " + c.path).toList())
                .noneMatch(c -> c.startsWith("JSESSIONID"));

        phone.navigate(url("p/" + slug + "?lang=en"));
        assertThat(phone.locator("#works h2")).hasText("Works and progress");
        assertThat(phone.locator("#answered")).containsText("已安排维修");
        portalShot(phone, "portal-page-phone-en");
        phone.context().close();
    }

    /**
     * Over real HTTP through Tomcat: a visit sets no cookie at all, and an X-Forwarded-For the client makes up (no
     * proxy is trusted by default) neither hides it from the per-address limit nor gives it a fresh one. Runs after the
     * journey, whose resident sent from the same loopback address.
     */
    @Test
    @org.junit.jupiter.api.Order(2)
    void overHttpAVisitSetsNoCookieAndAMadeUpForwardedForChangesNothing() throws Exception {
        long fumin = jdbc.queryForObject("select id from project where code = 'YYH-2024-01'", Long.class);
        String slug = as.as("admin", () -> links.slugOf(fumin));
        var http = java.net.http.HttpClient.newHttpClient();
        var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("p/" + slug))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();

        boolean challenged = false;
        int refused = 0;
        for (int i = 0; i < 8 && refused == 0; i++) {
            String forwarded = "203.0.113." + (10 + i);
            var form = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("p/" + slug + "/feedback")))
                    .header("X-Forwarded-For", forwarded).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(form.headers().allValues("Set-Cookie")).isEmpty();
            var token = TOKEN.matcher(form.body());
            assertThat(token.find()).isTrue();
            var sum = SUM.matcher(form.body());
            String answer = "";
            if (sum.find()) {
                challenged = true;
                answer = String.valueOf(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2)));
            }
            String body = "token=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)
                    + "&category=OTHER&text=" + java.net.URLEncoder.encode("经由代理？", java.nio.charset.StandardCharsets.UTF_8)
                    + "&answer=" + answer;
            var sent = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("p/" + slug + "/feedback")))
                    .header("X-Forwarded-For", forwarded).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (sent.statusCode() == 429) {
                refused++;
            } else {
                assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            }
        }
        assertThat(challenged).as("the loopback address met the sum although each form claimed another address")
                .isTrue();
        assertThat(refused).as("and then its limit").isOne();
    }
}
