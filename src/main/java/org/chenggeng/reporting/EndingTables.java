package org.chenggeng.reporting;

import org.chenggeng.inspection.ProjectEnding;
import org.chenggeng.inspection.Severity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's tables of the projects' ends: per project its inspections, per-household acceptance (accepted of the
 * households, or no in-home works), completion acceptance (conclusion and date) and hand-over (receiving body and
 * date); and per project and severity its issues not closed, of them waiting for re-check and overdue, and closed,
 * with totals per severity when more than one project has issues.
 */
final class EndingTables {

    private static final String NONE = "—";

    private EndingTables() {
    }

    static ReportContent.Table acceptance(Report report, ReportContent.Text t) {
        Locale locale = report.locale();
        List<ReportContent.Row> rows = report.endings().stream().map(e -> ReportContent.Row.of(e.project().code(),
                e.project().name(), e.inspections(), households(e.households(), t),
                e.completion() == null ? NONE : t.get("report.ending.dated",
                        t.get(e.completion().conclusion().labelKey()), date(e.completion().date(), locale)),
                e.handover() == null ? NONE : t.get("report.ending.dated", e.handover().body(),
                        date(e.handover().date(), locale)))).toList();
        return new ReportContent.Table(List.of(t.get("report.column.code"), t.get("report.column.name"),
                t.get("report.ending.inspections"), t.get("report.ending.households"),
                t.get("report.ending.completion"), t.get("report.ending.handover")), rows);
    }

    /** The issues' section: its table, or a sentence when no project in scope has any. */
    static ReportContent.Section issues(Report report, ReportContent.Text t) {
        List<ReportContent.Row> rows = new ArrayList<>();
        Map<Severity, long[]> totals = new EnumMap<>(Severity.class);
        int withIssues = 0;
        for (ProjectEnding e : report.endings()) {
            withIssues += e.issues().isEmpty() ? 0 : 1;
            for (Severity s : Severity.values()) {
                ProjectEnding.IssueCounts c = e.issues(s);
                if (c.raised() == 0) {
                    continue;
                }
                rows.add(ReportContent.Row.of(e.project().code(), e.project().name(), t.get(s.labelKey()), c.open(),
                        c.awaitingRecheck(), c.overdue(), c.closed()));
                long[] sum = totals.computeIfAbsent(s, k -> new long[4]);
                sum[0] += c.open();
                sum[1] += c.awaitingRecheck();
                sum[2] += c.overdue();
                sum[3] += c.closed();
            }
        }
        String heading = t.get("report.section.issues");
        if (rows.isEmpty()) {
            return new ReportContent.Section(heading, t.get("report.issues.none"), null);
        }
        if (withIssues > 1) {
            totals.forEach((s, sum) -> rows.add(new ReportContent.Row(java.util.Arrays.asList(
                    t.get("report.issues.total"), "", t.get(s.labelKey()), sum[0], sum[1], sum[2], sum[3]), true)));
        }
        return new ReportContent.Section(heading, null, new ReportContent.Table(List.of(t.get("report.column.code"),
                t.get("report.column.name"), t.get("report.issues.severity"), t.get("report.issues.open"),
                t.get("report.issues.awaitingRecheck"), t.get("report.issues.overdue"), t.get("report.issues.closed")),
                rows));
    }

    private static String households(ProjectEnding.Households h, ReportContent.Text t) {
        if (h == null) {
            return t.get("report.ending.noInHome");
        }
        return t.get(h.waived() ? "report.ending.householdsWaived" : "report.ending.householdsValue",
                String.valueOf(h.accepted()), String.valueOf(h.households()));
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
