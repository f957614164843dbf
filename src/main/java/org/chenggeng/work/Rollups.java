package org.chenggeng.work;

import jakarta.persistence.EntityManager;
import org.chenggeng.project.ProjectChanged;
import org.chenggeng.region.CompoundMoved;
import org.chenggeng.work.RollupDelta.ItemState;
import org.chenggeng.work.RollupDelta.ProjectKey;
import org.chenggeng.work.RollupDelta.Sums;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps the summary tables in step with the ledger, the work items and the projects, in the writing transaction.
 * Every change is "take away what the items contributed before, add what they contribute now", summed into one
 * {@link RollupDelta} and written as increments. Lock order, the same on every path, so that writers never deadlock:
 * work items (in id order), then the project's summary row, then the cell rows in key order.
 */
@Component
class Rollups {

    private final RollupStore store;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    Rollups(RollupStore store, EntityManager entityManager, JdbcTemplate jdbc) {
        this.store = store;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** An item as it stands in the entity (which may hold unsaved changes) with its stored monthly sums. */
    ItemState state(WorkItem item) {
        return state(item, store.months(item.getId()));
    }

    private static ItemState state(WorkItem item, SortedMap<Integer, BigDecimal> months) {
        return new ItemState(item.getId(), item.getProjectId(), item.getWorkTypeId(), item.getPlannedQuantity(),
                item.getBudget(), item.getCompletedQuantity(), !item.isRetired(), months);
    }

    /** Entries were added to a locked item (logged, corrected or imported): the item already counts them. */
    void entriesAdded(ItemState before, WorkItem item, Map<LocalDate, BigDecimal> byDate) {
        SortedMap<Integer, BigDecimal> added = new TreeMap<>();
        byDate.forEach((date, q) -> added.merge(RollupMath.index(date), q, BigDecimal::add));
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
            store.addMonths(a.item().getId(), a.months());
            SortedMap<Integer, BigDecimal> months = new TreeMap<>(a.before().months());
            a.months().forEach((m, q) -> months.merge(m, q, BigDecimal::add));
            before.add(a.before());
            after.add(state(a.item(), months));
        }
        change(projectId, before, after);
    }

    /** New items of one project: they have no entries yet. */
    void itemsCreated(long projectId, List<WorkItem> created) {
        change(projectId, List.of(), created.stream().map(i -> state(i, new TreeMap<>())).toList());
    }

    /** An item re-planned or retired: {@code before} is its state before the change. */
    void itemChanged(ItemState before, WorkItem after) {
        change(after.getProjectId(), List.of(before), List.of(state(after, before.months())));
    }

    private void change(long projectId, List<ItemState> before, List<ItemState> after) {
        Optional<RollupStore.Stored> stored = store.lock(projectId);
        if (stored.isEmpty()) {
            recount(projectId);
            return;
        }
        ProjectKey key = stored.get().key();
        RollupDelta delta = new RollupDelta();
        before.forEach(i -> delta.addItem(key, i, -1));
        after.forEach(i -> delta.addItem(key, i, 1));
        Sums was = stored.get().sums();
        Sums now = was.plus(delta.projects.getOrDefault(projectId, Sums.ZERO));
        store.save(key, now, true);
        delta.changeCompletion(key, was.completion(), now.completion());
        store.apply(delta);
    }

    @EventListener
    void on(ProjectChanged event) {
        recount(event.projectId());
    }

    @EventListener
    void on(CompoundMoved event) {
        jdbc.queryForList("select project_id from project_compound where compound_id = ? order by project_id",
                Long.class, event.compoundId()).forEach(this::recount);
    }

    /**
     * Counts a project afresh where it belongs now (its status, year, dates or compounds changed, or it is new): takes
     * away what its items contributed where it was summed before and adds them where it is summed now.
     */
    void recount(long projectId) {
        entityManager.flush();
        List<ItemState> items = store.items(List.of(projectId), true);
        Optional<RollupStore.Stored> stored = store.lock(projectId);
        ProjectKey key = store.keys(List.of(projectId), store.regionParents()).get(projectId);
        RollupDelta delta = new RollupDelta();
        stored.ifPresent(s -> {
            items.forEach(i -> delta.addItem(s.key(), i, -1));
            delta.addProject(s.key(), s.sums().completion(), -1);
        });
        RollupDelta counted = new RollupDelta();
        items.forEach(i -> counted.addItem(key, i, 1));
        Sums sums = counted.projects.getOrDefault(projectId, Sums.ZERO);
        counted.addProject(key, sums.completion(), 1);
        delta.add(counted);
        store.save(key, sums, stored.isPresent());
        store.apply(delta);
    }
}
