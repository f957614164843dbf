package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.html.Div;
import org.chenggeng.reporting.MoneyFigures;
import org.chenggeng.shared.Magnitudes;
import org.chenggeng.shared.ui.EChart;
import org.chenggeng.shared.ui.Formats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The dashboard's chart of investment completion per funding source, money in 万 and 亿. */
final class MoneyPanel {

    private MoneyPanel() {
    }

    /** Completion per source against its plan, with planned and completed money in the tooltip. */
    static String chart(com.vaadin.flow.component.Component template, MoneyFigures money, Locale locale) {
        return DashboardCharts.bars(template.getTranslation("dashboard.chart.sources"),
                money.sources().stream().map(s -> s.source().name(locale)).toList(),
                money.sources().stream().map(s -> s.rate() == null ? BigDecimal.ZERO : s.rate()).toList(), true, true,
                money.sources().stream().map(s -> List.of(s.source().name(locale),
                        template.getTranslation("dashboard.sourceTooltip", Magnitudes.money(s.completed(), locale),
                                Magnitudes.money(s.planned(), locale)))).toList());
    }

    static void size(EChart chart, MoneyFigures money) {
        chart.setHeight(Math.max(200, 60 + money.sources().size() * 34) + "px");
    }

    private static String rate(BigDecimal rate, Locale locale) {
        return rate == null ? "—" : Formats.number(rate, locale) + "%";
    }
}
