package org.chenggeng.work;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Projects' work items as summaries see them ({@link ItemState}), for the summary module when it counts a project
 * afresh (it moved, or the tables are rebuilt) and for figures it does not keep. By project id and without a user:
 * callers apply the scope, or are the operator's command; they run in their own transaction.
 */
@Component
public class WorkItemStates {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    WorkItemStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The projects' items in id order, locked for the rest of the transaction when asked (items are the first rows
     * every summary write locks), with their monthly sums.
     */
    public List<ItemState> of(Collection<Long> projectIds, boolean lock) {
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

    /** A project's active items of one work type: how many, planned and completed to date. */
    public record TypeTotal(long projectId, int items, BigDecimal planned, BigDecimal completed) {
    }

    /** The projects' active items of a work type, per project (projects without any left out). */
    public Map<Long, TypeTotal> withType(Collection<Long> projectIds, long typeId) {
        Set<Long> wanted = Set.copyOf(projectIds);
        Map<Long, TypeTotal> result = new TreeMap<>();
        RowCallbackHandler row = rs -> {
            if (wanted.contains(rs.getLong(1))) {
                result.put(rs.getLong(1), new TypeTotal(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4)));
            }
        };
        String select = "select project_id, count(*), sum(planned_quantity), sum(completed_quantity) "
                + "from work_item where work_type_id = ? and retired = false";
        if (wanted.size() > 2_000) {
            // one scan costs less than thousands of ids
            jdbc.query(select + " group by project_id", row, typeId);
            return result;
        }
        for (List<Long> chunk : chunks(wanted)) {
            List<Object> args = new ArrayList<>(List.of(typeId));
            args.addAll(chunk);
            jdbc.query(select + " and project_id in (" + marks(chunk) + ") group by project_id", row, args.toArray());
        }
        return result;
    }

    /**
     * What the projects' active items of the work types completed in the months after {@code month} (an index of
     * {@link MonthIndex}), per project and work type, from the items' monthly sums: what a total to date gives back
     * to be a total to the month's end.
     */
    public Map<Long, Map<Long, BigDecimal>> completedAfter(Collection<Long> projectIds, Collection<Long> typeIds,
                                                           int month) {
        Map<Long, Map<Long, BigDecimal>> result = new TreeMap<>();
        if (projectIds.isEmpty() || typeIds.isEmpty()) {
            return result;
        }
        List<Long> types = List.copyOf(typeIds);
        for (List<Long> chunk : chunks(projectIds)) {
            List<Object> args = new ArrayList<>(types);
            args.add(month);
            args.addAll(chunk);
            jdbc.query("select wi.project_id, wi.work_type_id, sum(im.quantity) from work_item wi join item_month im "
                    + "on im.work_item_id = wi.id where wi.retired = false and wi.work_type_id in (" + marks(types)
                    + ") and im.month_index > ? and wi.project_id in (" + marks(chunk) + ") "
                    + "group by wi.project_id, wi.work_type_id", rs -> {
                result.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getLong(2), rs.getBigDecimal(3));
            }, args.toArray());
        }
        return result;
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
}
