package org.chenggeng.summary;

import org.chenggeng.funding.FundingStates;
import org.chenggeng.funding.InvestmentChanged;
import org.chenggeng.funding.SourceState;
import org.chenggeng.project.ProjectChanged;
import org.chenggeng.project.ProjectPlacement;
import org.chenggeng.project.ProjectPlacements;
import org.chenggeng.summary.InvestmentDelta.Where;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the investment sums ({@code rollup_investment}, {@code rollup_investment_month}) in step with the funding plans
 * and the investment ledger, in the writing transaction, as {@link Rollups} does for the quantities: a change takes
 * away what the sources contributed before and adds what they contribute now; a project that moves (status, year,
 * compounds) takes its money from where it was summed ({@code investment_project}) to where it is summed now.
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
        Optional<Where> where = lock(event.projectId());
        InvestmentDelta delta = new InvestmentDelta();
        if (where.isEmpty()) {
            // not summed yet (a database from before the tables): the project's money is counted whole
            Where now = where(placements.of(List.of(event.projectId())).get(event.projectId()));
            insert(event.projectId(), now);
            delta.add(now, funding.of(List.of(event.projectId())).getOrDefault(event.projectId(), List.of()), 1);
        } else {
            delta.add(where.get(), event.before(), -1);
            delta.add(where.get(), event.after(), 1);
        }
        apply(delta);
    }

    @EventListener
    void on(ProjectChanged event) {
        long id = event.projectId();
        Where now = where(event.now());
        Optional<Where> was = lock(id);
        if (was.isPresent() && was.get().equals(now)) {
            return;
        }
        List<SourceState> states = funding.of(List.of(id)).getOrDefault(id, List.of());
        InvestmentDelta delta = new InvestmentDelta();
        was.ifPresent(w -> delta.add(w, states, -1));
        delta.add(now, states, 1);
        if (was.isPresent()) {
            jdbc.update("update investment_project set region_path = ?, project_year = ?, status = ? "
                    + "where project_id = ?", now.path(), now.year(), now.status(), id);
        } else {
            insert(id, now);
        }
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

    private Optional<Where> lock(long projectId) {
        return jdbc.query("select region_path, project_year, status from investment_project where project_id = ? "
                        + "for update", (rs, n) -> Where.of(rs.getString(1), rs.getInt(2), rs.getString(3)), projectId)
                .stream().findFirst();
    }

    private void insert(long projectId, Where where) {
        jdbc.update("insert into investment_project (project_id, region_path, project_year, status) "
                + "values (?, ?, ?, ?)", projectId, where.path(), where.year(), where.status());
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
