package org.chenggeng.journey;

import com.microsoft.playwright.Page;
import org.chenggeng.support.PhoneJourney;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chart taken out of the page and put back (as Vaadin does with a view's elements when it leaves and re-enters
 * them) draws again: the wrapper disposed its chart on leaving and made one only on its first render, so it stayed
 * blank.
 */
class ChartReattachIT extends PhoneJourney {

    /** Whether the chart's canvas has any pixel drawn on it. */
    private static final String DRAWN = "el => { const c = el.shadowRoot && el.shadowRoot.querySelector('canvas');"
            + " if (!c || !c.width || !c.height) return false;"
            + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + " for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false; }";

    @Test
    void aChartPutBackIntoThePageIsDrawnAgain() throws Exception {
        Page page = signedInLargeScreen("official");
        page.navigate(url("dashboard"));
        page.locator("#chart-status canvas").waitFor();
        page.waitForFunction("() => (" + DRAWN + ")(document.querySelector('#chart-status'))");

        page.locator("#chart-status").evaluate("el => { const parent = el.parentNode, next = el.nextSibling;"
                + " parent.removeChild(el); parent.insertBefore(el, next); }");
        page.waitForFunction("() => (" + DRAWN + ")(document.querySelector('#chart-status'))");

        assertThat(page.locator("#chart-status").evaluate(DRAWN)).isEqualTo(true);
        assertThat(page.locator("#chart-status").evaluate("el => !!el.chart && !el.chart.isDisposed()"))
                .isEqualTo(true);
        page.context().close();
    }
}
