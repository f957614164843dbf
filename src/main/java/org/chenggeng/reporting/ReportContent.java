package org.chenggeng.reporting;

import org.chenggeng.shared.Magnitudes;
import org.chenggeng.work.Unit;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The report document laid out once, in the report's language, for every export to write: the title, the lines on
 * scope, period and generation, the headline, quantities, consultation and project tables, the narrative, and where
 * any project has its end recorded the tables of inspections, acceptance and hand-over and of the issues
 * ({@link EndingTables}; {@code null} otherwise). Cells keep numbers as numbers so that Excel gets numeric cells and
 * the others format them by locale.
 */
public record ReportContent(Locale locale, String title, List<String> lines, Section headline, Section narrative,
                           Section quantities, Section consultation, Section projects, String issuer,
                           String issued, Section acceptance, Section issues) {

    /** A document without the projects' ends (built by hand, as in tests). */
    public ReportContent(Locale locale, String title, List<String> lines, Section headline, Section narrative,
                         Section quantities, Section consultation, Section projects, String issuer, String issued) {
        this(locale, title, lines, headline, narrative, quantities, consultation, projects, issuer, issued, null, null);
    }

    /** The sections in the order the documents print them: the projects' ends before the appendix of projects. */
    public List<Section> sections() {
        List<Section> all = new ArrayList<>(List.of(headline, narrative, quantities, consultation));
        if (acceptance != null) {
            all.add(acceptance);
        }
        if (issues != null) {
            all.add(issues);
        }
        all.add(projects);
        return all;
    }

    /** A heading with either a paragraph or a table. */
    public record Section(String heading, String paragraph, Table table) {
    }

    /** A table: the header and its rows. */
    public record Table(List<String> header, List<Row> rows) {
    }

    /** A row; a subtotal row is set apart. Cells are strings, numbers or {@code null}. */
    public record Row(List<Object> cells, boolean subtotal) {

        static Row of(Object... cells) {
            return new Row(java.util.Arrays.asList(cells), false);
        }
    }

    static ReportContent of(Report report, MessageSource messages, ZoneId zone) {
        Locale locale = report.locale();
        Text t = (key, args) -> messages.getMessage(key, args, locale);
        List<String> lines = List.of(t.get("report.line.scope", report.scope()),
                t.get("report.line.period", period(report.request().period(), t, locale)),
                t.get("report.line.generated", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(locale).withZone(zone).format(report.generatedAt())));
        String narrative = report.narrative() == null ? t.get("report.narrative.none") : report.narrative();
        if (report.extent().opening() != null) {
            narrative = report.extent().opening() + t.get("report.opening.join") + narrative;
        }
        return new ReportContent(locale, t.get("report.title"), lines,
                new Section(t.get("report.section.headline"), null, headline(report, t)),
                new Section(t.get("report.section.narrative"), narrative, null),
                new Section(t.get("report.section.quantities"), null, quantities(report, t)),
                new Section(t.get("report.section.consultation"), null, consultation(report, t)),
                new Section(t.get("report.section.projects"), null, projects(report, t)),
                issuer(report, t), DateTimeFormatter.ofPattern(t.get("report.issuedPattern"), locale)
                        .format(report.generatedAt().atZone(zone)),
                report.hasEndings() ? new Section(t.get("report.section.acceptance"), null,
                        EndingTables.acceptance(report, t)) : null,
                report.hasEndings() ? EndingTables.issues(report, t) : null);
    }

    /**
     * Who signs the document at its end: the region the report covers (its own name, the last of its path), or the
     * system's name for a report of all projects or of one project.
     */
    private static String issuer(Report report, Text t) {
        if (report.request().projectId() != null || report.request().filter().communityId() == null) {
            return t.get("report.issuer.default");
        }
        String path = report.scope().split(" · ")[0];
        int cut = path.lastIndexOf(" / ");
        return (cut < 0 ? path : path.substring(cut + " / ".length())).strip();
    }

    /** The period as a report names it: 2022年, 2022年第1季度, 2022年3月, a date range, or all time. */
    public static String period(Period period, MessageSource messages, Locale locale) {
        return period(period, (key, args) -> messages.getMessage(key, args, locale), locale);
    }

    private static String period(Period p, Text t, Locale locale) {
        if (p.isAllTime()) {
            return t.get("report.period.all");
        }
        if (p.from() != null && p.to() != null && p.from().getDayOfMonth() == 1
                && p.to().equals(p.to().withDayOfMonth(p.to().lengthOfMonth())) && p.from().getYear() == p.to().getYear()) {
            int months = p.to().getMonthValue() - p.from().getMonthValue() + 1;
            if (months == 12) {
                return t.get("report.period.year", p.from().getYear());
            }
            if (months == 3 && p.from().getMonthValue() % 3 == 1) {
                return t.get("report.period.quarter", p.from().getYear(), (p.from().getMonthValue() - 1) / 3 + 1);
            }
            if (months == 1) {
                return DateTimeFormatter.ofPattern(t.get("report.period.monthPattern"), locale).format(p.from());
            }
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return t.get("report.period.range", p.from() == null ? "" : date.format(p.from()),
                p.to() == null ? "" : date.format(p.to()));
    }

    private static Table headline(Report report, Text t) {
        Report.Headline h = report.headline();
        List<Row> rows = new ArrayList<>(List.of(
                Row.of(t.get("report.headline.projects"), h.projects()),
                Row.of(t.get("report.headline.compounds"), h.compounds()),
                Row.of(t.get("report.headline.households"), h.households()),
                Row.of(t.get("report.headline.started"), h.started()),
                Row.of(t.get("report.headline.completed"), h.completed()),
                Row.of(t.get("report.headline.startRate"), h.startRate()),
                Row.of(t.get("report.headline.completionRate"), h.completionRate()),
                Row.of(t.get("report.headline.householdsStarted"), h.householdsStarted()),
                Row.of(t.get("report.headline.householdsCompleted"), h.householdsCompleted()),
                Row.of(t.get("report.headline.startRateHouseholds"), h.startRateByHouseholds()),
                Row.of(t.get("report.headline.completionRateHouseholds"), h.completionRateByHouseholds())));
        rows.addAll(extent(report.extent(), t, report.locale()));
        return new Table(List.of(t.get("report.headline.figure"), t.get("report.headline.value")), rows);
    }

    /** Buildings, floor area and money, in 万 and 亿 as headline figures are written; then each source's line. */
    private static List<Row> extent(Report.Extent e, Text t, Locale locale) {
        var money = e.investment();
        List<Row> rows = new ArrayList<>(List.of(
                Row.of(t.get("report.headline.buildings"), e.buildings()),
                Row.of(t.get("report.headline.floorArea"), Magnitudes.area(e.floorArea(), locale)),
                Row.of(t.get("report.headline.plannedInvestment"), Magnitudes.money(money.planned(), locale)),
                Row.of(t.get("report.headline.completedInvestment"), Magnitudes.money(money.completed(), locale)),
                Row.of(t.get("report.headline.completedInPeriod"), Magnitudes.money(money.completedInPeriod(), locale)),
                Row.of(t.get("report.headline.investmentRate"), money.rate())));
        for (var s : money.sources()) {
            rows.add(Row.of(t.get("report.headline.source", s.source().name(locale)),
                    t.get("report.headline.sourceFigures", Magnitudes.money(s.planned(), locale),
                            Magnitudes.money(s.completed(), locale),
                            s.rate() == null ? "—" : text(s.rate(), locale) + "%")));
        }
        return rows;
    }

    /**
     * One row per work type in section order; a section of two or more types in one unit of measure (米, 平方米)
     * gets a subtotal row. Counts are never added across types, even in one classifier: 个 of parking spaces and 个
     * of sheds, 盏 of street lamps and 盏 of stairwell lamps are different things.
     */
    private static Table quantities(Report report, Text t) {
        Locale locale = report.locale();
        List<Row> rows = new ArrayList<>();
        List<Report.TypeFigure> types = report.types();
        int i = 0;
        while (i < types.size()) {
            var section = types.get(i).type().section();
            List<Report.TypeFigure> group = new ArrayList<>();
            while (i < types.size() && types.get(i).type().section() == section) {
                group.add(types.get(i++));
            }
            String sectionName = t.get(section.labelKey());
            for (Report.TypeFigure f : group) {
                rows.add(Row.of(sectionName, f.type().name(locale), unit(f.type().unit(), t), f.planned(),
                        f.completed(), f.percent()));
            }
            boolean oneMeasure = group.stream().map(f -> f.type().unit()).distinct().count() == 1
                    && !group.getFirst().type().unit().isCount();
            if (group.size() > 1 && oneMeasure) {
                Report.TypeFigure sum = new Report.TypeFigure(group.getFirst().type(), 0,
                        group.stream().map(Report.TypeFigure::planned).reduce(BigDecimal.ZERO, BigDecimal::add),
                        group.stream().map(Report.TypeFigure::completed).reduce(BigDecimal.ZERO, BigDecimal::add));
                rows.add(new Row(java.util.Arrays.asList(t.get("report.column.subtotal", sectionName), "",
                        unit(group.getFirst().type().unit(), t), sum.planned(), sum.completed(), sum.percent()), true));
            }
        }
        return new Table(List.of(t.get("report.column.section"), t.get("report.column.workType"),
                t.get("report.column.unit"), t.get("report.column.planned"), t.get("report.column.completed"),
                t.get("report.column.percent")), rows);
    }

    private static String unit(Unit unit, Text t) {
        return t.get(unit.labelKey());
    }

    private static Table consultation(Report report, Text t) {
        var c = report.consultation();
        var f = c.feedback();
        return new Table(List.of(t.get("report.headline.figure"), t.get("report.headline.value")), List.of(
                Row.of(t.get("report.consultation.rounds"), c.rounds()),
                Row.of(t.get("report.consultation.households"), c.households()),
                Row.of(t.get("report.consultation.participating"), c.participating()),
                Row.of(t.get("report.consultation.participationRate"), Report.rate(c.participationRate())),
                Row.of(t.get("report.consultation.consentPassed"), c.consentPassed()),
                Row.of(t.get("report.consultation.consentFailed"), c.consentFailed()),
                Row.of(t.get("report.consultation.satisfactionRate"), Report.rate(c.satisfactionRate())),
                Row.of(t.get("report.feedback.received"), f.received()),
                Row.of(t.get("report.feedback.open"), f.open()),
                Row.of(t.get("report.feedback.adopted"), f.adopted()),
                Row.of(t.get("report.feedback.notAdopted"), f.notAdopted()),
                Row.of(t.get("report.feedback.resolved"), f.resolved()),
                Row.of(t.get("report.feedback.medianDays"), f.medianDaysToAnswer())));
    }

    private static Table projects(Report report, Text t) {
        List<Row> rows = report.projects().stream().map(p -> Row.of(p.code(), p.name(), String.valueOf(p.year()),
                t.get(p.status().labelKey()), p.communities(), p.households(), p.completion())).toList();
        return new Table(List.of(t.get("report.column.code"), t.get("report.column.name"),
                t.get("report.column.year"), t.get("report.column.status"), t.get("report.column.communities"),
                t.get("report.column.households"), t.get("report.column.completion")), rows);
    }

    /** A cell as text: numbers by locale with at most two decimals (years without grouping), {@code null} as —. */
    public static String text(Object cell, Locale locale) {
        if (cell == null) {
            return "—";
        }
        if (cell instanceof Number n) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(2);
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f.format(n);
        }
        return Objects.toString(cell);
    }

    @FunctionalInterface
    interface Text {
        String get(String key, Object... args);
    }
}
