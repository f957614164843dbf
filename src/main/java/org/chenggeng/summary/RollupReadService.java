package org.chenggeng.summary;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectHeader;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.chenggeng.work.WorkItemStates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Dashboard figures for the projects a filter matches, summed from the summary tables where the filter allows it:
 * projects grouped by home region, year and status. A project whose compounds reach beyond the region asked for (it
 * touches the region but is summed above it), and every project where the tables cannot answer (a text or pilot
 * filter, a project manager's own projects), is counted from its items instead. Either way the figures are the same.
 * Reporting reads the summaries here only; every method applies the user's scope before it asks
 * {@link RollupQueries}, which trusts the ids it is given.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RollupReadService {

    private final RollupQueries queries;
    private final RegionService regions;
    private final ProjectQueries projects;
    private final CurrentUser currentUser;

    RollupReadService(RollupQueries queries, RegionService regions, ProjectQueries projects,
                      CurrentUser currentUser) {
        this.queries = queries;
        this.regions = regions;
        this.projects = projects;
        this.currentUser = currentUser;
    }

    /** A work type's items, plan and completion to date. */
    public record TypeTotal(long typeId, int items, BigDecimal planned, BigDecimal completed) {
    }

    /**
     * A month's increments: items with entries in it, items whose plan runs through it, and the sums of the items'
     * capped completion shares and planned shares added in it.
     */
    public record MonthTotal(YearMonth month, int itemMonths, int plannedItems, BigDecimal actual, BigDecimal plan) {
    }

    /** A community's projects and the sum of their completions (percent, one decimal each). */
    public record CommunityTotal(long communityId, int projects, BigDecimal completionSum) {

        public BigDecimal meanCompletion() {
            return completionSum.divide(BigDecimal.valueOf(projects), 1, java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * What the dashboard draws: the matching projects (their ids, how many per status, and the statuses of the
     * projects renewing each compound), their active items (and those with planned dates), per work type, per month
     * and per community. {@code counted} are the matching projects whose figures were counted from their items
     * rather than read from the tables (those summed above the region asked for, or all where the tables cannot
     * answer), so that {@link InvestmentReadService#totals(Slice, ProjectFilter, YearMonth, YearMonth)} counts the
     * same projects' money from the ledger without asking for the projects again.
     */
    public record Slice(Set<Long> projectIds, Map<ProjectStatus, Integer> byStatus,
                        Map<Long, Set<ProjectStatus>> compounds, int items, int planItems, List<TypeTotal> types,
                        List<MonthTotal> months, List<CommunityTotal> communities, Set<Long> counted) {
    }

    /** The matching projects: id, status and compounds, from wherever they were found. */
    private record Matched(Set<Long> ids, Map<ProjectStatus, Integer> byStatus,
                           Map<Long, Set<ProjectStatus>> compounds) {

        Matched() {
            this(new TreeSet<>(), new EnumMap<>(ProjectStatus.class), new TreeMap<>());
        }

        void add(long project, ProjectStatus status, Long compound) {
            if (ids.add(project)) {
                byStatus.merge(status, 1, Integer::sum);
            }
            if (compound != null) {
                compounds.computeIfAbsent(compound, k -> EnumSet.noneOf(ProjectStatus.class)).add(status);
            }
        }
    }

    /** Where the tables can answer: the projects summed within a region's subtree (all regions for {@code null}). */
    record Reach(boolean tables, Long region) {
    }

    /**
     * The figures of the projects in the user's scope that match the filter. Projects summed within the region asked
     * for (or the user's own) are read from the summary tables; those that touch it from above, and all of them where
     * the tables cannot answer, are counted from their items. Which projects match (and their compounds) the project
     * module says, with the user's scope applied.
     */
    @Transactional(readOnly = true)
    public Slice slice(ProjectFilter filter) {
        Reach reach = reach(filter, currentUser.require());
        Matched matched = matched(filter);
        if (!reach.tables()) {
            return collapse(matched, queries.counted(matched.ids()), matched.ids());
        }
        RollupDelta sum = queries.summed(RollupQueries.where(reach.region() == null ? queries.roots()
                : Set.of(reach.region()), filter.year(), filter.status()));
        Set<Long> counted = Set.of();
        if (reach.region() != null) {
            Set<Long> above = new TreeSet<>(regions.ancestorIds(List.of(reach.region())));
            above.remove(reach.region());
            if (!above.isEmpty()) {
                counted = queries.summedIn(RollupQueries.where(above, filter.year(), filter.status()), matched.ids());
                sum.add(queries.counted(counted));
            }
        }
        return collapse(matched, sum, counted);
    }

    /** A project behind a figure, with the quantities of the figure where it has them, and its completion. */
    public record ProjectFigure(ProjectHeader project, BigDecimal planned, BigDecimal completed,
                                BigDecimal completion) {
    }

    /**
     * The projects in the user's scope that match the filter and have active items of the work type, with their
     * plan and completion of that type, in the project list's order.
     */
    @Transactional(readOnly = true)
    public List<ProjectFigure> withType(ProjectFilter filter, long typeId) {
        List<ProjectHeader> headers = inScope(filter);
        Map<Long, WorkItemStates.TypeTotal> totals = queries.withType(ids(headers), typeId);
        Map<Long, BigDecimal> completions = queries.completions(totals.keySet());
        return headers.stream().filter(p -> totals.containsKey(p.id()))
                .map(p -> new ProjectFigure(p, totals.get(p.id()).planned(), totals.get(p.id()).completed(),
                        completions.getOrDefault(p.id(), BigDecimal.ZERO))).toList();
    }

    /** The projects in the user's scope that match the filter and have progress logged in the month. */
    @Transactional(readOnly = true)
    public List<ProjectFigure> activeIn(ProjectFilter filter, YearMonth month) {
        List<ProjectHeader> headers = inScope(filter);
        Set<Long> active = queries.activeIn(ids(headers), month);
        Map<Long, BigDecimal> completions = queries.completions(active);
        return headers.stream().filter(p -> active.contains(p.id()))
                .map(p -> new ProjectFigure(p, null, null, completions.getOrDefault(p.id(), BigDecimal.ZERO)))
                .toList();
    }

    /**
     * The scope check of the project-by-project reads: the projects the signed-in user may see that match the
     * filter, as the project module's rule ({@code ProjectScope}, for {@link CurrentUser}) gives them. The one place
     * to change when the scope rules become one.
     */
    private List<ProjectHeader> inScope(ProjectFilter filter) {
        return projects.headers(filter);
    }

    private static List<Long> ids(List<ProjectHeader> headers) {
        return headers.stream().map(ProjectHeader::id).toList();
    }

    /** The matching projects in the user's scope, with their statuses and compounds. */
    private Matched matched(ProjectFilter filter) {
        Matched matched = new Matched();
        projects.links(filter).forEach(l -> matched.add(l.projectId(), l.status(), l.compoundId()));
        return matched;
    }

    /** The projects' figures counted from their items, never from the summary tables (for checking those). */
    Slice countedSlice(ProjectFilter filter) {
        Matched matched = matched(filter);
        return collapse(matched, queries.counted(matched.ids()), matched.ids());
    }

    /** Where the summary tables can answer for the filter and user: a region within the user's scope, or nowhere. */
    Reach reach(ProjectFilter f, Actor actor) {
        if ((f.text() != null && !f.text().isBlank()) || f.pilot() != null || actor.is(Role.PROJECT_MANAGER)) {
            return new Reach(false, null);
        }
        if (actor.isAdmin()) {
            return new Reach(true, f.communityId());
        }
        Long own = actor.regionId();
        Long asked = f.communityId();
        if (own == null) {
            return new Reach(false, null);
        }
        if (asked == null || asked.equals(own) || regions.subtreeIds(own).contains(asked)) {
            return new Reach(true, asked == null ? own : asked);
        }
        if (regions.subtreeIds(asked).contains(own)) {
            return new Reach(true, own);
        }
        return new Reach(false, null);
    }

    /** Sums a delta's rows over its cells. */
    private static Slice collapse(Matched matched, RollupDelta d, Set<Long> counted) {
        int items = 0;
        int planItems = 0;
        for (RollupDelta.CellFigures c : d.cells.values()) {
            items += c.items();
            planItems += c.planItems();
        }
        Map<Long, RollupDelta.TypeFigures> types = new TreeMap<>();
        d.types.forEach((k, v) -> types.merge(k.typeId(), v, RollupDelta.TypeFigures::plus));
        SortedMap<Integer, RollupDelta.MonthFigures> months = new TreeMap<>();
        d.months.forEach((k, v) -> months.merge(k.month(), v, RollupDelta.MonthFigures::plus));
        Map<Long, RollupDelta.CommunityFigures> communities = new TreeMap<>();
        d.communities.forEach((k, v) -> communities.merge(k.communityId(), v, RollupDelta.CommunityFigures::plus));
        return new Slice(matched.ids(), matched.byStatus(), matched.compounds(), items, planItems,
                types.entrySet().stream().filter(e -> e.getValue().items() > 0)
                        .map(e -> new TypeTotal(e.getKey(), e.getValue().items(), e.getValue().planned(),
                                e.getValue().completed())).toList(),
                months.entrySet().stream().filter(e -> e.getValue().itemMonths() > 0 || e.getValue().plannedItems() > 0)
                        .map(e -> new MonthTotal(RollupMath.month(e.getKey()), e.getValue().itemMonths(),
                                e.getValue().plannedItems(), e.getValue().actual(), e.getValue().plan())).toList(),
                communities.entrySet().stream().filter(e -> e.getValue().projects() > 0)
                        .map(e -> new CommunityTotal(e.getKey(), e.getValue().projects(),
                                e.getValue().completionSum())).toList(), Set.copyOf(counted));
    }
}
