package org.chenggeng.statistics;

import org.chenggeng.funding.FundingSourceRow;
import org.chenggeng.funding.FundingSourceService;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.chenggeng.statistics.StatisticsXlsx.Column;

/** The form as an Excel workbook in the provincial layout, in the user's language, within the user's scope. */
@Service
@PreAuthorize("isAuthenticated()")
public class StatisticsExport {

    private final StatisticsService statistics;
    private final FundingSourceService sources;
    private final MessageSource messages;

    StatisticsExport(StatisticsService statistics, FundingSourceService sources, MessageSource messages) {
        this.statistics = statistics;
        this.sources = sources;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public byte[] excel(long regionId, YearMonth month, Locale locale) {
        StatisticsForm form = statistics.form(regionId, month);
        String title = text("statistics.form.title", locale, form.regionName(), month.getYear(), month.getMonthValue());
        return StatisticsXlsx.write(title, List.of(text("statistics.form.sheet", locale),
                text("statistics.form.region", locale), text("statistics.form.total", locale)), form,
                columns(locale));
    }

    List<Column> columns(Locale locale) {
        String plan = text("statistics.group.plan", locale);
        String done = text("statistics.group.done", locale);
        String money = text("statistics.group.investment", locale);
        String rates = text("statistics.group.rates", locale);
        List<Column> columns = new ArrayList<>(List.of(
                new Column(plan, text("statistics.col.compounds", locale), FormRow::planCompounds),
                new Column(plan, text("statistics.col.households", locale), FormRow::planHouseholds),
                new Column(plan, text("statistics.col.buildings", locale), FormRow::planBuildings),
                new Column(plan, text("statistics.col.floorArea", locale), FormRow::planFloorArea),
                new Column(plan, text("statistics.col.investment", locale), FormRow::planInvestment),
                new Column(done, text("statistics.col.compounds", locale), FormRow::compounds),
                new Column(done, text("statistics.col.compoundsStarted", locale), FormRow::compoundsStarted),
                new Column(done, text("statistics.col.compoundsCompleted", locale), FormRow::compoundsCompleted),
                new Column(done, text("statistics.col.households", locale), FormRow::households),
                new Column(done, text("statistics.col.householdsStarted", locale), FormRow::householdsStarted),
                new Column(done, text("statistics.col.householdsCompleted", locale), FormRow::householdsCompleted),
                new Column(done, text("statistics.col.buildings", locale), FormRow::buildings),
                new Column(done, text("statistics.col.floorArea", locale), FormRow::floorArea),
                new Column(money, text("statistics.col.investmentPlanned", locale), FormRow::investmentPlanned),
                new Column(money, text("statistics.col.investmentCompleted", locale), FormRow::investmentCompleted)));
        for (FundingSourceRow source : sources.all()) {
            columns.add(new Column(money, source.name(locale), r -> StatisticsXlsx.source(r, source.id())));
        }
        String key = text("statistics.group.quantities", locale);
        for (KeyQuantity k : KeyQuantity.values()) {
            columns.add(new Column(key, text(k.labelKey(), locale), r -> r.quantity(k)));
        }
        columns.add(new Column(rates, text("statistics.col.startRate", locale), FormRow::startRateAgainstPlan));
        columns.add(new Column(rates, text("statistics.col.completionRate", locale),
                FormRow::completionRateAgainstPlan));
        columns.add(new Column(rates, text("statistics.col.investmentRate", locale),
                FormRow::investmentRateAgainstPlan));
        return columns;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
