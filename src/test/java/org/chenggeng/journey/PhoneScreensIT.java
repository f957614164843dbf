package org.chenggeng.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import org.assertj.core.api.SoftAssertions;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No screen is wider than the phone (390 × 844), in Chinese and in English: the household register with its filters
 * and import button, the feedback list with its 处理 button, the progress tables with 剩余 and 完成率, a project's
 * history of status changes, an item's ledger and the logging page, and the dashboard with its charts. Each screen is
 * opened as the demo user who works with it; the same screens on a large screen keep their tables.
 */
class PhoneScreensIT extends PhoneJourney {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    TestUsers as;

    @Test
    void theCommitteesRegisterAndFeedbackFitAPhone() throws Exception {
        long pilot = project("YYH-2022-01");
        SoftAssertions softly = new SoftAssertions();
        inBothLanguages("committee", (page, lang) -> {
            page.navigate(url("households"));
            page.locator("#household-grid").waitFor();
            pickFirst(page, "#household-compound", "靖江东里");
            page.locator("#import-households").waitFor();
            fits(softly, page, "phone-households-" + lang, page.locator("#household-compound"));
            inView(softly, page.locator("#household-compound"), "compound field " + lang);
            inView(softly, page.locator("#household-building"), "building field " + lang);
            inView(softly, page.locator("#import-households"), "import button " + lang);

            page.navigate(url("projects/" + pilot + "/consultation"));
            page.locator("#consultation-tabs vaadin-tab").nth(1).click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            Locator handle = page.locator(".feedback-handle:visible").first();
            handle.waitFor();
            fits(softly, page, "phone-feedback-" + lang, handle);
            inView(softly, handle, "处理 button " + lang);
        });
        softly.assertAll();
    }

    @Test
    void theManagersProgressTablesAndLedgerFitAPhone() throws Exception {
        long fumin = project("YYH-2024-01");
        SoftAssertions softly = new SoftAssertions();
        inBothLanguages("pm", (page, lang) -> {
            page.navigate(url("projects/" + fumin + "/progress"));
            page.locator("#overall-percent").waitFor();
            Locator remaining = page.locator(".item-remaining:visible").first();
            Locator percent = page.locator(".item-percent:visible").first();
            remaining.waitFor();
            fits(softly, page, "phone-progress-" + lang, remaining);
            inView(softly, remaining, "剩余 value " + lang);
            inView(softly, percent, "完成率 value " + lang);

            page.locator(".ledger-button:visible").first().click();
            page.locator("#ledger-title").waitFor();
            fits(softly, page, "phone-ledger-" + lang, page.locator("#ledger-title"));
            inView(softly, page.locator("#ledger-older"), "older page button " + lang);

            page.navigate(url("log?project=" + fumin));
            pickFirst(page, "#log-item", lang.equals("zh") ? "雨污分流" : "Separating");
            page.locator("#item-bar").waitFor();
            fits(softly, page, "phone-log-" + lang, page.locator("#log-ledger"));
            inView(softly, page.locator("#log-ledger"), "link to the item's ledger " + lang);
        });
        softly.assertAll();
    }

    @Test
    void aProjectsHistoryOfStatusChangesAndTheDashboardFitAPhone() throws Exception {
        long pilot = project("YYH-2022-01");
        SoftAssertions softly = new SoftAssertions();
        inBothLanguages("official", (page, lang) -> {
            page.navigate(url("projects/" + pilot));
            Locator history = page.locator("#history-grid");
            history.waitFor();
            fits(softly, page, "phone-project-" + lang, history);
            Locator first = history.locator(".history-entry").first();
            inView(softly, first, "first status change " + lang);
            BoundingBox box = first.boundingBox();
            softly.assertThat(box == null ? Double.MAX_VALUE : box.height).as("height of one status change " + lang)
                    .isLessThan(200.0);

            page.navigate(url("dashboard"));
            page.locator("cg-echart canvas").first().waitFor();
            page.waitForTimeout(800);
            fits(softly, page, "phone-dashboard-" + lang, page.locator("cg-echart").nth(2));
        });
        softly.assertAll();
    }

    @Test
    void theSameScreensOnALargeScreenKeepTheirTablesAndTheDashboardsLabelsWrap() throws Exception {
        long pilot = project("YYH-2022-01");
        long fumin = project("YYH-2024-01");
        SoftAssertions softly = new SoftAssertions();
        for (String user : new String[]{"pm", "official", "committee"}) {
            Page page = signedInLargeScreen(user);
            try {
                for (String lang : new String[]{"zh", "en"}) {
                    if (user.equals("pm")) {
                        page.navigate(url("projects/" + fumin + "/progress"));
                        page.locator("vaadin-grid.work-items").first().waitFor();
                        softly.assertThat(page.locator(".work-item-card:visible").count()).as("no cards " + lang)
                                .isZero();
                        shot(page, "desktop-progress-" + lang);
                    } else if (user.equals("official")) {
                        page.navigate(url("dashboard"));
                        page.locator("cg-echart canvas").first().waitFor();
                        page.waitForTimeout(800);
                        shot(page, "desktop-dashboard-" + lang);
                        page.navigate(url("projects/" + pilot));
                        page.locator("#history-grid").waitFor();
                        shot(page, "desktop-project-" + lang);
                    } else {
                        page.navigate(url("projects/" + pilot + "/consultation"));
                        page.locator("#consultation-tabs vaadin-tab").nth(1).click();
                        page.locator("#feedback-grid").waitFor();
                        page.waitForLoadState(LoadState.NETWORKIDLE);
                        shot(page, "desktop-feedback-" + lang);
                    }
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
    void namesAndCodesNeverBreakInsideAWordOnAPhone() throws Exception {
        long pilot = project("YYH-2022-01");
        SoftAssertions softly = new SoftAssertions();
        inBothLanguages("official", (page, lang) -> {
            page.navigate(url(""));
            page.locator("#project-grid").getByText("YYH-2022-01").first().waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            shot(page, "phone-projects-" + lang);
            unbroken(softly, page, "#project-grid vaadin-grid-cell-content", "project list " + lang);
            page.navigate(url("projects/" + pilot));
            page.locator("#history-grid").waitFor();
            unbroken(softly, page, ".lifecycle-step, [theme~='badge'], .details vaadin-form-item, .history-entry",
                    "project page " + lang);
            page.navigate(url("projects/" + pilot + "/progress"));
            page.locator(".work-item-card").first().waitFor();
            unbroken(softly, page, ".work-item-card", "progress cards " + lang);
            page.navigate(url("locks"));
            page.locator("#lock-grid").getByText("月牙河街").first().waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            shot(page, "phone-locks-" + lang);
            unbroken(softly, page, "#lock-grid vaadin-grid-cell-content", "month locks " + lang);
        });
        softly.assertAll();
    }

    /**
     * Every line break in the elements' text falls where a line may break: not between two Chinese characters of one
     * short run, a name such as 月牙河街 (月/牙河街) that fits a line of its own (a longer run may break as a last
     * resort), and not inside a code (YYH-2022-/01). Prose (paragraphs, residents' words) breaks as prose does.
     */
    private static void unbroken(SoftAssertions softly, Page page, String selector, String where) {
        Object broken = page.locator(selector).evaluateAll("""
                els => {
                  const SHORT = 6;
                  const cjk = /[\\u3400-\\u9fff]/, word = /[A-Za-z0-9-]/, letter = /[\\u3400-\\u9fffA-Za-z0-9]/;
                  const bad = [];
                  const run = (text, i, re) => {
                    let from = i, to = i;
                    while (from > 0 && re.test(text[from - 1])) from--;
                    while (to < text.length && re.test(text[to])) to++;
                    return to - from;
                  };
                  for (const el of els) {
                    const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
                      if (node.parentElement.closest('p, .prose')) continue;
                      const text = node.textContent;
                      let top = null;
                      for (let i = 0; i < text.length; i++) {
                        const range = document.createRange();
                        range.setStart(node, i);
                        range.setEnd(node, i + 1);
                        const rect = range.getClientRects()[0];
                        if (!rect || rect.width === 0) continue;
                        if (top !== null && rect.top > top + 2) {
                          const a = text[i - 1], b = text[i];
                          if ((cjk.test(a) && cjk.test(b) && run(text, i, letter) <= SHORT)
                              || (word.test(a) && word.test(b))) bad.push(text);
                        }
                        top = rect.top;
                      }
                    }
                  }
                  return bad;
                }""");
        softly.assertThat((java.util.List<?>) broken).as("texts broken inside a word on the " + where).isEmpty();
    }

    private interface Screens {
        void check(Page page, String lang) throws Exception;
    }

    /** Runs the checks in Chinese, then in English, and leaves the user's language Chinese again. */
    private void inBothLanguages(String user, Screens screens) throws Exception {
        Page page = signedInPhone(user);
        try {
            screens.check(page, "zh");
            switchLanguage(page);
            screens.check(page, "en");
        } finally {
            restoreChinese(page);
        }
    }

    private static void pickFirst(Page page, String combo, String text) {
        page.locator(combo + " input").click();
        page.locator(combo + " input").fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** The page is no wider than the phone, and a screenshot of it around {@code focus} is kept for people. */
    private static void fits(SoftAssertions softly, Page page, String name, Locator focus) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        focus.scrollIntoViewIfNeeded();
        page.waitForTimeout(300);
        shot(page, name);
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        softly.assertThat(width.intValue()).as("page width of " + name).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    /** The element is on screen, left to right, once scrolled to. */
    private static void inView(SoftAssertions softly, Locator element, String what) {
        element.scrollIntoViewIfNeeded();
        BoundingBox box = element.boundingBox();
        softly.assertThat(box).as(what + " is rendered").isNotNull();
        if (box != null) {
            softly.assertThat(box.x).as(what + " starts on screen").isGreaterThanOrEqualTo(0.0);
            softly.assertThat(box.x + box.width).as(what + " ends on screen").isLessThanOrEqualTo(PHONE_WIDTH);
            softly.assertThat(box.y + box.height).as(what + " ends above the screen's bottom")
                    .isLessThanOrEqualTo(PHONE_HEIGHT);
            softly.assertThat(element.isVisible()).as(what + " is visible").isTrue();
        }
    }

    private long project(String code) throws Exception {
        return as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(ScopeDirectory.ProjectChoice::id).orElseThrow());
    }
}
