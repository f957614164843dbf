package org.chenggeng.summary;

import org.chenggeng.summary.RollupDelta.Cell;
import org.chenggeng.summary.RollupDelta.CellFigures;
import org.chenggeng.summary.RollupDelta.CommunityFigures;
import org.chenggeng.summary.RollupDelta.CommunityKey;
import org.chenggeng.summary.RollupDelta.MonthFigures;
import org.chenggeng.summary.RollupDelta.MonthKey;
import org.chenggeng.summary.RollupDelta.ProjectKey;
import org.chenggeng.summary.RollupDelta.Sums;
import org.chenggeng.summary.RollupDelta.TypeFigures;
import org.chenggeng.summary.RollupDelta.TypeKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link RollupDelta}'s rows (a project's months and the cells' rows) as increments ({@code set x = x + ?}),
 * which add up whatever order concurrent transactions commit in; a missing row is inserted, and if another
 * transaction inserted it first, incremented after all. Also writes freshly counted tables and reads them back whole,
 * for the rebuild and the check. The projects' own rows are {@link RollupStore}'s.
 */
@Component
class RollupRows {

    private final JdbcTemplate jdbc;

    RollupRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties one of the summary tables, before a rebuild. */
    void clear(String table) {
        if (!RollupStore.TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        jdbc.update("delete from " + table);
    }

    /**
     * Adds the delta's rows, in key order: the projects' months (rows of projects whose summary row the caller has
     * locked), then cells, work types, months and communities. The projects' summary rows are the caller's.
     */
    void apply(RollupDelta d) {
        d.projectMonths.forEach((k, n) -> {
            if (n != 0) {
                add("update project_month set item_months = item_months + ? where project_id = ? and month_index = ?",
                        new Object[]{n, k.projectId(), k.month()},
                        "insert into project_month (item_months, project_id, month_index) values (?, ?, ?)");
            }
        });
        d.cells.forEach((cell, f) -> {
            if (!f.isZero()) {
                add("update rollup_cell set items = items + ?, plan_items = plan_items + ? "
                                + "where region_id = ? and project_year = ? and status = ?",
                        new Object[]{f.items(), f.planItems(), cell.regionId(), cell.year(), cell.status()},
                        "insert into rollup_cell (items, plan_items, region_id, project_year, status) "
                                + "values (?, ?, ?, ?, ?)");
            }
        });
        d.types.forEach((k, f) -> {
            if (!f.isZero()) {
                add("update rollup_type set items = items + ?, planned = planned + ?, completed = completed + ? "
                                + "where region_id = ? and project_year = ? and status = ? and work_type_id = ?",
                        new Object[]{f.items(), f.planned(), f.completed(), k.cell().regionId(), k.cell().year(),
                                k.cell().status(), k.typeId()},
                        "insert into rollup_type (items, planned, completed, region_id, project_year, status, "
                                + "work_type_id) values (?, ?, ?, ?, ?, ?, ?)");
            }
        });
        d.months.forEach((k, f) -> {
            if (!f.isZero()) {
                add("update rollup_month set item_months = item_months + ?, planned_items = planned_items + ?, "
                                + "actual = actual + ?, plan = plan + ? "
                                + "where region_id = ? and project_year = ? and status = ? and month_index = ?",
                        new Object[]{f.itemMonths(), f.plannedItems(), f.actual(), f.plan(), k.cell().regionId(),
                                k.cell().year(), k.cell().status(), k.month()},
                        "insert into rollup_month (item_months, planned_items, actual, plan, region_id, "
                                + "project_year, status, month_index) values (?, ?, ?, ?, ?, ?, ?, ?)");
            }
        });
        d.communities.forEach((k, f) -> {
            if (!f.isZero()) {
                add("update rollup_community set projects = projects + ?, completion_sum = completion_sum + ? "
                                + "where region_id = ? and project_year = ? and status = ? and community_id = ?",
                        new Object[]{f.projects(), f.completionSum(), k.cell().regionId(), k.cell().year(),
                                k.cell().status(), k.communityId()},
                        "insert into rollup_community (projects, completion_sum, region_id, project_year, status, "
                                + "community_id) values (?, ?, ?, ?, ?, ?)");
            }
        });
    }

    /** Writes freshly counted tables, which must be empty: the projects' rows and the delta's cell rows. */
    void insert(List<ProjectKey> keys, RollupDelta d) {
        jdbc.batchUpdate("insert into project_rollup (region_id, region_path, project_year, status, planned_start, "
                + "planned_end, community_ids, items, budgeted, ratio_sum, budget_sum, weighted_sum, project_id) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", keys.stream().map(key -> {
            Sums sums = d.projects.getOrDefault(key.projectId(), Sums.ZERO);
            return new Object[]{key.cell().regionId(), RollupStore.path(key), key.cell().year(), key.cell().status(),
                    RollupStore.date(key.plannedStart()), RollupStore.date(key.plannedEnd()), key.communityIds().stream().map(String::valueOf)
                    .collect(Collectors.joining(",")), sums.items(), sums.budgeted(), sums.ratioSum(),
                    sums.budgetSum(), sums.weightedSum(), key.projectId()};
        }).toList());
        jdbc.batchUpdate("insert into project_month (item_months, project_id, month_index) values (?, ?, ?)",
                d.projectMonths.entrySet().stream().filter(e -> e.getValue() != 0).map(e -> new Object[]{
                        e.getValue(), e.getKey().projectId(), e.getKey().month()}).toList());
        jdbc.batchUpdate("insert into rollup_cell (items, plan_items, region_id, project_year, status) "
                + "values (?, ?, ?, ?, ?)", d.cells.entrySet().stream().filter(e -> !e.getValue().isZero())
                .map(e -> new Object[]{e.getValue().items(), e.getValue().planItems(), e.getKey().regionId(),
                        e.getKey().year(), e.getKey().status()}).toList());
        jdbc.batchUpdate("insert into rollup_type (items, planned, completed, region_id, project_year, status, "
                + "work_type_id) values (?, ?, ?, ?, ?, ?, ?)", d.types.entrySet().stream()
                .filter(e -> !e.getValue().isZero()).map(e -> new Object[]{e.getValue().items(),
                        e.getValue().planned(), e.getValue().completed(), e.getKey().cell().regionId(),
                        e.getKey().cell().year(), e.getKey().cell().status(), e.getKey().typeId()}).toList());
        jdbc.batchUpdate("insert into rollup_month (item_months, planned_items, actual, plan, region_id, project_year, "
                + "status, month_index) values (?, ?, ?, ?, ?, ?, ?, ?)", d.months.entrySet().stream()
                .filter(e -> !e.getValue().isZero()).map(e -> new Object[]{e.getValue().itemMonths(),
                        e.getValue().plannedItems(), e.getValue().actual(), e.getValue().plan(),
                        e.getKey().cell().regionId(), e.getKey().cell().year(), e.getKey().cell().status(),
                        e.getKey().month()}).toList());
        jdbc.batchUpdate("insert into rollup_community (projects, completion_sum, region_id, project_year, status, "
                + "community_id) values (?, ?, ?, ?, ?, ?)", d.communities.entrySet().stream()
                .filter(e -> !e.getValue().isZero()).map(e -> new Object[]{e.getValue().projects(),
                        e.getValue().completionSum(), e.getKey().cell().regionId(), e.getKey().cell().year(),
                        e.getKey().cell().status(), e.getKey().communityId()}).toList());
    }

    /** Inserts projects' months in one batch: projects just counted afresh, whose months have no rows yet. */
    void insertMonths(java.util.Map<RollupDelta.ProjectMonth, Integer> months) {
        jdbc.batchUpdate("insert into project_month (item_months, project_id, month_index) values (?, ?, ?)",
                months.entrySet().stream().filter(e -> e.getValue() != 0).map(e -> new Object[]{
                        e.getValue(), e.getKey().projectId(), e.getKey().month()}).toList());
    }

    /** What the cell tables hold, as one delta (for checking them against the ledger). */
    RollupDelta stored() {
        RollupDelta d = new RollupDelta();
        jdbc.query("select region_id, project_year, status, items, plan_items from rollup_cell", rs -> {
            d.cells.put(cell(rs), new CellFigures(rs.getInt(4), rs.getInt(5)));
        });
        jdbc.query("select region_id, project_year, status, work_type_id, items, planned, completed from rollup_type",
                rs -> {
                    d.types.put(new TypeKey(cell(rs), rs.getLong(4)), new TypeFigures(rs.getInt(5),
                            rs.getBigDecimal(6), rs.getBigDecimal(7)));
                });
        jdbc.query("select region_id, project_year, status, month_index, item_months, planned_items, actual, plan "
                + "from rollup_month", rs -> {
            d.months.put(new MonthKey(cell(rs), rs.getInt(4)), new MonthFigures(rs.getInt(5), rs.getInt(6),
                    rs.getBigDecimal(7), rs.getBigDecimal(8)));
        });
        jdbc.query("select region_id, project_year, status, community_id, projects, completion_sum "
                + "from rollup_community", rs -> {
            d.communities.put(new CommunityKey(cell(rs), rs.getLong(4)), new CommunityFigures(rs.getInt(5),
                    rs.getBigDecimal(6)));
        });
        jdbc.query("select project_id, month_index, item_months from project_month", rs -> {
            d.projectMonths.put(new RollupDelta.ProjectMonth(rs.getLong(1), rs.getInt(2)), rs.getInt(3));
        });
        jdbc.query("select project_id, items, budgeted, ratio_sum, budget_sum, weighted_sum from project_rollup",
                rs -> {
                    d.projects.put(rs.getLong(1), new Sums(rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6)));
                });
        return d;
    }

    private static Cell cell(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Cell(rs.getLong(1), rs.getInt(2), rs.getString(3));
    }

    /** Increments a row; inserts it when it is not there, and increments after all if another writer inserted it. */
    void add(String update, Object[] args, String insert) {
        if (jdbc.update(update, args) == 0) {
            try {
                jdbc.update(insert, args);
            } catch (DuplicateKeyException e) {
                jdbc.update(update, args);
            }
        }
    }
}
