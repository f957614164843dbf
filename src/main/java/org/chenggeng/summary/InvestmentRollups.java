package org.chenggeng.summary;

import org.chenggeng.funding.FundingStates;
import org.chenggeng.funding.InvestmentChanged;
import org.chenggeng.funding.InvestmentChangedBatch;
import org.chenggeng.funding.SourceState;
import org.chenggeng.project.ProjectChanged;
import org.chenggeng.project.ProjectChangedBatch;
import org.chenggeng.project.ProjectPlacement;
import org.chenggeng.project.ProjectPlacements;
import org.chenggeng.summary.InvestmentDelta.Where;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the investment sums ({@code rollup_investment}, {@code rollup_investment_month}) in step with the funding plans
 * and the investment ledger, in the writing transaction, as {@link Rollups} does for the quantities: a change takes
 * away what the sources contributed before and adds what they contribute now; a project that moves (status, year,
 * compounds) takes its money from where it was summed ({@code investment_project}) to where it is summed now. A batch
 * (an import's thousands of projects) is summed into one delta and its projects' rows written in JDBC batches.
 */
@Component
class InvestmentRollups {

    private final JdbcTemplate jdbc;
    private final RollupRows rows;
    private final FundingStates funding;
    private final ProjectPlacements placements;

    InvestmentRollups(JdbcTemplate jdbc, RollupRows rows, FundingStates funding, ProjectPlacements placements) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.funding = funding;
        this.placements = placements;
    }

    @EventListener
    void on(InvestmentChanged event) {
        invested(List.of(event));
    }

    @EventListener
    void on(InvestmentChangedBatch event) {
        invested(event.changes());
    }

    @EventListener
    void on(ProjectChanged event) {
        moved(List.of(event.now()));
    }

    @EventListener
    void on(ProjectChangedBatch event) {
        moved(event.placements());
    }

    private void invested(List<InvestmentChanged> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<Long, Where> where = lock(changes.stream().map(InvestmentChanged::projectId).toList());
        List<Long> missing = changes.stream().map(InvestmentChanged::projectId).filter(p -> !where.containsKey(p))
                .distinct().toList();
        InvestmentDelta delta = new InvestmentDelta();
        if (!missing.isEmpty()) {
            // not summed yet (a database from before the tables): those projects' money is counted whole
            Map<Long, List<SourceState>> states = funding.of(missing);
            Map<Long, Where> now = new TreeMap<>();
            placements.of(missing).forEach((id, p) -> now.put(id, where(p)));
            insert(now);
            now.forEach((id, w) -> delta.add(w, states.getOrDefault(id, List.of()), 1));
        }
        for (InvestmentChanged change : changes) {
            Where w = where.get(change.projectId());
            if (w != null) {
                delta.add(w, change.before(), -1);
                delta.add(w, change.after(), 1);
            }
        }
        apply(delta);
    }

    private void moved(List<ProjectPlacement> placed) {
        if (placed.isEmpty()) {
            return;
        }
        Map<Long, Where> now = new TreeMap<>();
        placed.forEach(p -> now.put(p.projectId(), where(p)));
        Map<Long, Where> was = lock(now.keySet());
        List<Long> changed = now.keySet().stream().filter(id -> !now.get(id).equals(was.get(id))).toList();
        if (changed.isEmpty()) {
            return;
        }
        Map<Long, List<SourceState>> states = funding.of(changed);
        InvestmentDelta delta = new InvestmentDelta();
        List<Object[]> updates = new ArrayList<>();
        Map<Long, Where> inserts = new TreeMap<>();
        for (Long id : changed) {
            List<SourceState> own = states.getOrDefault(id, List.of());
            Where w = now.get(id);
            if (was.containsKey(id)) {
                delta.add(was.get(id), own, -1);
                updates.add(new Object[]{w.path(), w.year(), w.status(), id});
            } else {
                inserts.put(id, w);
            }
            delta.add(w, own, 1);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update investment_project set region_path = ?, project_year = ?, status = ? "
                    + "where project_id = ?", updates);
        }
        insert(inserts);
        apply(delta);
    }

    static Where where(ProjectPlacement p) {
        List<Long> regions = new ArrayList<>();
        if (p.homeRegionId() != 0) {
            regions.add(p.homeRegionId());
        }
        regions.addAll(p.regionsAbove());
        return new Where(regions, p.year(), p.status().name());
    }

    /** Where the projects' money is summed, their rows locked in project id order; projects without one left out. */
    private Map<Long, Where> lock(Collection<Long> projectIds) {
        Map<Long, Where> locked = new TreeMap<>();
        for (List<Long> chunk : RollupStore.chunks(new TreeSet<>(projectIds))) {
            jdbc.query("select project_id, region_path, project_year, status from investment_project where project_id "
                    + "in (" + RollupStore.marks(chunk) + ") order by project_id for update", rs -> {
                locked.put(rs.getLong(1), Where.of(rs.getString(2), rs.getInt(3), rs.getString(4)));
            }, chunk.toArray());
        }
        return locked;
    }

    private void insert(Map<Long, Where> where) {
        if (!where.isEmpty()) {
            jdbc.batchUpdate("insert into investment_project (project_id, region_path, project_year, status) "
                    + "values (?, ?, ?, ?)", where.entrySet().stream().map(e -> new Object[]{e.getKey(),
                    e.getValue().path(), e.getValue().year(), e.getValue().status()}).toList());
        }
    }

    void apply(InvestmentDelta d) {
        d.sources.forEach((k, f) -> {
            if (!f.isZero()) {
                rows.add("update rollup_investment set planned = planned + ?, completed = completed + ? "
                                + "where region_id = ? and project_year = ? and status = ? and source_id = ?",
                        new Object[]{f.planned(), f.completed(), k.regionId(), k.year(), k.status(), k.sourceId()},
                        "insert into rollup_investment (planned, completed, region_id, project_year, status, "
                                + "source_id) values (?, ?, ?, ?, ?, ?)");
            }
        });
        d.months.forEach((k, amount) -> {
            if (amount.signum() != 0) {
                rows.add("update rollup_investment_month set completed = completed + ? where region_id = ? "
                                + "and project_year = ? and status = ? and source_id = ? and entry_month = ?",
                        new Object[]{amount, k.regionId(), k.year(), k.status(), k.sourceId(), k.month()},
                        "insert into rollup_investment_month (completed, region_id, project_year, status, source_id, "
                                + "entry_month) values (?, ?, ?, ?, ?, ?)");
            }
        });
    }
}
