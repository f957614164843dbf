package org.chenggeng.journey;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.assertj.core.api.SoftAssertions;
import org.chenggeng.support.PhoneJourney;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics form's headings read whole, in Chinese and in English, at 1280 × 900 and on a phone (390 × 844):
 * every heading (and group heading) wraps within its column instead of ending in an ellipsis ("计划小区…",
 * "Compou…"); the form downloads as a PDF beside its workbook. Screenshots in target/screenshots.
 */
class StatisticsHeadingsIT extends PhoneJourney {

    @Test
    void everyHeadingOfTheFormReadsWholeAtTwelveEightyAndOnAPhone() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (int[] size : new int[][]{{1280, 900}, {390, 844}}) {
            Page page = signedIn("official", size[0], size[1]);
            try {
                for (String lang : new String[]{"zh", "en"}) {
                    page.navigate(url("statistics"));
                    page.locator("#statistics-form .wrapped-heading").first().waitFor();
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    String where = lang + " " + size[0] + "x" + size[1];
                    shot(page, "statistics-headings-" + lang + "-" + size[0]);
                    @SuppressWarnings("unchecked")
                    List<String> cut = (List<String>) page.locator("#statistics-form vaadin-grid-cell-content")
                            .evaluateAll("""
                                    els => els.filter(el => el.querySelector('.wrapped-heading'))
                                      .filter(el => el.scrollWidth > el.clientWidth + 1
                                        || el.scrollHeight > el.clientHeight + 1)
                                      .map(el => el.textContent.trim())""");
                    softly.assertThat(cut).as("headings cut off, " + where).isEmpty();
                    softly.assertThat(page.locator("#statistics-form .wrapped-heading").count())
                            .as("headings and group headings, " + where).isEqualTo(13);
                    if (lang.equals("zh")) {
                        switchLanguage(page);
                    }
                }
            } finally {
                restoreChinese(page);
            }
        }
        softly.assertAll();
    }

    @Test
    void theFormDownloadsAsAPdfBesideItsWorkbook() throws Exception {
        Page page = signedInLargeScreen("official");
        try {
            page.navigate(url("statistics"));
            page.locator("#statistics-download-pdf").waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            Download pdf = page.waitForDownload(() -> page.locator("#statistics-download-pdf").click());
            assertThat(pdf.suggestedFilename()).matches("statistics-\\d{4}-\\d{2}\\.pdf");
            byte[] bytes = Files.readAllBytes(pdf.path());
            assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            Download xlsx = page.waitForDownload(() -> page.locator("#statistics-download").click());
            assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        } finally {
            page.context().close();
        }
    }
}
