package org.chenggeng.reporting;

import org.chenggeng.consultation.ConsultationReadService;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectService.ProjectRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.CompoundService.CompoundRow;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.ProgressReadService.ItemTotal;
import org.chenggeng.work.ProgressReadService.MonthTotal;
import org.chenggeng.work.WorkTypeData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    private final ScopeData scope;
    private final ReportService reports;
    private final ProgressReadService progress;
    private final CompoundService compounds;
    private final ConsultationReadService consultation;
    private final Clock clock;

    DashboardService(ScopeData scope, ReportService reports, ProgressReadService progress, CompoundService compounds,
                     ConsultationReadService consultation, Clock clock) {
        this.scope = scope;
        this.reports = reports;
        this.progress = progress;
        this.compounds = compounds;
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

    /** A community's projects and their mean completion (each project as DESIGN.md defines it). */
    public record CommunityCompletion(Long communityId, String name, int projects, BigDecimal completion) {
    }

    /** At the end of a month: cumulative completion, and what the plan foresaw ({@code null} where no plan says). */
    public record CurvePoint(YearMonth month, BigDecimal actual, BigDecimal planned) {
    }

    public record Dashboard(Report.Headline headline, Map<ProjectStatus, Long> byStatus, List<TypeCompletion> byType,
                            List<CommunityCompletion> byCommunity, List<CurvePoint> curve,
                            ConsultationReadService.Figures consultation) {
    }

    /** A project behind a figure, with the quantity of the figure where it has one, and its completion. */
    public record ProjectDrill(Long id, String code, String name, ProjectStatus status, BigDecimal planned,
                               BigDecimal completed, BigDecimal completion) {
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(ProjectFilter filter) {
        ScopeData.Loaded data = scope.load(new ReportRequest(filter, null, Period.all(), false));
        Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            byStatus.put(s, data.projects().stream().filter(p -> p.status() == s).count());
        }
        List<TypeCompletion> byType = ReportService.byType(data).stream()
                .map(f -> new TypeCompletion(typeId(data, f.type()), f.type(), f.planned(), f.completed())).toList();
        return new Dashboard(reports.headline(data.projects()), byStatus, byType, byCommunity(data), curve(data),
                consultation.figures(data.projectIds()));
    }

    /** The projects behind a work type's bar, with their plan and completion of that type. */
    @Transactional(readOnly = true)
    public List<ProjectDrill> projectsWithType(ProjectFilter filter, long typeId) {
        ScopeData.Loaded data = scope.load(new ReportRequest(filter, null, Period.all(), false));
        Map<Long, List<ItemTotal>> byProject = data.itemsByProject();
        List<ProjectDrill> result = new ArrayList<>();
        for (ProjectRow p : data.projects()) {
            List<ItemTotal> own = byProject.getOrDefault(p.id(), List.of());
            List<ItemTotal> ofType = own.stream().filter(i -> i.workTypeId() == typeId).toList();
            if (!ofType.isEmpty()) {
                result.add(new ProjectDrill(p.id(), p.code(), p.name(), p.status(),
                        ofType.stream().map(ItemTotal::planned).reduce(BigDecimal.ZERO, BigDecimal::add),
                        ofType.stream().map(ItemTotal::completedToDate).reduce(BigDecimal.ZERO, BigDecimal::add),
                        ProgressReadService.completion(own)));
            }
        }
        return result;
    }

    /** The projects with progress logged in a month (the entries behind a point of the curve). */
    @Transactional(readOnly = true)
    public List<ProjectDrill> projectsActiveIn(ProjectFilter filter, YearMonth month) {
        ScopeData.Loaded data = scope.load(new ReportRequest(filter, null, Period.all(), false));
        Map<Long, ItemTotal> items = data.items().stream().collect(Collectors.toMap(ItemTotal::itemId,
                Function.identity()));
        Set<Long> active = progress.monthly(items.keySet()).stream().filter(m -> m.month().equals(month))
                .map(m -> items.get(m.itemId()).projectId()).collect(Collectors.toSet());
        Map<Long, List<ItemTotal>> byProject = data.itemsByProject();
        return data.projects().stream().filter(p -> active.contains(p.id()))
                .map(p -> new ProjectDrill(p.id(), p.code(), p.name(), p.status(), null, null,
                        ProgressReadService.completion(byProject.getOrDefault(p.id(), List.of())))).toList();
    }

    private static Long typeId(ScopeData.Loaded data, WorkTypeData type) {
        return data.catalogue().values().stream().filter(t -> t.data().code().equals(type.code())).findFirst()
                .orElseThrow().id();
    }

    private List<CommunityCompletion> byCommunity(ScopeData.Loaded data) {
        Map<Long, CompoundRow> compoundsById = compounds.byIds(data.projects().stream()
                        .flatMap(p -> p.compoundIds().stream()).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(CompoundRow::id, Function.identity()));
        Map<Long, List<ItemTotal>> byProject = data.itemsByProject();
        Map<Long, List<BigDecimal>> completions = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ProjectRow p : data.projects()) {
            BigDecimal completion = ProgressReadService.completion(byProject.getOrDefault(p.id(), List.of()));
            p.compoundIds().stream().map(compoundsById::get).filter(java.util.Objects::nonNull)
                    .map(c -> Map.entry(c.communityId(), c.communityName())).distinct().forEach(c -> {
                        completions.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(completion);
                        names.put(c.getKey(), c.getValue());
                    });
        }
        return completions.entrySet().stream().map(e -> new CommunityCompletion(e.getKey(), names.get(e.getKey()),
                        e.getValue().size(), e.getValue().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(e.getValue().size()), 1, RoundingMode.HALF_UP)))
                .sorted(Comparator.comparing(CommunityCompletion::completion).reversed()
                        .thenComparing(CommunityCompletion::name))
                .toList();
    }

    /**
     * The mean over all items in scope of completed/planned (each capped at 100 %) at the end of each month, and the
     * plan: for items of projects with planned dates, the share of the planned period elapsed by the month's end.
     */
    private List<CurvePoint> curve(ScopeData.Loaded data) {
        if (data.items().isEmpty()) {
            return List.of();
        }
        Map<Long, ProjectRow> projects = data.projects().stream()
                .collect(Collectors.toMap(ProjectRow::id, Function.identity()));
        TreeMap<YearMonth, Map<Long, BigDecimal>> sums = new TreeMap<>();
        for (MonthTotal m : progress.monthly(data.items().stream().map(ItemTotal::itemId).toList())) {
            sums.computeIfAbsent(m.month(), k -> new HashMap<>()).merge(m.itemId(), m.quantity(), BigDecimal::add);
        }
        YearMonth first = sums.isEmpty() ? null : sums.firstKey();
        YearMonth last = sums.isEmpty() ? null : sums.lastKey();
        for (ProjectRow p : data.projects()) {
            if (p.plannedStart() != null && p.plannedEnd() != null) {
                YearMonth s = YearMonth.from(p.plannedStart());
                YearMonth e = YearMonth.from(p.plannedEnd());
                first = first == null || s.isBefore(first) ? s : first;
                last = last == null || e.isAfter(last) ? e : last;
            }
        }
        if (first == null) {
            return List.of();
        }
        YearMonth now = YearMonth.now(clock);
        last = last.isAfter(now.plusMonths(12)) ? now.plusMonths(12) : last;
        Map<Long, BigDecimal> cumulative = new HashMap<>();
        List<CurvePoint> points = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            sums.getOrDefault(m, Map.of()).forEach((item, q) -> cumulative.merge(item, q, BigDecimal::add));
            BigDecimal actual = m.isAfter(now) ? null : mean(data.items().stream().map(i -> capped(
                    cumulative.getOrDefault(i.itemId(), BigDecimal.ZERO), i.planned())).toList());
            LocalDate end = m.atEndOfMonth();
            List<BigDecimal> plan = data.items().stream().map(i -> projects.get(i.projectId()))
                    .filter(p -> p.plannedStart() != null && p.plannedEnd() != null)
                    .map(p -> elapsed(p.plannedStart(), p.plannedEnd(), end)).toList();
            points.add(new CurvePoint(m, actual, plan.isEmpty() ? null : mean(plan)));
        }
        return points;
    }

    private static BigDecimal capped(BigDecimal completed, BigDecimal planned) {
        if (planned.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return completed.divide(planned, 6, RoundingMode.HALF_UP).min(BigDecimal.ONE).max(BigDecimal.ZERO);
    }

    private static BigDecimal elapsed(LocalDate start, LocalDate end, LocalDate at) {
        long total = Math.max(1, ChronoUnit.DAYS.between(start, end));
        long done = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, at)));
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(List<BigDecimal> ratios) {
        return ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(ratios.size()), 1, RoundingMode.HALF_UP);
    }
}
