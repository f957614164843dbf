package org.chenggeng.statistics;

import org.chenggeng.funding.FundingStates;
import org.chenggeng.funding.SourceState;
import org.chenggeng.plan.AnnualPlanService;
import org.chenggeng.plan.PlanActuals;
import org.chenggeng.plan.PlanFigures;
import org.chenggeng.plan.PlanProgress;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.WorkTypeService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A region's row as its records say now: the year's plan, the compounds, households, buildings and floor area of
 * the year's projects (from the plan module's count), and their investment by source, completed up to the month's
 * end. Reads within the signed-in user's scope.
 */
@Component
class LiveFigures {

    private final AnnualPlanService plans;
    private final ProjectQueries projects;
    private final FundingStates funding;
    private final ProgressReadService progress;
    private final WorkTypeService types;

    LiveFigures(AnnualPlanService plans, ProjectQueries projects, FundingStates funding, ProgressReadService progress,
                WorkTypeService types) {
        this.plans = plans;
        this.projects = projects;
        this.funding = funding;
        this.progress = progress;
        this.types = types;
    }

    FormRow row(long regionId, YearMonth month) {
        PlanProgress progress = plans.progress(regionId, month.getYear());
        PlanFigures plan = progress.plan() == null ? PlanFigures.NONE : progress.plan();
        PlanActuals a = progress.actuals();
        List<Long> ids = projects.all(new ProjectFilter(null, null, month.getYear(), regionId, null)).stream()
                .map(ProjectRow::id).toList();
        int last = month.getYear() * 100 + month.getMonthValue();
        Map<Long, BigDecimal> bySource = new TreeMap<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        for (List<SourceState> states : funding.of(ids).values()) {
            for (SourceState s : states) {
                planned = planned.add(s.planned());
                BigDecimal done = s.completedByMonth().headMap(last + 1).values().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                completed = completed.add(done);
                bySource.merge(s.sourceId(), done, BigDecimal::add);
            }
        }
        return new FormRow(regionId, progress.regionName(), plan.compounds(), plan.households(), plan.buildings(),
                orZero(plan.floorArea()), orZero(plan.investment()), a.compounds(), a.compoundsStarted(), a.compoundsCompleted(),
                a.households(), a.householdsStarted(), a.householdsCompleted(), a.buildings(), a.floorArea(),
                planned, completed, bySource, quantities(ids, month));
    }

    /** The key quantities completed by the month's end in the projects, in the form's units. */
    private Map<KeyQuantity, BigDecimal> quantities(List<Long> projectIds, YearMonth month) {
        Map<Long, KeyQuantity> keyOf = new java.util.HashMap<>();
        for (WorkTypeService.WorkTypeRow t : types.all()) {
            KeyQuantity key = KeyQuantity.of(t.data().code());
            if (key != null) {
                keyOf.put(t.id(), key);
            }
        }
        Map<KeyQuantity, BigDecimal> sums = new java.util.EnumMap<>(KeyQuantity.class);
        for (ProgressReadService.ItemTotal item : progress.totals(projectIds, null, month.atEndOfMonth())) {
            KeyQuantity key = keyOf.get(item.workTypeId());
            if (key != null && item.completedInPeriod() != null) {
                sums.merge(key, item.completedInPeriod(), BigDecimal::add);
            }
        }
        sums.replaceAll((k, v) -> k.inFormUnit(v));
        return sums;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
