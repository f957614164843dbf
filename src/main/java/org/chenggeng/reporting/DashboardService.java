package org.chenggeng.reporting;

import org.chenggeng.consultation.ConsultationReadService;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.RegionService;
import org.chenggeng.summary.RollupMath;
import org.chenggeng.summary.RollupReadService;
import org.chenggeng.work.WorkTypeData;
import org.chenggeng.work.WorkTypeService;
import org.chenggeng.work.WorkTypeService.WorkTypeRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The officials' dashboard figures for the projects in scope that match the filter, and what is behind each figure:
 * projects by status, completion by work type and by community, the cumulative completion per month against the
 * plan, and the consultation figures.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportService reports;
    private final RollupReadService rollups;
    private final WorkTypeService types;
    private final RegionService regions;
    private final ConsultationReadService consultation;
    private final Clock clock;

    private final DashboardMoney money;

    DashboardService(ReportService reports, RollupReadService rollups, WorkTypeService types,
                     RegionService regions, ConsultationReadService consultation, Clock clock, DashboardMoney money) {
        this.money = money;
        this.reports = reports;
        this.rollups = rollups;
        this.types = types;
        this.regions = regions;
        this.consultation = consultation;
        this.clock = clock;
    }

    /** Completion of one work type over the scope: planned and completed to date. */
    public record TypeCompletion(Long typeId, WorkTypeData type, BigDecimal planned, BigDecimal completed) {

        public BigDecimal percent() {
            return planned.signum() == 0 ? BigDecimal.ZERO
                    : completed.multiply(HUNDRED).divide(planned, 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * A community's projects and their mean completion, each project's weighted by budget where every item has one,
     * else the mean of its items' completed/planned ratios capped at 100 %.
     */
    public record CommunityCompletion(Long communityId, String name, int projects, BigDecimal completion) {
    }

    /** At the end of a month: cumulative completion, and what the plan foresaw ({@code null} where no plan says). */
    public record CurvePoint(YearMonth month, BigDecimal actual, BigDecimal planned) {
    }

    public record Dashboard(Report.Headline headline, Map<ProjectStatus, Long> byStatus, List<TypeCompletion> byType,
                            List<CommunityCompletion> byCommunity, List<CurvePoint> curve,
                            ConsultationReadService.Figures consultation, MoneyFigures money) {
    }

    /** A project behind a figure, with the quantity of the figure where it has one, and its completion. */
    public record ProjectDrill(Long id, String code, String name, ProjectStatus status, BigDecimal planned,
                               BigDecimal completed, BigDecimal completion) {
    }

    /**
     * The dashboard of the projects in scope that match the filter. Project counts come from one query over the
     * projects and their compounds; the work figures from the summary tables ({@link RollupReadService}).
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(ProjectFilter filter) {
        RollupReadService.Slice slice = rollups.slice(filter);
        Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            byStatus.put(s, (long) slice.byStatus().getOrDefault(s, 0));
        }
        Map<Long, WorkTypeRow> catalogue = types.all().stream()
                .collect(Collectors.toMap(WorkTypeRow::id, Function.identity()));
        List<TypeCompletion> byType = slice.types().stream()
                .map(t -> new TypeCompletion(t.typeId(), catalogue.get(t.typeId()).data(), t.planned(), t.completed()))
                .sorted(Comparator.comparing((TypeCompletion t) -> t.type().section())
                        .thenComparingInt(t -> t.type().sortOrder()).thenComparing(t -> t.type().code()))
                .toList();
        return new Dashboard(reports.headline(slice.byStatus(), slice.compounds()), byStatus, byType,
                byCommunity(slice), curve(slice), consultation.figures(slice.projectIds()),
                money.of(filter, slice));
    }

    /** The projects behind a work type's bar, with their plan and completion of that type. */
    @Transactional(readOnly = true)
    public List<ProjectDrill> projectsWithType(ProjectFilter filter, long typeId) {
        return rollups.withType(filter, typeId).stream().map(DashboardService::drill).toList();
    }

    /** The projects with progress logged in a month (the entries behind a point of the curve). */
    @Transactional(readOnly = true)
    public List<ProjectDrill> projectsActiveIn(ProjectFilter filter, YearMonth month) {
        return rollups.activeIn(filter, month).stream().map(DashboardService::drill).toList();
    }

    private static ProjectDrill drill(RollupReadService.ProjectFigure f) {
        return new ProjectDrill(f.project().id(), f.project().code(), f.project().name(), f.project().status(),
                f.planned(), f.completed(), f.completion());
    }

    private List<CommunityCompletion> byCommunity(RollupReadService.Slice slice) {
        Map<Long, String> names = new HashMap<>();
        regions.communities().forEach(r -> names.put(r.id(), r.name()));
        return slice.communities().stream()
                .map(c -> new CommunityCompletion(c.communityId(), names.getOrDefault(c.communityId(), ""),
                        c.projects(), c.meanCompletion()))
                .sorted(Comparator.comparing(CommunityCompletion::completion).reversed()
                        .thenComparing(CommunityCompletion::name))
                .toList();
    }

    /**
     * The mean over all items in scope of completed/planned (each capped at 100 %) at the end of each month, and the
     * plan: for items of projects with planned dates, the share of the planned period elapsed by the month's end.
     * From the months in which items have entries or planned work, to twelve months from now at the most.
     */
    private List<CurvePoint> curve(RollupReadService.Slice slice) {
        if (slice.items() == 0 || slice.months().isEmpty()) {
            return List.of();
        }
        YearMonth now = YearMonth.now(clock);
        YearMonth first = slice.months().getFirst().month();
        YearMonth last = slice.months().getLast().month();
        last = last.isAfter(now.plusMonths(12)) ? now.plusMonths(12) : last;
        Map<YearMonth, RollupReadService.MonthTotal> byMonth = new HashMap<>();
        slice.months().forEach(m -> byMonth.put(m.month(), m));
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal plan = BigDecimal.ZERO;
        List<CurvePoint> points = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            RollupReadService.MonthTotal t = byMonth.get(m);
            if (t != null) {
                actual = actual.add(t.actual());
                plan = plan.add(t.plan());
            }
            points.add(new CurvePoint(m, m.isAfter(now) ? null : RollupMath.percent(actual, slice.items()),
                    slice.planItems() == 0 ? null : RollupMath.percent(plan, slice.planItems())));
        }
        return points;
    }
}
