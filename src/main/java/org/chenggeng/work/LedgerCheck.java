package org.chenggeng.work;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The ledger's own sums checked against the ledger, and summed afresh from it: each item's completed quantity and
 * entry count, and its monthly sums ({@code item_month}). The summary module's rebuild and verify start here (see
 * the README, Operations); they run in the caller's transaction (the rebuild's, one chunk of projects at a time).
 */
@Component
public class LedgerCheck {

    private static final Logger log = LoggerFactory.getLogger(LedgerCheck.class);
    private static final String LEDGER_MONTHS = "select pe.work_item_id, extract(year from pe.work_date) * 12 "
            + "+ extract(month from pe.work_date) - 1, sum(pe.quantity) from progress_entry pe";
    private static final String GROUP = " group by pe.work_item_id, extract(year from pe.work_date) * 12 "
            + "+ extract(month from pe.work_date) - 1";
    private static final String ITEM_SUM = "coalesce((select sum(pe.quantity) from progress_entry pe "
            + "where pe.work_item_id = work_item.id), 0)";
    private static final String ITEM_COUNT = "(select count(*) from progress_entry pe "
            + "where pe.work_item_id = work_item.id)";

    private final JdbcTemplate jdbc;
    private final WorkItemStates states;

    LedgerCheck(JdbcTemplate jdbc, WorkItemStates states) {
        this.jdbc = jdbc;
        this.states = states;
    }

    /** The projects' items as the ledger has them, and how many item-months that is. */
    public record LedgerItems(List<ItemState> items, long itemMonths) {
    }

    /**
     * The projects' items with their completed quantity and monthly sums taken from the ledger; where the stored
     * ones differ (or a month is missing either side), a description goes to {@code differences}.
     */
    public LedgerItems fromLedger(Collection<Long> projectIds, Consumer<String> differences) {
        List<Long> ids = List.copyOf(projectIds);
        Map<Long, SortedMap<Integer, BigDecimal>> ledger = new HashMap<>();
        jdbc.query(LEDGER_MONTHS + " join work_item wi on wi.id = pe.work_item_id where wi.project_id in ("
                + WorkItemStates.marks(ids) + ")" + GROUP, rs -> {
            ledger.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
        }, ids.toArray());
        List<ItemState> items = new ArrayList<>();
        long itemMonths = 0;
        for (ItemState s : states.of(ids, false)) {
            SortedMap<Integer, BigDecimal> months = ledger.getOrDefault(s.itemId(), new TreeMap<>());
            itemMonths += months.size();
            SortedSet<Integer> all = new TreeSet<>(months.keySet());
            all.addAll(s.months().keySet());
            for (Integer m : all) {
                BigDecimal l = months.get(m);
                BigDecimal stored = s.months().get(m);
                if (l == null || stored == null || l.compareTo(stored) != 0) {
                    differences.accept("work item " + s.itemId() + " month " + MonthIndex.month(m) + ": summed "
                            + stored + ", ledger " + l);
                }
            }
            BigDecimal total = months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(s.completed()) != 0) {
                differences.accept("work item " + s.itemId() + ": completed_quantity " + s.completed() + ", ledger "
                        + total);
            }
            items.add(new ItemState(s.itemId(), s.projectId(), s.typeId(), s.planned(), s.budget(), total,
                    s.active(), months));
        }
        return new LedgerItems(items, itemMonths);
    }

    /**
     * Sums each work item's completed quantity and entry count, and every item's monthly sums, afresh from the
     * ledger: after the ledger alone was restored from a backup they are what the API and the screens read.
     * Returns how many item-months there are.
     */
    public long resum() {
        int items = jdbc.update("update work_item set completed_quantity = " + ITEM_SUM + ", entry_count = "
                + ITEM_COUNT + ", version = version + 1 where completed_quantity <> " + ITEM_SUM
                + " or entry_count <> " + ITEM_COUNT);
        if (items > 0) {
            log.info("Re-summed the completed quantity of {} work items from the ledger", items);
        }
        jdbc.update("delete from item_month");
        return jdbc.update("insert into item_month (work_item_id, month_index, quantity) " + LEDGER_MONTHS + GROUP);
    }

    /**
     * The same for the items of some projects only, one chunk of a rebuild ({@code RollupCheck}): the items' rows
     * are updated (so locked) before their months are summed again. Returns how many item-months they have.
     */
    public long resum(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return 0;
        }
        List<Long> ids = List.copyOf(projectIds);
        String in = " in (" + WorkItemStates.marks(ids) + ")";
        Object[] args = ids.toArray();
        int items = jdbc.update("update work_item set completed_quantity = " + ITEM_SUM + ", entry_count = "
                + ITEM_COUNT + ", version = version + 1 where project_id" + in + " and (completed_quantity <> "
                + ITEM_SUM + " or entry_count <> " + ITEM_COUNT + ")", args);
        if (items > 0) {
            log.info("Re-summed the completed quantity of {} work items from the ledger", items);
        }
        jdbc.update("delete from item_month where work_item_id in (select id from work_item where project_id" + in
                + ")", args);
        return jdbc.update("insert into item_month (work_item_id, month_index, quantity) " + LEDGER_MONTHS
                + " join work_item wi on wi.id = pe.work_item_id where wi.project_id" + in + GROUP, args);
    }
}
