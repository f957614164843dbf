package org.chenggeng.work;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps each item's monthly sums ({@code item_month}) in step with its ledger, and announces every change to items
 * as a {@link WorkItemsChanged} with their states before and after, in the writing transaction: the summary module
 * sums them into its tables from that alone. Callers have locked the items (in id order) before they ask.
 */
@Component
class ItemChanges {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ItemChanges(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** An item as it stands in the entity (which may hold unsaved changes) with its stored monthly sums. */
    ItemState state(WorkItem item) {
        return state(item, months(item.getId()));
    }

    static ItemState state(WorkItem item, SortedMap<Integer, BigDecimal> months) {
        return new ItemState(item.getId(), item.getProjectId(), item.getWorkTypeId(), item.getPlannedQuantity(),
                item.getBudget(), item.getCompletedQuantity(), !item.isRetired(), months);
    }

    /** Entries were added to a locked item (logged, corrected or imported): the item already counts them. */
    void entriesAdded(ItemState before, WorkItem item, Map<LocalDate, BigDecimal> byDate) {
        SortedMap<Integer, BigDecimal> added = new TreeMap<>();
        byDate.forEach((date, q) -> added.merge(MonthIndex.index(date), q, BigDecimal::add));
        entriesAdded(item.getProjectId(), List.of(new Added(before, item, added)));
    }

    /** Entries added to one item: its state before, the item now, and the quantities per month index. */
    record Added(ItemState before, WorkItem item, SortedMap<Integer, BigDecimal> months) {
    }

    /** Entries were added to several locked items of one project (an import's batch). */
    void entriesAdded(long projectId, List<Added> added) {
        List<ItemState> before = new ArrayList<>();
        List<ItemState> after = new ArrayList<>();
        for (Added a : added) {
            addMonths(a.item().getId(), a.months());
            SortedMap<Integer, BigDecimal> months = new TreeMap<>(a.before().months());
            a.months().forEach((m, q) -> months.merge(m, q, BigDecimal::add));
            before.add(a.before());
            after.add(state(a.item(), months));
        }
        events.publishEvent(new WorkItemsChanged(projectId, before, after));
    }

    /** New items of one project: they have no entries yet. */
    void itemsCreated(long projectId, List<WorkItem> created) {
        events.publishEvent(new WorkItemsChanged(projectId, List.of(),
                created.stream().map(i -> state(i, new TreeMap<>())).toList()));
    }

    /** New items of many projects, with the ids they were inserted with: none has entries yet. */
    void itemsCreated(List<Long> ids, List<WorkItem> created) {
        Map<Long, List<ItemState>> byProject = new TreeMap<>();
        for (int i = 0; i < created.size(); i++) {
            WorkItem item = created.get(i);
            byProject.computeIfAbsent(item.getProjectId(), p -> new ArrayList<>()).add(new ItemState(ids.get(i),
                    item.getProjectId(), item.getWorkTypeId(), item.getPlannedQuantity(), item.getBudget(),
                    item.getCompletedQuantity(), !item.isRetired(), new TreeMap<>()));
        }
        events.publishEvent(new WorkItemsChangedBatch(byProject.entrySet().stream()
                .map(e -> new WorkItemsChanged(e.getKey(), List.of(), e.getValue())).toList()));
    }

    /** An item re-planned or retired: {@code before} is its state before the change. */
    void itemChanged(ItemState before, WorkItem after) {
        events.publishEvent(new WorkItemsChanged(after.getProjectId(), List.of(before),
                List.of(state(after, before.months()))));
    }

    /** An item's ledger summed per month, from the item_month table. */
    private SortedMap<Integer, BigDecimal> months(long itemId) {
        SortedMap<Integer, BigDecimal> months = new TreeMap<>();
        jdbc.query("select month_index, quantity from item_month where work_item_id = ?",
                rs -> {
                    months.put(rs.getInt(1), rs.getBigDecimal(2));
                }, itemId);
        return months;
    }

    /** Adds the months' quantities to an item's monthly sums; inserts a month's row, or adds after all on a race. */
    private void addMonths(long itemId, SortedMap<Integer, BigDecimal> quantities) {
        quantities.forEach((month, q) -> {
            Object[] args = {q, itemId, month};
            String update = "update item_month set quantity = quantity + ? where work_item_id = ? and month_index = ?";
            if (jdbc.update(update, args) == 0) {
                try {
                    jdbc.update("insert into item_month (quantity, work_item_id, month_index) values (?, ?, ?)", args);
                } catch (DuplicateKeyException e) {
                    jdbc.update(update, args);
                }
            }
        });
    }
}
