package org.chenggeng.journey;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.support.PhoneJourney;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The encrypted register on a street office's screen (decision 0030): the committee reads 靖江东里 in full, finds a
 * household by the last four digits of its phone and downloads an export marked with its name; an official reads it
 * masked, with no search.
 */
class RegisterPrivacyIT extends PhoneJourney {

    private void open(Page page, String compound) {
        page.navigate(url("households"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#household-compound input").fill(compound);
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(compound)).first().click();
        page.locator("#household-grid vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator
                .FilterOptions().setHasText("1号楼")).first().waitFor();
    }

    @Test
    void theCommitteeReadsSearchesAndExportsInFullAndAnOfficialReadsMasked() throws Exception {
        Page committee = signedInLargeScreen("committee");
        open(committee, "靖江东里");
        assertThat(committee.locator("#household-grid")).containsText("（示例）");
        assertThat(committee.locator("#household-grid")).containsText("13920220000");
        shot(committee, "register-committee-full");

        committee.locator("#household-search input").fill("0037");
        committee.locator("#household-search input").press("Enter");
        assertThat(committee.locator("#household-grid")).containsText("13920220037");
        shot(committee, "register-committee-search");

        Download download = committee.waitForDownload(() -> committee.locator("#export-households vaadin-button")
                .click());
        Path file = Path.of("target/screenshots/register-export-committee.xlsx");
        download.saveAs(file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .startsWith("【下载记录】committee 于 ");
        }
        committee.context().close();

        Page official = signedInLargeScreen("official");
        open(official, "靖江东里");
        assertThat(official.locator("#masked-notice")).isVisible();
        assertThat(official.locator("#household-grid")).containsText("139****0000");
        assertThat(official.locator("#household-grid")).not().containsText("13920220000");
        assertThat(official.locator("#household-search")).isHidden();
        shot(official, "register-official-masked");
        official.context().close();
    }
}
