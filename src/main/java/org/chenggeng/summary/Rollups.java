package org.chenggeng.summary;

import jakarta.persistence.EntityManager;
import org.chenggeng.project.ProjectChanged;
import org.chenggeng.project.ProjectChangedBatch;
import org.chenggeng.project.ProjectPlacement;
import org.chenggeng.project.ProjectPlacements;
import org.chenggeng.summary.RollupDelta.ProjectKey;
import org.chenggeng.summary.RollupDelta.Sums;
import org.chenggeng.work.ItemState;
import org.chenggeng.work.WorkItemStates;
import org.chenggeng.work.WorkItemsChanged;
import org.chenggeng.work.WorkItemsChangedBatch;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps the summary tables in step with the work items and the projects, in the writing transaction: the listeners
 * are synchronous, so the sums commit or roll back with the change they sum. Every change is "take away what the
 * items contributed before, add what they contribute now", summed into one {@link RollupDelta} and written as
 * increments. A batch (an import of thousands of projects) is summed into one delta too, so that it writes each cell's
 * rows once and the projects' rows in one JDBC batch. Lock order, the same on every path, so that writers never
 * deadlock: work items (in id order, locked by the writer before it announces them, or here when a project is counted
 * afresh), then the projects' summary rows (in project id order), then the cell rows in key order.
 */
@Component
class Rollups {

    private final RollupStore store;
    private final RollupRows rows;
    private final WorkItemStates items;
    private final ProjectPlacements placements;
    private final EntityManager entityManager;

    Rollups(RollupStore store, RollupRows rows, WorkItemStates items, ProjectPlacements placements,
            EntityManager entityManager) {
        this.store = store;
        this.rows = rows;
        this.items = items;
        this.placements = placements;
        this.entityManager = entityManager;
    }

    /** Items logged, corrected, imported, created, re-planned or retired: their states before and after. */
    @EventListener
    void on(WorkItemsChanged event) {
        itemsChanged(List.of(event));
    }

    /** Items of many projects changed at once. */
    @EventListener
    void on(WorkItemsChangedBatch event) {
        itemsChanged(event.changes());
    }

    /** A project created, or moved in what it is summed by (status, year, dates, compounds, a compound moved). */
    @EventListener
    void on(ProjectChanged event) {
        recount(List.of(event.now()));
    }

    /** Many projects created at once. */
    @EventListener
    void on(ProjectChangedBatch event) {
        recount(event.placements());
    }

    private void itemsChanged(List<WorkItemsChanged> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<Long, RollupStore.Stored> stored = store.lock(changes.stream().map(WorkItemsChanged::projectId).toList());
        List<Long> missing = changes.stream().map(WorkItemsChanged::projectId).filter(p -> !stored.containsKey(p))
                .distinct().toList();
        if (!missing.isEmpty()) {
            // a database from before the tables: those projects are counted whole, from where they stand now
            recount(placements.of(missing).values());
        }
        RollupDelta delta = new RollupDelta();
        for (WorkItemsChanged change : changes) {
            RollupStore.Stored s = stored.get(change.projectId());
            if (s != null) {
                change.before().forEach(i -> delta.addItem(s.key(), i, -1));
                change.after().forEach(i -> delta.addItem(s.key(), i, 1));
            }
        }
        List<RollupStore.Saved> saved = new ArrayList<>();
        stored.forEach((projectId, s) -> {
            Sums now = s.sums().plus(delta.projects.getOrDefault(projectId, Sums.ZERO));
            saved.add(new RollupStore.Saved(s.key(), now, true));
            delta.changeCompletion(s.key(), s.sums().completion(), now.completion());
        });
        store.save(saved);
        rows.apply(delta);
    }

    /**
     * Counts projects afresh where they belong now: takes away what their items contributed where they were summed
     * before and adds them where they are summed now.
     */
    private void recount(Collection<ProjectPlacement> now) {
        if (now.isEmpty()) {
            return;
        }
        entityManager.flush(); // the writer's entities, before their rows are read and the project rows referenced
        List<Long> projectIds = now.stream().map(ProjectPlacement::projectId).toList();
        Map<Long, List<ItemState>> counted = items.of(projectIds, true).stream()
                .collect(Collectors.groupingBy(ItemState::projectId, TreeMap::new, Collectors.toList()));
        Map<Long, RollupStore.Stored> stored = store.lock(projectIds);
        RollupDelta delta = new RollupDelta();
        List<RollupStore.Saved> saved = new ArrayList<>();
        for (ProjectPlacement placement : now) {
            long projectId = placement.projectId();
            List<ItemState> own = counted.getOrDefault(projectId, List.of());
            RollupStore.Stored was = stored.get(projectId);
            if (was != null) {
                own.forEach(i -> delta.addItem(was.key(), i, -1));
                delta.addProject(was.key(), was.sums().completion(), -1);
            }
            ProjectKey key = ProjectKey.of(placement);
            RollupDelta fresh = new RollupDelta();
            own.forEach(i -> fresh.addItem(key, i, 1));
            Sums sums = fresh.projects.getOrDefault(projectId, Sums.ZERO);
            fresh.addProject(key, sums.completion(), 1);
            delta.add(fresh);
            saved.add(new RollupStore.Saved(key, sums, was != null));
        }
        store.save(saved);
        rows.apply(delta);
    }
}
