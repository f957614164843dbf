package org.chenggeng.summary;

import org.chenggeng.project.ProjectPlacements;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.RegionService;
import org.chenggeng.summary.RollupDelta.ProjectKey;
import org.chenggeng.summary.RollupDelta.Sums;
import org.chenggeng.work.ItemState;
import org.chenggeng.work.WorkItemStates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The queries behind {@link RollupReadService}, by region or by project id. They trust the ids they are given: only
 * the read service, which applies the user's scope first, calls them.
 */
@Component
class RollupQueries {

    private final JdbcTemplate jdbc;
    private final RegionService regions;
    private final ProjectPlacements placements;
    private final WorkItemStates items;

    RollupQueries(JdbcTemplate jdbc, RegionService regions, ProjectPlacements placements, WorkItemStates items) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.placements = placements;
        this.items = items;
    }

    /** Cells within the regions ({@code null}: all), of the year and the status where given. */
    record Where(String clause, Object[] args) {

        String sql(String prefix) {
            return " where 1 = 1" + clause.replace("#", prefix);
        }
    }

    static Where where(Set<Long> regionIds, Integer year, ProjectStatus status) {
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
    RollupDelta summed(Where cells) {
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

    /** Of the given projects, those summed in one of the cells (a region above the one asked for). */
    Set<Long> summedIn(Where cells, Set<Long> among) {
        Set<Long> found = new TreeSet<>();
        jdbc.query("select project_id from project_rollup" + cells.sql(""), rs -> {
            if (among.contains(rs.getLong(1))) {
                found.add(rs.getLong(1));
            }
        }, cells.args());
        return found;
    }

    /** The top regions (and 0, where projects without compounds are summed): all projects are summed in these. */
    Set<Long> roots() {
        Set<Long> roots = new TreeSet<>();
        regions.parents().forEach((id, parent) -> {
            if (parent == null) {
                roots.add(id);
            }
        });
        roots.add(0L);
        return roots;
    }

    /** The projects counted from their items and monthly sums, each in its home cell only. */
    RollupDelta counted(Collection<Long> projectIds) {
        RollupDelta d = new RollupDelta();
        if (projectIds.isEmpty()) {
            return d;
        }
        Map<Long, ProjectKey> keys = new HashMap<>();
        placements.of(projectIds).forEach((id, p) -> keys.put(id, ProjectKey.of(p).homeOnly()));
        for (ItemState item : items.of(projectIds, false)) {
            d.addItem(keys.get(item.projectId()), item, 1);
        }
        keys.values().forEach(k -> d.addProject(k, d.projects.getOrDefault(k.projectId(), Sums.ZERO).completion(),
                1));
        return d;
    }

    /** The projects' active items of a work type, per project (projects without any left out). */
    Map<Long, WorkItemStates.TypeTotal> withType(Collection<Long> projectIds, long typeId) {
        return items.withType(projectIds, typeId);
    }

    /** The projects with entries in the month. */
    Set<Long> activeIn(Collection<Long> projectIds, YearMonth month) {
        Set<Long> result = new TreeSet<>();
        forProjects(Set.copyOf(projectIds), "select project_id from project_month where month_index = ? "
                + "and item_months > 0", rs -> result.add(rs.getLong(1)), RollupMath.index(month));
        return result;
    }

    /** The projects' completion (percent, one decimal; see docs/decisions/0010), from their stored sums. */
    Map<Long, BigDecimal> completions(Collection<Long> projectIds) {
        Map<Long, BigDecimal> result = new TreeMap<>();
        forProjects(Set.copyOf(projectIds), "select project_id, items, budgeted, ratio_sum, budget_sum, weighted_sum "
                + "from project_rollup where 1 = 1", rs -> result.put(rs.getLong(1), new Sums(rs.getInt(2),
                rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)).completion()));
        return result;
    }

    /**
     * Runs a query (with {@code arguments} for its parameters) for the wanted projects: over every project when they
     * are many (one scan costs less than thousands of ids), else for their ids only; {@code row} skips the others.
     */
    private void forProjects(Set<Long> wanted, String select, RowCallbackHandler each, Object... arguments) {
        RowCallbackHandler row = rs -> {
            if (wanted.contains(rs.getLong(1))) {
                each.processRow(rs);
            }
        };
        if (wanted.size() > 2_000) {
            jdbc.query(select, row, arguments);
            return;
        }
        for (List<Long> chunk : RollupStore.chunks(wanted)) {
            List<Object> args = new ArrayList<>(List.of(arguments));
            args.addAll(chunk);
            jdbc.query(select + " and project_id in (" + RollupStore.marks(chunk) + ")", row, args.toArray());
        }
    }
}
