package org.chenggeng.work;

import org.chenggeng.work.RollupDelta.Cell;
import org.chenggeng.work.RollupDelta.CellFigures;
import org.chenggeng.work.RollupDelta.CommunityFigures;
import org.chenggeng.work.RollupDelta.CommunityKey;
import org.chenggeng.work.RollupDelta.ItemState;
import org.chenggeng.work.RollupDelta.MonthFigures;
import org.chenggeng.work.RollupDelta.MonthKey;
import org.chenggeng.work.RollupDelta.ProjectKey;
import org.chenggeng.work.RollupDelta.Sums;
import org.chenggeng.work.RollupDelta.TypeFigures;
import org.chenggeng.work.RollupDelta.TypeKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads and writes the summary tables with plain JDBC: they are sums, not entities. Rows change by increments
 * ({@code set x = x + ?}), which add up whatever order concurrent transactions commit in; a missing row is inserted,
 * and if another transaction inserted it first, incremented after all. Project, compound and region rows are read here
 * too (what a project's cell is), because the summaries are written inside other modules' transactions.
 */
@Component
class RollupStore {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    RollupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A project's stored row: where it is summed and its completion sums. */
    record Stored(ProjectKey key, Sums sums) {
    }

    /** The project's summary row, locked for the rest of the transaction, so that its sums change one writer at a time. */
    Optional<Stored> lock(long projectId) {
        return jdbc.query(SELECT_PROJECT + " where project_id = ? for update", (rs, n) -> stored(rs), projectId)
                .stream().findFirst();
    }

    /** Where every project is summed, as stored. */
    Map<Long, ProjectKey> keys() {
        Map<Long, ProjectKey> keys = new TreeMap<>();
        jdbc.query(SELECT_PROJECT, rs -> {
            Stored s = stored(rs);
            keys.put(s.key().projectId(), s.key());
        });
        return keys;
    }

    private static final String SELECT_PROJECT = "select project_id, region_id, project_year, status, planned_start, "
            + "planned_end, community_ids, items, budgeted, ratio_sum, budget_sum, weighted_sum, region_path "
            + "from project_rollup";

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<Long> path = communities(rs.getString(13));
        return new Stored(new ProjectKey(rs.getLong(1), new Cell(rs.getLong(2), rs.getInt(3), rs.getString(4)),
                path.subList(Math.min(1, path.size()), path.size()), localDate(rs.getDate(5)),
                localDate(rs.getDate(6)), communities(rs.getString(7))),
                new Sums(rs.getInt(8), rs.getInt(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12)));
    }

    private static String path(ProjectKey key) {
        return key.cells().stream().map(c -> String.valueOf(c.regionId())).collect(Collectors.joining(","));
    }

    void save(ProjectKey key, Sums sums, boolean exists) {
        Object[] values = {key.cell().regionId(), path(key), key.cell().year(), key.cell().status(),
                date(key.plannedStart()), date(key.plannedEnd()), key.communityIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",")), sums.items(), sums.budgeted(), sums.ratioSum(), sums.budgetSum(), sums.weightedSum(), key.projectId()};
        if (exists) {
            jdbc.update("update project_rollup set region_id = ?, region_path = ?, project_year = ?, status = ?, "
                    + "planned_start = ?, "
                    + "planned_end = ?, community_ids = ?, items = ?, budgeted = ?, ratio_sum = ?, budget_sum = ?, "
                    + "weighted_sum = ? where project_id = ?", values);
        } else {
            jdbc.update("insert into project_rollup (region_id, region_path, project_year, status, planned_start, "
                    + "planned_end, community_ids, items, budgeted, ratio_sum, budget_sum, weighted_sum, project_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
    }

    /** Every region's parent ({@code null} for the root), which a project's home region is found with. */
    Map<Long, Long> regionParents() {
        Map<Long, Long> parents = new HashMap<>();
        jdbc.query("select id, parent_id from region", rs -> {
            long parent = rs.getLong(2);
            Long parentId = rs.wasNull() ? null : parent;
            parents.put(rs.getLong(1), parentId);
        });
        return parents;
    }

    /** Where the projects are summed now, from the project, compound and region tables. */
    Map<Long, ProjectKey> keys(Collection<Long> projectIds, Map<Long, Long> parents) {
        Map<Long, ProjectKey> keys = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(projectIds)) {
            Map<Long, List<Long>> communities = new HashMap<>();
            jdbc.query("select distinct pc.project_id, c.community_id from project_compound pc join compound c "
                    + "on c.id = pc.compound_id where pc.project_id in (" + marks(chunk) + ") "
                    + "order by pc.project_id, c.community_id", rs -> {
                communities.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }, chunk.toArray());
            jdbc.query("select id, project_year, status, planned_start, planned_end from project where id in ("
                    + marks(chunk) + ") order by id", rs -> {
                long id = rs.getLong(1);
                List<Long> in = communities.getOrDefault(id, List.of());
                long home = home(in, parents);
                List<Long> above = home == 0 ? List.of() : chain(home, parents);
                keys.put(id, new ProjectKey(id, new Cell(home, rs.getInt(2), rs.getString(3)),
                        above.subList(Math.min(1, above.size()), above.size()), localDate(rs.getDate(4)),
                        localDate(rs.getDate(5)), List.copyOf(in)));
            }, chunk.toArray());
        }
        return keys;
    }

    /** The lowest region holding all the communities; 0 for none. */
    static long home(List<Long> communities, Map<Long, Long> parents) {
        if (communities.isEmpty()) {
            return 0;
        }
        List<Long> common = chain(communities.getFirst(), parents);
        for (Long c : communities.subList(1, communities.size())) {
            List<Long> other = chain(c, parents);
            common = common.stream().filter(other::contains).toList();
        }
        return common.isEmpty() ? 0 : common.getFirst();
    }

    /** A region and its ancestors, nearest first. */
    private static List<Long> chain(Long region, Map<Long, Long> parents) {
        List<Long> chain = new ArrayList<>();
        for (Long r = region; r != null && !chain.contains(r); r = parents.get(r)) {
            chain.add(r);
        }
        return chain;
    }

    /** The projects' items as the summaries see them, locked when asked; months from the item_month table. */
    List<ItemState> items(Collection<Long> projectIds, boolean lock) {
        List<ItemState> result = new ArrayList<>();
        for (List<Long> chunk : chunks(projectIds)) {
            List<Object[]> rows = jdbc.query("select id, project_id, work_type_id, planned_quantity, budget, "
                            + "completed_quantity, retired from work_item where project_id in (" + marks(chunk)
                            + ") order by id" + (lock ? " for update" : ""),
                    (rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7)}, chunk.toArray());
            Map<Long, SortedMap<Integer, BigDecimal>> months = new HashMap<>();
            jdbc.query("select im.work_item_id, im.month_index, im.quantity from item_month im join work_item wi "
                    + "on wi.id = im.work_item_id where wi.project_id in (" + marks(chunk) + ")", rs -> {
                months.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
            }, chunk.toArray());
            for (Object[] r : rows) {
                result.add(new ItemState((Long) r[0], (Long) r[1], (Long) r[2], (BigDecimal) r[3], (BigDecimal) r[4],
                        (BigDecimal) r[5], !(Boolean) r[6], months.getOrDefault((Long) r[0], new TreeMap<>())));
            }
        }
        return result;
    }

    /** An item's ledger summed per month, from the item_month table. */
    SortedMap<Integer, BigDecimal> months(long itemId) {
        SortedMap<Integer, BigDecimal> months = new TreeMap<>();
        jdbc.query("select month_index, quantity from item_month where work_item_id = ?",
                rs -> {
                    months.put(rs.getInt(1), rs.getBigDecimal(2));
                }, itemId);
        return months;
    }

    /** Adds the months' quantities to an item's monthly sums. */
    void addMonths(long itemId, SortedMap<Integer, BigDecimal> quantities) {
        quantities.forEach((month, q) -> add("update item_month set quantity = quantity + ? "
                        + "where work_item_id = ? and month_index = ?", new Object[]{q, itemId, month},
                "insert into item_month (quantity, work_item_id, month_index) values (?, ?, ?)"));
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
            return new Object[]{key.cell().regionId(), path(key), key.cell().year(), key.cell().status(),
                    date(key.plannedStart()), date(key.plannedEnd()), key.communityIds().stream().map(String::valueOf)
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
    private void add(String update, Object[] args, String insert) {
        if (jdbc.update(update, args) == 0) {
            try {
                jdbc.update(insert, args);
            } catch (DuplicateKeyException e) {
                jdbc.update(update, args);
            }
        }
    }

    static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = List.copyOf(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return chunks;
    }

    static String marks(Collection<?> values) {
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }

    private static List<Long> communities(String ids) {
        return ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
