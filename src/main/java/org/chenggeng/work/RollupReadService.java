package org.chenggeng.work;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectService;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.chenggeng.work.RollupDelta.ItemState;
import org.chenggeng.work.RollupDelta.ProjectKey;
import org.chenggeng.work.RollupDelta.Sums;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RollupReadService {

    private final JdbcTemplate jdbc;
    private final RollupStore store;
    private final RegionService regions;
    private final ProjectService projects;
    private final CurrentUser currentUser;

    RollupReadService(JdbcTemplate jdbc, RollupStore store, RegionService regions, ProjectService projects,
                      CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.store = store;
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
     * and per community.
     */
    public record Slice(Set<Long> projectIds, Map<ProjectStatus, Integer> byStatus,
                        Map<Long, Set<ProjectStatus>> compounds, int items, int planItems, List<TypeTotal> types,
                        List<MonthTotal> months, List<CommunityTotal> communities) {
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
    private record Reach(boolean tables, Long region) {
    }

    /**
     * The figures of the projects in the user's scope that match the filter. Projects summed within the region asked
     * for (or the user's own) are read from the summary tables; those that touch it from above, and all of them where
     * the tables cannot answer, are counted from their items.
     */
    @Transactional(readOnly = true)
    public Slice slice(ProjectFilter filter) {
        Reach reach = reach(filter, currentUser.require());
        Matched matched = new Matched();
        if (!reach.tables()) {
            projects.links(filter).forEach(l -> matched.add(l.projectId(), l.status(), l.compoundId()));
            return collapse(matched, counted(matched.ids()));
        }
        Set<Long> within = reach.region() == null ? null : regions.subtreeIds(reach.region());
        Where where = where(within, filter.year(), filter.status());
        jdbc.query("select r.project_id, r.status, pc.compound_id from project_rollup r left join project_compound pc "
                + "on pc.project_id = r.project_id" + where.sql("r."), rs -> {
            long compound = rs.getLong(3);
            Long compoundId = rs.wasNull() ? null : compound;
            matched.add(rs.getLong(1), ProjectStatus.valueOf(rs.getString(2)), compoundId);
        }, where.args());
        RollupDelta sum = summed(where(reach.region() == null ? roots() : Set.of(reach.region()), filter.year(),
                filter.status()));
        if (within != null) {
            Set<Long> above = new TreeSet<>(regions.ancestorIds(List.of(reach.region())));
            above.remove(reach.region());
            Set<Long> reaching = reachingDown(above, within, filter.year(), filter.status(), matched);
            sum.add(counted(reaching));
        }
        return collapse(matched, sum);
    }

    /**
     * Projects summed in a region above the one asked for, whose compounds reach down into it: added to the matched
     * projects with all their compounds, and returned to be counted from their items.
     */
    private Set<Long> reachingDown(Set<Long> above, Set<Long> within, Integer year, ProjectStatus status,
                                   Matched matched) {
        if (above.isEmpty()) {
            return Set.of();
        }
        Where where = where(above, year, status);
        List<Object> args = new ArrayList<>(List.of(where.args()));
        args.addAll(within);
        Map<Long, ProjectStatus> found = new TreeMap<>();
        jdbc.query("select r.project_id, r.status from project_rollup r" + where.sql("r.") + " and exists (select 1 "
                + "from project_compound pc join compound c on c.id = pc.compound_id where pc.project_id = r.project_id "
                + "and c.community_id in (" + RollupStore.marks(within) + "))", rs -> {
            found.put(rs.getLong(1), ProjectStatus.valueOf(rs.getString(2)));
        }, args.toArray());
        for (List<Long> chunk : RollupStore.chunks(found.keySet())) {
            jdbc.query("select project_id, compound_id from project_compound where project_id in ("
                    + RollupStore.marks(chunk) + ")", rs -> {
                matched.add(rs.getLong(1), found.get(rs.getLong(1)), rs.getLong(2));
            }, chunk.toArray());
        }
        return found.keySet();
    }

    /** A project's active items of one work type: how many, planned and completed to date. */
    public record ProjectTypeTotal(long projectId, int items, BigDecimal planned, BigDecimal completed) {
    }

    /**
     * The given projects' active items of a work type, per project (projects without any left out). The projects
     * must come from {@code ProjectService} for the same user, which applied the scope.
     */
    @Transactional(readOnly = true)
    public Map<Long, ProjectTypeTotal> withType(Collection<Long> projectIds, long typeId) {
        Set<Long> wanted = Set.copyOf(projectIds);
        Map<Long, ProjectTypeTotal> result = new TreeMap<>();
        RowCallbackHandler row = rs -> result.put(rs.getLong(1), new ProjectTypeTotal(rs.getLong(1), rs.getInt(2),
                rs.getBigDecimal(3), rs.getBigDecimal(4)));
        forProjects(wanted, "select project_id, count(*), sum(planned_quantity), sum(completed_quantity) "
                + "from work_item where work_type_id = ? and retired = false", " group by project_id", row, typeId);
        return result;
    }

    /** The given projects (from {@code ProjectService} for the same user) with entries in the month. */
    @Transactional(readOnly = true)
    public Set<Long> activeIn(Collection<Long> projectIds, YearMonth month) {
        Set<Long> wanted = Set.copyOf(projectIds);
        Set<Long> result = new TreeSet<>();
        RowCallbackHandler row = rs -> result.add(rs.getLong(1));
        forProjects(wanted, "select project_id from project_month where month_index = ? and item_months > 0", "",
                row, RollupMath.index(month));
        return result;
    }

    /** The given projects' completion as DESIGN.md defines it (percent, one decimal), from their stored sums. */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> completions(Collection<Long> projectIds) {
        Set<Long> wanted = Set.copyOf(projectIds);
        Map<Long, BigDecimal> result = new TreeMap<>();
        RowCallbackHandler row = rs -> result.put(rs.getLong(1), new Sums(rs.getInt(2), rs.getInt(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)).completion());
        forProjects(wanted, "select project_id, items, budgeted, ratio_sum, budget_sum, weighted_sum "
                + "from project_rollup where 1 = 1", "", row);
        return result;
    }

    /**
     * Runs a query (with {@code arguments} for its parameters) for the wanted projects: over every project when they
     * are many (one scan costs less than thousands of ids), else for their ids only; {@code row} skips the others.
     */
    private void forProjects(Set<Long> wanted, String select, String groupBy, RowCallbackHandler each,
                             Object... arguments) {
        RowCallbackHandler row = rs -> {
            if (wanted.contains(rs.getLong(1))) {
                each.processRow(rs);
            }
        };
        if (wanted.size() > 2_000) {
            jdbc.query(select + groupBy, row, arguments);
            return;
        }
        for (List<Long> chunk : RollupStore.chunks(wanted)) {
            List<Object> args = new ArrayList<>(List.of(arguments));
            args.addAll(chunk);
            jdbc.query(select + " and project_id in (" + RollupStore.marks(chunk) + ")" + groupBy, row,
                    args.toArray());
        }
    }

    /** The projects' figures counted from their items, never from the summary tables (for checking those). */
    Slice countedSlice(ProjectFilter filter) {
        Matched matched = new Matched();
        projects.links(filter).forEach(l -> matched.add(l.projectId(), l.status(), l.compoundId()));
        return collapse(matched, counted(matched.ids()));
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

    /** Cells within the regions ({@code null}: all), of the year and the status where given. */
    private record Where(String clause, Object[] args) {

        String sql(String prefix) {
            return " where 1 = 1" + clause.replace("#", prefix);
        }
    }

    private static Where where(Set<Long> regionIds, Integer year, ProjectStatus status) {
        List<Object> args = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        if (regionIds != null) {
            clause.append(" and #region_id in (").append(RollupStore.marks(regionIds)).append(")");
            args.addAll(regionIds);
        }
        if (year != null) {
            clause.append(" and #project_year = ?");
            args.add(year);
        }
        if (status != null) {
            clause.append(" and #status = ?");
            args.add(status.name());
        }
        return new Where(clause.toString(), args.toArray());
    }

    /** The cell rows of the cells, summed, as one delta. */
    private RollupDelta summed(Where cells) {
        String where = cells.sql("");
        Object[] a = cells.args();
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

    /** The top regions (and 0, where projects without compounds are summed): all projects are summed in these. */
    private Set<Long> roots() {
        Set<Long> roots = new TreeSet<>(jdbc.queryForList("select id from region where parent_id is null", Long.class));
        roots.add(0L);
        return roots;
    }

    /** The projects counted from their items and monthly sums, each in its home cell only. */
    private RollupDelta counted(Collection<Long> projectIds) {
        RollupDelta d = new RollupDelta();
        if (projectIds.isEmpty()) {
            return d;
        }
        Map<Long, ProjectKey> keys = new HashMap<>();
        store.keys(projectIds, store.regionParents()).forEach((id, key) -> keys.put(id, key.homeOnly()));
        for (ItemState item : store.items(projectIds, false)) {
            d.addItem(keys.get(item.projectId()), item, 1);
        }
        keys.values().forEach(k -> d.addProject(k, d.projects.getOrDefault(k.projectId(), Sums.ZERO).completion(),
                1));
        return d;
    }

    /** Sums a delta's rows over its cells. */
    private static Slice collapse(Matched matched, RollupDelta d) {
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
                                e.getValue().completionSum())).toList());
    }
}
