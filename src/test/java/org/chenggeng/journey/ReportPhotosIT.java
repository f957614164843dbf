package org.chenggeng.journey;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.Chromium;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official on a street office's screen opens the pilot's 2022 report, ticks 附照片, sees each main work's pair
 * preset (the demo's pictures, taken in 2022) and downloads the PDF, whose appendix holds the twelve photos; the same
 * screen in English. Screenshots of the screen and of the PDF's appendix page are kept in target/screenshots.
 */
@TestPropertySource(properties = "chenggeng.demo-evidence=true")
class ReportPhotosIT extends PhoneJourney {

    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    TestUsers as;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficialChoosesThePilotsPhotoPairsAndThePdfEndsWithThem() throws Exception {
        long pilot = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2022-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Page page = signedInLargeScreen("official");
        // The demo's pictures are made on a thread of their own after start-up: six works, before/during/after.
        page.waitForCondition(() -> jdbc.queryForObject("select count(*) from attachment where project_id = ?"
                + " and sample = true and phase in ('BEFORE', 'AFTER')", Integer.class, pilot) == 12,
                new Page.WaitForConditionOptions().setTimeout(180_000));
        try {
            choose(page, pilot, "施工前", "施工后", "report-photos-choice");
            page.locator("#export-pdf").click();
            page.locator("#export-link-pdf").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
            Download pdf = page.waitForDownload(() -> page.locator("#export-link-pdf").click());
            appendixPage(pdf.path());

            switchLanguage(page);
            choose(page, pilot, "Before", "After", "report-photos-choice-en");
        } finally {
            // Languages are remembered per account, and the other journeys expect the demo users to speak Chinese.
            page.navigate(url(""));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            if (!"en".equals(page.locator("#language-switch").getAttribute("lang"))) {
                switchLanguage(page);
            }
            page.context().close();
        }
    }

    private void choose(Page page, long pilot, String before, String after, String shot) {
        page.navigate(url("reports?project=" + pilot + "&year=2022"));
        page.locator("#report-photos").click();
        Locator items = page.locator("#report-photo-items > [id^=report-photo-item-]");
        assertThat(items).hasCount(6);
        assertThat(items.first().locator("vaadin-select").first()).containsText("2022");
        assertThat(items.first()).containsText(before);
        assertThat(items.first()).containsText(after);
        page.waitForFunction("() => [...document.querySelectorAll('#report-photo-items img')]"
                + ".every(i => i.complete && i.naturalWidth > 0)");
        page.locator("#report-photo-choice").scrollIntoViewIfNeeded();
        Chromium.shot(page, shot, false);
    }

    /** The PDF holds the twelve photos; its first appendix page is kept as a picture for people to look at. */
    private static void appendixPage(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int images = 0;
            int first = -1;
            PDFTextStripper text = new PDFTextStripper();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                var resources = doc.getPage(p).getResources();
                for (var name : resources.getXObjectNames()) {
                    images += resources.isImageXObject(name) ? 1 : 0;
                }
                text.setStartPage(p + 1);
                text.setEndPage(p + 1);
                if (first < 0 && text.getText(doc).contains("附件：施工前后对比照片")) {
                    first = p;
                }
            }
            assertThat(images).isEqualTo(12);
            assertThat(first).isNotNegative();
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(first, 80), "png",
                    dir.resolve("report-photos-pdf-page.png").toFile());
        }
    }
}
