package org.chenggeng.summary;

import jakarta.persistence.EntityManager;
import org.chenggeng.project.ProjectChanged;
import org.chenggeng.project.ProjectPlacement;
import org.chenggeng.project.ProjectPlacements;
import org.chenggeng.summary.RollupDelta.ProjectKey;
import org.chenggeng.summary.RollupDelta.Sums;
import org.chenggeng.work.ItemState;
import org.chenggeng.work.WorkItemStates;
import org.chenggeng.work.WorkItemsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the summary tables in step with the work items and the projects, in the writing transaction: the listeners
 * are synchronous, so the sums commit or roll back with the change they sum. Every change is "take away what the
 * items contributed before, add what they contribute now", summed into one {@link RollupDelta} and written as
 * increments. Lock order, the same on every path, so that writers never deadlock: work items (in id order, locked by
 * the writer before it announces them, or here when a project is counted afresh), then the project's summary row,
 * then the cell rows in key order.
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
        Optional<RollupStore.Stored> stored = store.lock(event.projectId());
        if (stored.isEmpty()) {
            // a database from before the tables: the project is counted whole, from where it stands now
            recount(placements.of(List.of(event.projectId())).get(event.projectId()));
            return;
        }
        ProjectKey key = stored.get().key();
        RollupDelta delta = new RollupDelta();
        event.before().forEach(i -> delta.addItem(key, i, -1));
        event.after().forEach(i -> delta.addItem(key, i, 1));
        Sums was = stored.get().sums();
        Sums now = was.plus(delta.projects.getOrDefault(event.projectId(), Sums.ZERO));
        store.save(key, now, true);
        delta.changeCompletion(key, was.completion(), now.completion());
        rows.apply(delta);
    }

    /** A project created, or moved in what it is summed by (status, year, dates, compounds, a compound moved). */
    @EventListener
    void on(ProjectChanged event) {
        recount(event.now());
    }

    /**
     * Counts a project afresh where it belongs now: takes away what its items contributed where it was summed before
     * and adds them where it is summed now.
     */
    private void recount(ProjectPlacement placement) {
        long projectId = placement.projectId();
        entityManager.flush(); // the writer's entities, before their rows are read and the project row referenced
        List<ItemState> counted = items.of(List.of(projectId), true);
        Optional<RollupStore.Stored> stored = store.lock(projectId);
        ProjectKey key = ProjectKey.of(placement);
        RollupDelta delta = new RollupDelta();
        stored.ifPresent(s -> {
            counted.forEach(i -> delta.addItem(s.key(), i, -1));
            delta.addProject(s.key(), s.sums().completion(), -1);
        });
        RollupDelta now = new RollupDelta();
        counted.forEach(i -> now.addItem(key, i, 1));
        Sums sums = now.projects.getOrDefault(projectId, Sums.ZERO);
        now.addProject(key, sums.completion(), 1);
        delta.add(now);
        store.save(key, sums, stored.isPresent());
        rows.apply(delta);
    }
}
