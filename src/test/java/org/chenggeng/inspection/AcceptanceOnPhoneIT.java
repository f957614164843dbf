package org.chenggeng.inspection;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.SampleFiles;
import org.chenggeng.support.Chromium;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of a project on a phone: the project manager answers an issue with the rectification and a photo and the
 * supervisor closes it; the committee goes door to door recording each household's acceptance, one with a form
 * number, one with defects and the resident's signature drawn on the screen.
 */
class AcceptanceOnPhoneIT extends PhoneJourney {

    @Autowired
    InspectionService inspections;
    @Autowired
    IssueService issues;
    @Autowired
    HouseholdAcceptanceService doors;
    @Autowired
    EvidenceService evidence;
    @Autowired
    InspectionFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    @Test
    void theProjectManagerAnswersAnIssueWithAPhotoAndTheSupervisorClosesIt() throws Exception {
        long site = fixture.site();
        LocalDate today = LocalDate.now(clock);
        var data = fixture.passing(InspectionKind.CIVILISED, today, Set.of(), List.of(new FindingData(
                "3号楼北侧渣土未覆盖", Set.of(), new IssueData("3号楼北侧渣土未覆盖", Severity.GENERAL,
                "天津城投集团城市更新公司", today.plusDays(3)))));
        long finding = as.as("supervisor", () -> inspections.record(site, data)).findingIds().getFirst();
        long issue = as.as("admin", () -> issues.ofProject(site)).stream().filter(r -> r.sourceId() == finding)
                .findFirst().orElseThrow().id();

        Page pm = signedInPhone("pm");
        pm.navigate(url("issues"));
        assertThat(pm.locator("#issue-" + issue)).containsText("3号楼北侧渣土未覆盖");
        shot(pm, "issue-todo-phone");
        pm.locator("#issue-" + issue).click();
        assertThat(pm.locator("#issue-head")).containsText("待整改");
        pm.locator("#rectification-text textarea").fill("渣土已全部覆盖防尘网，并安排专人巡查");
        pm.locator("#issue-actions #evidence-gallery input[type=file]").setInputFiles(new FilePayload("IMG_3001.jpg",
                "image/jpeg", SampleFiles.jpeg(1200, 900, 77)));
        shot(pm, "issue-answer-phone");
        pm.locator("#rectification-submit").click();
        pm.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(pm.locator("#issue-head")).containsText("待复查");
        assertThat(pm.locator("#uploaded-photos .photo-tile img")).hasCount(1);
        pm.waitForFunction("() => { const i = document.querySelector('#uploaded-photos .photo-tile img');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        Chromium.shot(pm, "issue-answered-phone", false);
        long step = as.as("admin", () -> issues.get(issue)).steps().getLast().id();
        assertThat(as.as("pm", () -> evidence.of(OwnerType.RECTIFICATION, step))).hasSize(1);
        pm.context().close();

        Page supervisor = signedInPhone("supervisor");
        supervisor.navigate(url("issues/" + issue));
        assertThat(supervisor.locator("#issue-way .photo-tile")).hasCount(1);
        supervisor.locator("#recheck-close").click();
        assertThat(supervisor.locator("#issue-head")).containsText("已销号");
        shot(supervisor, "issue-closed-phone");
        supervisor.context().close();
    }

    @Test
    void theCommitteeRecordsHouseholdsAtTheirDoorsOneWithAFormNumberOneWithDefectsAndASignature() throws Exception {
        long project = fixture.freshProject("ROAD_PAVING", "WATER_METER");
        long meters = fixture.item(project, "WATER_METER").id();
        as.run(InspectionFixture.MANAGER, () -> doors.setInHome(project, Set.of(meters)));

        Page page = signedInPhone("committee");
        page.navigate(url("projects/" + project + "/inspections?tab=acceptance"));
        assertThat(page.locator("#household-progress")).containsText("已验收 0 / 24 户");
        page.locator("#open-household-acceptance").click();
        assertThat(page.locator("#door-count")).hasText("已验收 0 / 24 户");
        shot(page, "household-acceptance-phone");

        page.locator("#door-101-accepted").click();
        page.locator("#door-101-form input").fill("FH-2026-0101");
        page.locator("#door-101-save").click();
        assertThat(page.locator("#door-101 .door-status")).containsText("验收通过");
        assertThat(page.locator("#door-count")).hasText("已验收 1 / 24 户");

        page.locator("#door-102-defects").click();
        page.locator("#door-102-note textarea").fill("厨房水表接口滴水");
        page.locator("#door-102-signature").scrollIntoViewIfNeeded();
        BoundingBox pad = page.locator("#door-102-signature").boundingBox();
        page.mouse().move(pad.x + 20, pad.y + pad.height / 2);
        page.mouse().down();
        for (int i = 1; i <= 12; i++) {
            page.mouse().move(pad.x + 20 + i * 18, pad.y + pad.height / 2 + (i % 2 == 0 ? -25 : 25));
        }
        page.mouse().up();
        shot(page, "household-signature-phone");
        page.locator("#door-102-save").click();
        assertThat(page.locator("#door-102 .door-status")).containsText("有缺陷");
        assertThat(page.locator("#door-102 .door-status")).containsText("已签名");
        assertThat(page.locator("#door-102 .door-evidence .photo-tile")).hasCount(1);
        assertThat(page.locator("#door-breakdown")).containsText("有缺陷 1 户");
        page.locator("#door-102").scrollIntoViewIfNeeded();
        Chromium.shot(page, "household-recorded-phone", false);
        page.context().close();

        IssueRow defect = as.as("admin", () -> issues.ofProject(project)).stream()
                .filter(r -> r.source() == IssueSource.HOUSEHOLD).findFirst().orElseThrow();
        assertThat(defect.description()).isEqualTo("1号楼-1单元：厨房水表接口滴水");
        var tally = as.as("official", () -> doors.progress(project)).tally();
        assertThat(tally.accepted()).isEqualTo(1);
        assertThat(tally.defects()).isEqualTo(1);
    }
}
