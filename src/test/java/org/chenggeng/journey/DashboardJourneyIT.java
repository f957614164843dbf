package org.chenggeng.journey;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.reporting.DemoNarrativeTest;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.InputStream;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An official at the street office: opens the dashboard, filters it to 2022, drills down from a work type to the
 * project behind it and its progress, and downloads that project's 2022 report as a Word document.
 */
class DashboardJourneyIT extends PhoneJourney {

    @Autowired
    ProjectQueries projects;
    @Autowired
    TestUsers as;

    @Test
    void anOfficialFiltersDrillsDownAndDownloadsTheWordReport() throws Exception {
        // the demo's ten, and any project a journey before this one added in the street
        long inScope = as.as("official", () -> projects.count(ProjectFilter.none()));
        Page page = signedInLargeScreen("official");
        page.navigate(url("dashboard"));
        assertThat(page.locator("#figure-projects")).containsText(String.valueOf(inScope));
        page.locator("#dashboard-year").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("2022")).first().click();
        assertThat(page.locator("#figure-projects")).containsText("1");
        assertThat(page.locator("#chart-types canvas")).hasCount(1);
        shot(page, "dashboard-2022");

        page.locator("#chart-types").evaluate("chart => chart.clickItem(0, 0)");
        assertThat(page.locator("#drill-grid")).containsText("YYH-2022-01");
        shot(page, "dashboard-drill");
        page.locator("#drill-grid vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("YYH-2022-01")).first().click();
        page.waitForURL("**/projects/*/progress");
        assertThat(page.locator("body")).containsText("外露线网治理");
        String projectId = page.url().replaceAll(".*/projects/(\\d+)/progress.*", "$1");

        page.navigate(url("reports?project=" + projectId + "&year=2022"));
        assertThat(page.locator("#report-narrative")).hasText(DemoNarrativeTest.REPORT_2022);
        page.locator("#export-docx").click();
        Download download = page.waitForDownload(() -> page.locator("#export-link-docx").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".docx");
        try (InputStream in = Files.newInputStream(download.path()); XWPFDocument doc = new XWPFDocument(in)) {
            org.assertj.core.api.Assertions.assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains(DemoNarrativeTest.REPORT_2022);
        }
        page.context().close();
    }
}
