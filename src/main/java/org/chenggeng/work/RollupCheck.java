package org.chenggeng.work;

import org.chenggeng.work.RollupDelta.ItemState;
import org.chenggeng.work.RollupDelta.ProjectKey;
import org.chenggeng.work.RollupDelta.Sums;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Rebuilds the summary tables from the ledger, the work items and the projects, or checks them against those
 * without changing anything. Run from the command line ({@code --rollups=verify} or {@code --rollups=rebuild}, see
 * the README) or from code; a rebuild should run while nobody logs progress, and a verify afterwards confirms it.
 * Not secured by role: it is an operator's command, not reachable from the UI or the API.
 */
@Service
public class RollupCheck {

    private static final Logger log = LoggerFactory.getLogger(RollupCheck.class);
    private static final int SHOWN = 20;
    private static final String LEDGER_MONTHS = "select pe.work_item_id, extract(year from pe.work_date) * 12 "
            + "+ extract(month from pe.work_date) - 1, sum(pe.quantity) from progress_entry pe";
    private static final String ITEM_SUM = "coalesce((select sum(pe.quantity) from progress_entry pe "
            + "where pe.work_item_id = work_item.id), 0)";
    private static final String ITEM_COUNT = "(select count(*) from progress_entry pe "
            + "where pe.work_item_id = work_item.id)";

    private final JdbcTemplate jdbc;
    private final RollupStore store;

    RollupCheck(JdbcTemplate jdbc, RollupStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** What a run found: projects and item-months looked at, and the differences (the first few described). */
    public record Outcome(int projects, long itemMonths, long differences, List<String> described, long millis) {

        public boolean consistent() {
            return differences == 0;
        }
    }

    /** Compares every summary row with what the ledger, the items and the projects give; changes nothing. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Outcome verify() {
        long started = System.nanoTime();
        Differences diff = new Differences();
        RollupDelta expected = new RollupDelta();
        Map<Long, ProjectKey> keys = new TreeMap<>();
        long[] itemMonths = {0};
        List<Long> projects = jdbc.queryForList("select id from project order by id", Long.class);
        Map<Long, Long> parents = store.regionParents();
        for (List<Long> chunk : RollupStore.chunks(projects)) {
            Map<Long, ProjectKey> chunkKeys = store.keys(chunk, parents);
            keys.putAll(chunkKeys);
            List<ItemState> stored = store.items(chunk, false);
            Map<Long, SortedMap<Integer, BigDecimal>> ledger = ledgerMonths(chunk);
            List<ItemState> items = new ArrayList<>();
            for (ItemState s : stored) {
                SortedMap<Integer, BigDecimal> months = ledger.getOrDefault(s.itemId(), new TreeMap<>());
                itemMonths[0] += months.size();
                compareMonths(diff, s.itemId(), months, s.months());
                BigDecimal total = months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.compareTo(s.completed()) != 0) {
                    diff.add("work item " + s.itemId() + ": completed_quantity " + s.completed() + ", ledger " + total);
                }
                items.add(new ItemState(s.itemId(), s.projectId(), s.typeId(), s.planned(), s.budget(), total,
                        s.active(), months));
            }
            count(expected, chunkKeys, items);
        }
        RollupDelta stored = store.stored();
        Map<Long, ProjectKey> storedKeys = store.keys();
        for (Long p : new TreeSet<>(union(keys.keySet(), storedKeys.keySet()))) {
            if (!Objects.equals(keys.get(p), storedKeys.get(p))) {
                diff.add("project " + p + ": summed as " + storedKeys.get(p) + ", should be " + keys.get(p));
            }
        }
        compare(diff, "project sums", expected.projects, stored.projects, Sums::isZero, RollupCheck::same);
        compare(diff, "project month", expected.projectMonths, stored.projectMonths, n -> n == 0, Object::equals);
        compare(diff, "cell", expected.cells, stored.cells, RollupDelta.CellFigures::isZero, Object::equals);
        compare(diff, "type", expected.types, stored.types, RollupDelta.TypeFigures::isZero, RollupCheck::same);
        compare(diff, "month", expected.months, stored.months, RollupDelta.MonthFigures::isZero, RollupCheck::same);
        compare(diff, "community", expected.communities, stored.communities, RollupDelta.CommunityFigures::isZero,
                RollupCheck::same);
        Outcome outcome = new Outcome(projects.size(), itemMonths[0], diff.count, diff.shown,
                (System.nanoTime() - started) / 1_000_000);
        log.info("Summary tables verified: {} projects, {} item-months, {} differences in {} ms", outcome.projects(),
                outcome.itemMonths(), outcome.differences(), outcome.millis());
        return outcome;
    }

    /**
     * Throws the summary tables away and sums them again from the ledger, the items and the projects, starting with
     * each work item's completed quantity and entry count: after the ledger alone was restored from a backup they are
     * what the API and the screens read, and what {@link #verify()} compares first.
     */
    @Transactional
    public Outcome rebuild() {
        long started = System.nanoTime();
        int items = jdbc.update("update work_item set completed_quantity = " + ITEM_SUM + ", entry_count = "
                + ITEM_COUNT + ", version = version + 1 where completed_quantity <> " + ITEM_SUM
                + " or entry_count <> " + ITEM_COUNT);
        if (items > 0) {
            log.info("Re-summed the completed quantity of {} work items from the ledger", items);
        }
        for (String table : List.of("rollup_community", "rollup_month", "rollup_type", "rollup_cell",
                "project_month", "project_rollup", "item_month")) {
            jdbc.update("delete from " + table);
        }
        long itemMonths = jdbc.update("insert into item_month (work_item_id, month_index, quantity) " + LEDGER_MONTHS
                + " group by pe.work_item_id, extract(year from pe.work_date) * 12 + extract(month from pe.work_date) - 1");
        RollupDelta expected = new RollupDelta();
        List<Long> projects = jdbc.queryForList("select id from project order by id", Long.class);
        Map<Long, Long> parents = store.regionParents();
        List<ProjectKey> keys = new ArrayList<>();
        for (List<Long> chunk : RollupStore.chunks(projects)) {
            Map<Long, ProjectKey> chunkKeys = store.keys(chunk, parents);
            keys.addAll(chunkKeys.values());
            count(expected, chunkKeys, store.items(chunk, false));
        }
        store.insert(keys, expected);
        Outcome outcome = new Outcome(projects.size(), itemMonths, 0, List.of(),
                (System.nanoTime() - started) / 1_000_000);
        log.info("Summary tables rebuilt: {} projects, {} item-months in {} ms", outcome.projects(),
                outcome.itemMonths(), outcome.millis());
        return outcome;
    }

    /** Whether any project is not summed yet (tables from before they existed, or data written around them). */
    @Transactional(readOnly = true)
    public boolean missing() {
        Long unsummed = jdbc.queryForObject("select count(*) from project p where not exists "
                + "(select 1 from project_rollup r where r.project_id = p.id)", Long.class);
        return unsummed != null && unsummed > 0;
    }

    private static void count(RollupDelta into, Map<Long, ProjectKey> keys, List<ItemState> items) {
        for (ItemState item : items) {
            into.addItem(keys.get(item.projectId()), item, 1);
        }
        keys.values().forEach(k -> into.addProject(k,
                into.projects.getOrDefault(k.projectId(), Sums.ZERO).completion(), 1));
        keys.keySet().forEach(p -> into.projects.putIfAbsent(p, Sums.ZERO));
    }

    private Map<Long, SortedMap<Integer, BigDecimal>> ledgerMonths(List<Long> projectIds) {
        Map<Long, SortedMap<Integer, BigDecimal>> months = new HashMap<>();
        jdbc.query(LEDGER_MONTHS + " join work_item wi on wi.id = pe.work_item_id where wi.project_id in ("
                + RollupStore.marks(projectIds) + ") group by pe.work_item_id, extract(year from pe.work_date) * 12 "
                + "+ extract(month from pe.work_date) - 1", rs -> {
            months.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
        }, projectIds.toArray());
        return months;
    }

    private static void compareMonths(Differences diff, long itemId, SortedMap<Integer, BigDecimal> ledger,
                                      SortedMap<Integer, BigDecimal> stored) {
        for (Integer m : union(ledger.keySet(), stored.keySet())) {
            BigDecimal l = ledger.get(m);
            BigDecimal s = stored.get(m);
            if (l == null || s == null || l.compareTo(s) != 0) {
                diff.add("work item " + itemId + " month " + RollupMath.month(m) + ": summed " + s + ", ledger " + l);
            }
        }
    }

    private static <K, V> void compare(Differences diff, String what, Map<K, V> expected, Map<K, V> stored,
                                       Function<V, Boolean> zero, BiPredicate<V, V> same) {
        for (K k : union(expected.keySet(), stored.keySet())) {
            V e = expected.get(k);
            V s = stored.get(k);
            boolean eZero = e == null || zero.apply(e);
            boolean sZero = s == null || zero.apply(s);
            if (eZero && sZero) {
                continue;
            }
            if (eZero != sZero || !same.test(e, s)) {
                diff.add(what + " " + k + ": summed " + s + ", should be " + e);
            }
        }
    }

    /** Equal figures, whatever the decimals' scale. */
    private static boolean same(Record a, Record b) {
        var ca = a.getClass().getRecordComponents();
        try {
            for (var c : ca) {
                Object x = c.getAccessor().invoke(a);
                Object y = c.getAccessor().invoke(b);
                boolean equal = x instanceof BigDecimal bx && y instanceof BigDecimal by ? bx.compareTo(by) == 0
                        : Objects.equals(x, y);
                if (!equal) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> SortedSet<T> union(Set<T> a, Set<T> b) {
        SortedSet<T> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static final class Differences {
        long count;
        final List<String> shown = new ArrayList<>();

        void add(String description) {
            count++;
            if (shown.size() < SHOWN) {
                shown.add(description);
            }
        }
    }
}
