package org.chenggeng.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.chenggeng.region.RegionService;
import org.chenggeng.support.PhoneJourney;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ImportFixture;
import org.chenggeng.work.PhraseOrder;
import org.chenggeng.work.ReportSection;
import org.chenggeng.work.Unit;
import org.chenggeng.work.WorkCategory;
import org.chenggeng.work.WorkTypeData;
import org.chenggeng.work.WorkTypeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community and a work type named with markup, as an attacker would name them: the official's dashboard shows the
 * names as text in every chart's tooltip, and no script runs (ECharts renders tooltips as HTML).
 */
class HostileNamesOnChartsIT extends PhoneJourney {

    private static final String COMMUNITY = "富民路<img src=x onerror=\"window.__xss=(window.__xss||0)+1\">";
    private static final String TYPE = "凉亭<img src=y onerror=\"window.__xss=(window.__xss||0)+1\">新建";

    @Autowired
    ImportFixture fixture;
    @Autowired
    RegionService regions;
    @Autowired
    WorkTypeService types;
    @Autowired
    TestUsers as;

    /** Shows the tooltip of the data item named {@code name} and returns the tooltip's text and its images. */
    private static List<?> tooltipOf(Page page, String chart, String name) {
        Locator el = page.locator(chart);
        el.evaluate("(el, name) => { const c = el.chart; const o = c.getOption();"
                + " const axis = o.yAxis[0].type === 'category' ? o.yAxis[0] : o.xAxis[0];"
                + " c.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: axis.data.indexOf(name) }); }", name);
        page.waitForFunction("([el, name]) => el.shadowRoot.querySelector('#chart').innerText.includes(name)",
                List.of(el.elementHandle(), name));
        return (List<?>) el.evaluate("el => { const root = el.shadowRoot.querySelector('#chart');"
                + " return [root.innerText, root.querySelectorAll('img').length]; }");
    }

    @Test
    void namesWithMarkupAreShownAsTextInEveryChartAndRunNoScript() throws Exception {
        ImportFixture.Site site = fixture.site();
        as.run("admin", () -> {
            var community = regions.get(site.communityId());
            regions.update(community.id(), community.version(), COMMUNITY, community.code());
            types.create(new WorkTypeData("XSS_PAVILION", TYPE, "Pavilion<script>x</script>", WorkCategory.ENHANCEMENT,
                    Unit.SEAT, ReportSection.FACILITIES, "新建", "凉亭", PhraseOrder.QUANTITY_THEN_OBJECT, "built",
                    "pavilion", "pavilions", 998, true));
        });
        fixture.item(site.projectId(), "XSS_PAVILION", "4", null);

        Page page = signedInLargeScreen("official");
        page.navigate(url("dashboard"));
        page.locator("#chart-communities canvas").waitFor();
        List<?> community = tooltipOf(page, "#chart-communities", COMMUNITY);
        List<?> type = tooltipOf(page, "#chart-types", TYPE);
        shot(page, "dashboard-hostile-names");

        assertThat((String) community.getFirst()).contains(COMMUNITY);
        assertThat((String) type.getFirst()).contains(TYPE);
        assertThat(List.of(community.get(1), type.get(1))).containsOnly(0);
        page.locator("#chart-status").evaluate("el => el.chart.dispatchAction({ type: 'showTip', seriesIndex: 0, "
                + "dataIndex: 0 })");
        page.locator("#chart-curve").evaluate("el => el.chart.dispatchAction({ type: 'showTip', seriesIndex: 0, "
                + "dataIndex: 0 })");
        page.waitForTimeout(500);
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        page.context().close();
    }
}
