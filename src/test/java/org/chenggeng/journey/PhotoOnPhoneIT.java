package org.chenggeng.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.Chromium;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project manager on site, on a phone: logs an entry with a photo chosen before saving; the entry is saved, the
 * photo uploads after it and its thumbnail shows on the form; it opens full size. Two entries saved while the first
 * one's photo is still on its way keep a photo each. The pilot's 影像资料 page shows the demo's sample pictures, taken
 * in 2022, and its 实施方案.
 */
@TestPropertySource(properties = "chenggeng.demo-evidence=true")
class PhotoOnPhoneIT extends PhoneJourney {

    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    TestUsers as;
    @Autowired
    JdbcTemplate jdbc;

    /** What the uploader adds to each photo's upload URL: the entry's batch (see PhotoBatches). */
    private static final String PHOTO_BATCH = "batch=";

    @Test
    void aProjectManagerLogsAnEntryWithAPhotoAndSeesItsThumbnail() throws Exception {
        long fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Page page = signedInPhone("pm");

        chooseItem(page, url("log?project=" + fumin), "雨污", "雨污分流");
        page.locator("#log-quantity input").fill("12");
        page.locator("#photo-phase vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("施工后"))
                .click();
        page.locator("#evidence-gallery input[type=file]").setInputFiles(new FilePayload("IMG_2041.jpg", "image/jpeg",
                SampleFiles.jpeg(1600, 1200, 41)));
        assertThat(page.locator("#evidence-gallery vaadin-upload-file")).hasCount(1);
        assertThat(page.locator("#uploaded-photos .photo-tile")).hasCount(0);
        shot(page, "photo-phone-chosen");

        page.locator("#log-save").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#uploaded-photos .photo-tile img")).hasCount(1);
        page.waitForFunction("() => { const i = document.querySelector('#uploaded-photos .photo-tile img');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        assertThat(page.locator("#uploaded-photos .photo-phase")).hasText("施工后");
        assertThat(page.locator("#day-entries")).containsText("12");
        page.locator("#uploaded-photos").scrollIntoViewIfNeeded();
        Chromium.shot(page, "photo-phone-uploaded", false);

        page.locator("#uploaded-photos .photo-tile").first().click();
        assertThat(page.locator("#photo-full")).isVisible();
        page.waitForFunction("() => { const i = document.querySelector('#photo-full');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        assertThat(page.locator(".photo-meta")).containsText("上传人：pm");
        assertThat(page.locator(".photo-meta")).containsText("施工后");
        Chromium.shot(page, "photo-phone-full", false);
        Object width = page.locator("#photo-full").evaluate("i => i.naturalWidth");
        assertThat(((Number) width).intValue()).isEqualTo(1600);
        page.context().close();
    }

    @Test
    void twoEntriesSavedWhileTheFirstEntrysPhotoIsStillUploadingEachKeepTheirOwnPhoto() throws Exception {
        long fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Page page = signedInPhone("pm");
        // The first upload is held at the network, as on a weak connection, until the second entry is saved.
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route(u -> u.contains(PHOTO_BATCH), route -> {
            if (held.isEmpty()) {
                held.add(route);
            } else {
                route.resume();
            }
        });

        chooseItem(page, url("log?project=" + fumin), "雨污", "雨污分流");
        page.locator("#log-quantity input").fill("3");
        page.locator("#evidence-gallery input[type=file]").setInputFiles(new FilePayload("IMG_FIRST.jpg",
                "image/jpeg", SampleFiles.jpeg(800, 600, 4101)));
        page.locator("#log-save").click();
        page.waitForCondition(() -> !held.isEmpty());
        assertThat(page.locator("#day-entries")).containsText("3");

        page.locator("#log-quantity input").fill("4");
        page.locator("#evidence-gallery input[type=file]").setInputFiles(new FilePayload("IMG_SECOND.jpg",
                "image/jpeg", SampleFiles.jpeg(800, 600, 4102)));
        page.locator("#log-save").click();
        assertThat(page.locator("#day-entries")).containsText("4");
        page.waitForCondition(() -> stored("IMG_SECOND.jpg") == 1);
        assertThat(stored("IMG_FIRST.jpg")).as("still on its way").isZero();
        shot(page, "photo-phone-two-entries-uploading");
        held.forEach(Route::resume);
        page.waitForCondition(() -> stored("IMG_FIRST.jpg") == 1);

        Map<String, java.math.BigDecimal> quantityOfEntry = new java.util.HashMap<>();
        jdbc.query("select a.file_name, e.quantity from attachment a join progress_entry e on e.id = a.owner_id"
                + " where a.owner_type = 'ENTRY' and a.file_name in ('IMG_FIRST.jpg', 'IMG_SECOND.jpg')",
                (java.sql.ResultSet r) -> {
                    quantityOfEntry.put(r.getString(1), r.getBigDecimal(2));
                });
        assertThat(quantityOfEntry).hasSize(2);
        assertThat(quantityOfEntry.get("IMG_FIRST.jpg")).isEqualByComparingTo("3");
        assertThat(quantityOfEntry.get("IMG_SECOND.jpg")).isEqualByComparingTo("4");
        page.context().close();
    }

    private int stored(String fileName) {
        return jdbc.queryForObject("select count(*) from attachment where file_name = ?", Integer.class, fileName);
    }

    @Test
    void thePilotsPhotoPageShowsItsSamplePicturesWithThumbnailsAndFiltersThemByPhase() throws Exception {
        long pilot = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2022-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Page page = signedInPhone("pm");

        // The demo's pictures, then its 实施方案, are made on a thread of their own after start-up.
        for (int tries = 0; tries < 60; tries++) {
            page.navigate(url("projects/" + pilot + "/photos"));
            page.locator("#photos-count").waitFor();
            page.locator("#project-documents").waitFor();
            if (page.locator("#photos-count").textContent().equals("共 18 张照片")
                    && page.locator("#project-documents").textContent().contains("实施方案（示例）.pdf")) {
                break;
            }
            page.waitForTimeout(2000);
        }
        assertThat(page.locator("#photos-count")).hasText("共 18 张照片");
        page.locator("#photos-list").scrollIntoViewIfNeeded();
        assertThat(page.locator("#photos-list .photo-row").first()).isVisible();
        page.waitForFunction("() => { const i = document.querySelector('#photos-list .photo-row img');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        assertThat(page.locator("#project-documents")).containsText("实施方案（示例）.pdf");
        Chromium.shot(page, "photos-page-phone", false);

        page.locator("#photos-phase").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("施工前")).click();
        assertThat(page.locator("#photos-count")).hasText("共 6 张照片");
        assertThat(page.locator("#photos-list")).containsText("施工前");
        assertThat(page.locator("#photos-list")).containsText("2022");
        page.locator("#photos-list .photo-row").first().click();
        page.waitForFunction("() => { const i = document.querySelector('#photo-full');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        assertThat(page.locator(".photo-meta")).containsText("2022");
        Chromium.shot(page, "photos-page-full", false);
        page.context().close();
    }

    @Test
    void anOfficialDownloadsThePilotsEvidenceZipFromItsPhotoPage() throws Exception {
        long pilot = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2022-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Page page = signedInPhone("official");
        page.navigate(url("projects/" + pilot + "/photos"));
        assertThat(page.locator("#photos-zip vaadin-button")).hasText("下载影像资料包（含索引表）");
        Chromium.shot(page, "photos-page-zip", false);
        Download zip = page.waitForDownload(() -> page.locator("#photos-zip vaadin-button").click());
        org.assertj.core.api.Assertions.assertThat(zip.suggestedFilename()).isEqualTo("影像资料-" + pilot + ".zip");
        page.context().close();
    }
}
