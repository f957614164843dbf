package org.chenggeng.work;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectService.ProjectLink;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.chenggeng.work.RollupDelta.ItemState;
import org.chenggeng.work.RollupDelta.ProjectKey;
import org.chenggeng.work.RollupDelta.Sums;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Dashboard figures for the projects a filter matches, summed from the summary tables where the filter allows it:
 * projects grouped by home region, year and status. A project whose compounds reach beyond the region asked for (it
 * touches the region but is summed above it), and every project where the tables cannot answer (a text or pilot
 * filter, a project manager's own projects), is counted from its items instead. Either way the figures are the same.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RollupReadService {

    private final JdbcTemplate jdbc;
    private final RollupStore store;
    private final RegionService regions;
    private final CompoundService compounds;
    private final CurrentUser currentUser;

    RollupReadService(JdbcTemplate jdbc, RollupStore store, RegionService regions, CompoundService compounds,
                      CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.store = store;
        this.regions = regions;
        this.compounds = compounds;
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

    /** What the dashboard draws: active items (and those with planned dates), per type, per month, per community. */
    public record Slice(int items, int planItems, List<TypeTotal> types, List<MonthTotal> months,
                        List<CommunityTotal> communities) {
    }

    /** Where the tables can answer: the projects summed within a region's subtree (all regions for {@code null}). */
    private record Reach(boolean tables, Long region) {
    }

    /**
     * The figures of the projects in {@code links}, which must come from {@code ProjectService.links(filter)} for
     * the same user and filter (that applied the scope).
     */
    @Transactional(readOnly = true)
    public Slice slice(ProjectFilter filter, List<ProjectLink> links) {
        Reach reach = reach(filter, currentUser.require());
        Set<Long> projectIds = new TreeSet<>();
        links.forEach(l -> projectIds.add(l.projectId()));
        if (!reach.tables()) {
            return collapse(counted(projectIds));
        }
        Set<Long> within = reach.region() == null ? null : regions.subtreeIds(reach.region());
        RollupDelta sum = within != null && within.isEmpty() ? new RollupDelta()
                : summed(within, filter.year(), filter.status());
        if (within != null) {
            Map<Long, Long> communityOf = compounds.communityOf(links.stream().map(ProjectLink::compoundId)
                    .filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
            Set<Long> beyond = new TreeSet<>();
            for (ProjectLink l : links) {
                if (l.compoundId() != null && !within.contains(communityOf.get(l.compoundId()))) {
                    beyond.add(l.projectId());
                }
            }
            merge(sum, counted(beyond));
        }
        return collapse(sum);
    }

    /** The projects' figures counted from their items, never from the summary tables (for checking those). */
    Slice countedSlice(Collection<Long> projectIds) {
        return collapse(counted(new TreeSet<>(projectIds)));
    }

    private Reach reach(ProjectFilter f, Actor actor) {
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

    /** The cell rows within the regions ({@code null}: all), year and status, read as one delta. */
    private RollupDelta summed(Set<Long> regionIds, Integer year, ProjectStatus status) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (regionIds != null) {
            where.append(" and region_id in (").append(RollupStore.marks(regionIds)).append(")");
            args.addAll(regionIds);
        }
        if (year != null) {
            where.append(" and project_year = ?");
            args.add(year);
        }
        if (status != null) {
            where.append(" and status = ?");
            args.add(status.name());
        }
        Object[] a = args.toArray();
        RollupDelta.Cell all = new RollupDelta.Cell(0, 0, "");
        RollupDelta d = new RollupDelta();
        jdbc.query("select sum(items), sum(plan_items) from rollup_cell" + where, rs -> {
            d.cells.put(all, new RollupDelta.CellFigures(rs.getInt(1), rs.getInt(2)));
        }, a);
        jdbc.query("select work_type_id, sum(items), sum(planned), sum(completed) from rollup_type" + where
                + " group by work_type_id", rs -> {
            d.types.put(new RollupDelta.TypeKey(all, rs.getLong(1)), new RollupDelta.TypeFigures(rs.getInt(2),
                    rs.getBigDecimal(3), rs.getBigDecimal(4)));
        }, a);
        jdbc.query("select month_index, sum(item_months), sum(planned_items), sum(actual), sum(plan) from rollup_month"
                + where + " group by month_index", rs -> {
            d.months.put(new RollupDelta.MonthKey(all, rs.getInt(1)), new RollupDelta.MonthFigures(rs.getInt(2),
                    rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
        }, a);
        jdbc.query("select community_id, sum(projects), sum(completion_sum) from rollup_community" + where
                + " group by community_id", rs -> {
            d.communities.put(new RollupDelta.CommunityKey(all, rs.getLong(1)), new RollupDelta.CommunityFigures(
                    rs.getInt(2), rs.getBigDecimal(3)));
        }, a);
        return d;
    }

    /** The projects counted from their items and monthly sums, as the tables would hold them. */
    private RollupDelta counted(Collection<Long> projectIds) {
        RollupDelta d = new RollupDelta();
        if (projectIds.isEmpty()) {
            return d;
        }
        Map<Long, ProjectKey> keys = store.keys(projectIds, store.regionParents());
        for (ItemState item : store.items(projectIds, false)) {
            d.addItem(keys.get(item.projectId()), item, 1);
        }
        keys.values().forEach(k -> d.addProject(k, d.projects.getOrDefault(k.projectId(), Sums.ZERO).completion(),
                1));
        return d;
    }

    private static void merge(RollupDelta into, RollupDelta from) {
        from.cells.forEach((k, v) -> into.cells.merge(k, v, RollupDelta.CellFigures::plus));
        from.types.forEach((k, v) -> into.types.merge(k, v, RollupDelta.TypeFigures::plus));
        from.months.forEach((k, v) -> into.months.merge(k, v, RollupDelta.MonthFigures::plus));
        from.communities.forEach((k, v) -> into.communities.merge(k, v, RollupDelta.CommunityFigures::plus));
    }

    /** Sums a delta's rows over its cells. */
    private static Slice collapse(RollupDelta d) {
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
        return new Slice(items, planItems,
                types.entrySet().stream().filter(e -> e.getValue().items() > 0)
                        .map(e -> new TypeTotal(e.getKey(), e.getValue().items(), e.getValue().planned(),
                                e.getValue().completed())).toList(),
                months.entrySet().stream().filter(e -> e.getValue().itemMonths() > 0 || e.getValue().plannedItems() > 0)
                        .map(e -> new MonthTotal(RollupMath.month(e.getKey()), e.getValue().itemMonths(),
                                e.getValue().plannedItems(), e.getValue().actual(), e.getValue().plan())).toList(),
                communities.entrySet().stream().filter(e -> e.getValue().projects() > 0)
                        .map(e -> new CommunityTotal(e.getKey(), e.getValue().projects(),
                                e.getValue().completionSum())).toList());
    }
}
