package org.chenggeng.statistics;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.project.ProjectStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The monthly bulletin (每月通报): a region's sub-regions ranked by start and completion rate against plan, and the
 * projects in the user's scope past their planned end and not yet completed.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Rankings {

    private final StatisticsService statistics;
    private final ProjectQueries projects;

    Rankings(StatisticsService statistics, ProjectQueries projects) {
        this.statistics = statistics;
        this.projects = projects;
    }

    /** The bulletin of a region's month. */
    public record Bulletin(List<FormRow> byStartRate, List<FormRow> byCompletionRate, List<ProjectRow> overdue) {
    }

    @Transactional(readOnly = true)
    public Bulletin bulletin(long regionId, YearMonth month) {
        StatisticsForm form = statistics.form(regionId, month);
        List<ProjectRow> overdue = projects.all(new ProjectFilter(null, null, null, regionId, null)).stream()
                .filter(p -> p.plannedEnd() != null && p.plannedEnd().isBefore(month.atEndOfMonth().plusDays(1))
                        && p.status().ordinal() < ProjectStatus.COMPLETED.ordinal())
                .sorted(Comparator.comparing(ProjectRow::plannedEnd)).toList();
        return new Bulletin(ranked(form.rows(), FormRow::startRateAgainstPlan),
                ranked(form.rows(), FormRow::completionRateAgainstPlan), overdue);
    }

    /** Highest rate first; rows without a plan (no rate) last, by name. */
    static List<FormRow> ranked(List<FormRow> rows, Function<FormRow, BigDecimal> rate) {
        return rows.stream().sorted(Comparator.comparing(rate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(FormRow::name)).toList();
    }
}
