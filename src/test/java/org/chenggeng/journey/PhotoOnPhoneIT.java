package org.chenggeng.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.Phase;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project manager on site, on a phone: logs an entry with a photo chosen before saving; the entry is saved, the
 * photo uploads after it and its thumbnail shows, on the form and on the day's entry; it opens full size.
 */
class PhotoOnPhoneIT extends PhoneJourney {

    @Autowired
    UserAdminService users;
    @Autowired
    TestUsers as;
    @Autowired
    EvidenceService evidence;
    @Autowired
    WorkItemService items;

    @Test
    void aProjectManagerLogsAnEntryWithAPhotoAndSeesItsThumbnail() throws Exception {
        long fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Page page = signedInPhone("pm");

        page.navigate(url("log?project=" + fumin));
        page.locator("#log-item input").click();
        page.locator("#log-item input").fill("雨污");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("雨污分流")).first().click();
        page.locator("#item-bar").waitFor();
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
        page.locator("#log-item input").click();
        page.keyboard().press("Escape");
        shot(page, "photo-phone-uploaded");

        page.locator("#uploaded-photos .photo-tile").first().click();
        assertThat(page.locator("#photo-full")).isVisible();
        page.waitForFunction("() => { const i = document.querySelector('#photo-full');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("李经理");
        shot(page, "photo-phone-full");
        Object width = page.locator("#photo-full").evaluate("i => i.naturalWidth");
        assertThat(((Number) width).intValue()).isEqualTo(1600);
        page.context().close();
    }

    @Test
    void thePilotsPhotoPageListsPhotosWithThumbnailsAndFiltersThemByPhase() throws Exception {
        long pilot = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2022-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        as.run("pm", () -> {
            var item = items.items(pilot).getFirst();
            for (Phase phase : Phase.values()) {
                evidence.attach(AttachRequest.photo(OwnerType.WORK_ITEM, item.id(), phase),
                        SampleFiles.file(SampleFiles.jpeg(800, 600, 100 + phase.ordinal())), phase + ".jpg");
            }
        });
        Page page = signedInPhone("pm");

        page.navigate(url("projects/" + pilot + "/photos"));
        assertThat(page.locator("#photos-count")).hasText("共 3 张照片");
        assertThat(page.locator("#photos-list .photo-row")).hasCount(3);
        page.waitForFunction("() => [...document.querySelectorAll('#photos-list .photo-row img')]"
                + ".every(i => i.complete && i.naturalWidth > 0)");
        shot(page, "photos-page-phone");

        page.locator("#photos-phase").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("施工前")).click();
        assertThat(page.locator("#photos-count")).hasText("共 1 张照片");
        assertThat(page.locator("#photos-list .photo-row")).hasCount(1);
        assertThat(page.locator("#photos-list")).containsText("施工前");
        page.context().close();
    }
}
