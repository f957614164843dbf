package org.chenggeng.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A project manager on site, on a phone: picks the item, enters the quantity, saves, and sees the bar move. */
class LogProgressOnPhoneIT extends PhoneJourney {

    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    TestUsers as;

    @Test
    void aProjectManagerLogsAnEntryOnAPhoneAndSeesTheBarMove() throws Exception {
        long fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Page page = signedInPhone("pm");

        chooseItem(page, url("log?project=" + fumin), "雨污", "雨污分流");
        double before = barValue(page);
        shot(page, "log-phone-before");

        page.locator("#log-quantity input").fill("215");
        page.locator("#log-save").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#day-entries")).containsText("215");
        page.waitForFunction("b => document.querySelector('#item-bar').value > b", before);
        double after = barValue(page);
        shot(page, "log-phone-after");
        assertThat(after - before).isCloseTo(215.0 * 100 / 4300, org.assertj.core.data.Offset.offset(0.01));
        page.context().close();
    }

    private static double barValue(Page page) {
        return ((Number) page.locator("#item-bar").evaluate("bar => bar.value")).doubleValue();
    }
}
