package org.chenggeng.plan;

import org.chenggeng.funding.FundingStates;
import org.chenggeng.funding.SourceState;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts what a region's projects of a year have done, within the signed-in user's scope (see {@link PlanActuals}). */
@Component
class ActualsCounter {

    private final ProjectQueries projects;
    private final CompoundService compounds;
    private final FundingStates funding;

    ActualsCounter(ProjectQueries projects, CompoundService compounds, FundingStates funding) {
        this.projects = projects;
        this.compounds = compounds;
        this.funding = funding;
    }

    PlanActuals count(long regionId, int year) {
        List<ProjectRow> rows = projects.all(new ProjectFilter(null, null, year, regionId, null));
        int started = 0;
        int completed = 0;
        Map<Long, Boolean> compoundStarted = new HashMap<>();
        Set<Long> compoundCompleted = new HashSet<>();
        for (ProjectRow p : rows) {
            boolean s = started(p.status());
            boolean c = completed(p.status());
            started += s ? 1 : 0;
            completed += c ? 1 : 0;
            for (Long id : p.compoundIds()) {
                compoundStarted.merge(id, s, Boolean::logicalOr);
                if (c) {
                    compoundCompleted.add(id);
                }
            }
        }
        int households = 0;
        int householdsStarted = 0;
        int householdsCompleted = 0;
        int buildings = 0;
        int compoundsStarted = 0;
        BigDecimal floorArea = BigDecimal.ZERO;
        for (CompoundService.CompoundRow c : compounds.byIds(compoundStarted.keySet())) {
            households += c.households();
            buildings += c.buildings();
            floorArea = floorArea.add(c.floorArea() == null ? BigDecimal.ZERO : c.floorArea());
            if (compoundStarted.get(c.id())) {
                compoundsStarted++;
                householdsStarted += c.households();
            }
            householdsCompleted += compoundCompleted.contains(c.id()) ? c.households() : 0;
        }
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal done = BigDecimal.ZERO;
        for (List<SourceState> states : funding.of(rows.stream().map(ProjectRow::id).toList()).values()) {
            for (SourceState s : states) {
                planned = planned.add(s.planned());
                done = done.add(s.completed());
            }
        }
        return new PlanActuals(rows.size(), started, completed, compoundStarted.size(), compoundsStarted,
                compoundCompleted.size(), households, householdsStarted, householdsCompleted, buildings, floorArea,
                planned, done);
    }

    static boolean started(ProjectStatus status) {
        return status.ordinal() >= ProjectStatus.IN_PROGRESS.ordinal();
    }

    static boolean completed(ProjectStatus status) {
        return status.ordinal() >= ProjectStatus.COMPLETED.ordinal();
    }
}
