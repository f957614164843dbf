package org.chenggeng.statistics;

import org.chenggeng.funding.FundingSourceRow;
import org.chenggeng.funding.FundingSourceService;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.chenggeng.statistics.StatisticsXlsx.Column;

/**
 * The form as an Excel workbook and as a PDF in the provincial layout, in the user's language, within the user's
 * scope.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class StatisticsExport {

    private final StatisticsService statistics;
    private final FundingSourceService sources;
    private final MessageSource messages;

    private final Clock clock;

    StatisticsExport(StatisticsService statistics, FundingSourceService sources, MessageSource messages,
                     Clock clock) {
        this.statistics = statistics;
        this.sources = sources;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public byte[] excel(long regionId, YearMonth month, Locale locale) {
        StatisticsForm form = labelled(statistics.form(regionId, month), locale);
        String title = text("statistics.form.title", locale, form.regionName(), month.getYear(), month.getMonthValue());
        return StatisticsXlsx.write(title, List.of(text("statistics.form.sheet", locale),
                text("statistics.form.region", locale), text("statistics.form.total", locale)), form,
                columns(locale));
    }

    /**
     * The same form as a PDF: A4 landscape with the region, month, reporting unit and date in the title block, the
     * columns in parts that fit the page, both header rows repeated on every page and the pages numbered.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(long regionId, YearMonth month, Locale locale) {
        StatisticsForm form = labelled(statistics.form(regionId, month), locale);
        String period = DateTimeFormatter.ofPattern(text("format.month", locale), locale).format(month);
        StatisticsPdf.TitleBlock block = new StatisticsPdf.TitleBlock(
                text("statistics.form.title", locale, form.regionName(), month.getYear(), month.getMonthValue()),
                text("statistics.pdf.unit", locale, form.regionName()), text("statistics.pdf.period", locale, period),
                text("statistics.pdf.date", locale, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale).format(LocalDate.now(clock))),
                form.missing().isEmpty() ? "" : text("statistics.pdf.missing", locale,
                        String.join(text("statistics.pdf.separator", locale), form.missing())),
                messages.getMessage("statistics.pdf.page", null, locale));
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(3);
        numbers.setRoundingMode(RoundingMode.HALF_UP);
        return StatisticsPdf.write(block, text("statistics.form.region", locale),
                text("statistics.form.total", locale), form, columns(locale),
                v -> v == null ? "—" : v instanceof Number n ? numbers.format(n) : v.toString());
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

    private StatisticsForm labelled(StatisticsForm form, Locale locale) {
        return form.withOwnRow(name -> text("statistics.form.own", locale, name));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
