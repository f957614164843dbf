package org.chenggeng.journey;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.reporting.DemoNarrativeTest;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An official on a phone follows a dashboard link to the 2022 report of the Jingjiang Dongli pilot, reads the
 * sentence of the street's report, and downloads the PDF once it has been generated in the background.
 */
class ReportOnPhoneIT extends PhoneJourney {

    @Autowired
    ProjectQueries projects;
    @Autowired
    TestUsers as;

    @Test
    void anOfficialReadsThePilotsReportAndDownloadsThePdf() throws Exception {
        long id = as.as("official", () -> projects.page(new ProjectFilter("YYH-2022-01", null, null, null, null),
                PageRequest.of(0, 1)).getFirst().id());
        Page page = signedInPhone("official");

        page.navigate(url("reports?project=" + id + "&year=2022"));
        assertThat(page.locator("#report-narrative")).hasText(DemoNarrativeTest.REPORT_2022);
        assertThat(page.locator("#report-quantities")).containsText("化粪池清淘");
        shot(page, "report-phone");
        page.locator("#report-narrative").scrollIntoViewIfNeeded();
        shot(page, "report-phone-narrative");
        page.locator("#report-projects").scrollIntoViewIfNeeded();
        shot(page, "report-phone-projects");

        page.locator("#export-pdf").click();
        Download download = page.waitForDownload(() -> page.locator("#export-link-pdf").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("城市更新改造工作报告-YYH-2022-01_靖江东里小区城市更新改造-2022年.pdf");
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path()))
                .startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F');
        page.context().close();
    }
}
