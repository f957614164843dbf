package org.chenggeng.statistics;

import org.chenggeng.plan.AnnualPlanService;
import org.chenggeng.plan.PlanFigures;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectLink;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService.RegionNode;
import org.chenggeng.summary.RegionFigures;
import org.chenggeng.summary.RegionFigures.Money;
import org.chenggeng.summary.RegionFigures.Placed;
import org.chenggeng.work.MonthIndex;
import org.chenggeng.work.WorkItemStates;
import org.chenggeng.work.WorkTypeService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rows of a region's form as the records say now, all in one pass from the summary tables: the year's projects
 * summed in the region (from {@link RegionFigures}), each counted in the row of the sub-region it is summed in, or
 * in the region's own row when it spans sub-regions; per row the plan for the year, the compounds, households,
 * buildings and floor area of its projects (a compound counts once, started when one of its projects has started),
 * the money by source completed to the month's end, and the key quantities to the month's end (completed to date,
 * less what was completed after the month). Nothing is read from the ledgers. Within the signed-in user's scope.
 */
@Component
class LiveFigures {

    private final AnnualPlanService plans;
    private final ProjectQueries projects;
    private final CompoundService compounds;
    private final RegionFigures figures;
    private final WorkItemStates items;
    private final WorkTypeService types;

    LiveFigures(AnnualPlanService plans, ProjectQueries projects, CompoundService compounds, RegionFigures figures,
                WorkItemStates items, WorkTypeService types) {
        this.plans = plans;
        this.projects = projects;
        this.compounds = compounds;
        this.figures = figures;
        this.items = items;
        this.types = types;
    }

    /**
     * A row per sub-region (in their order), and a row of the region itself, last, when some project spans its
     * sub-regions; the region's one row when it has none.
     */
    List<FormRow> rows(RegionNode region, List<RegionNode> below, YearMonth month) {
        int year = month.getYear();
        Map<Long, String> names = new LinkedHashMap<>();
        below.forEach(r -> names.put(r.id(), r.name()));
        Map<Long, Placed> placed = figures.placed(region.id(), year);
        Map<Long, Row> rows = new LinkedHashMap<>();
        names.keySet().forEach(id -> rows.put(id, new Row()));
        for (Placed p : placed.values()) {
            long in = below.isEmpty() ? region.id() : p.below(region.id());
            rows.computeIfAbsent(rows.containsKey(in) ? in : region.id(), k -> new Row()).projects.put(p.projectId(),
                    p.status());
        }
        if (below.isEmpty() || rows.containsKey(region.id())) {
            names.put(region.id(), region.name());
            rows.putIfAbsent(region.id(), new Row());
        }
        compounds(region.id(), year, rows);
        List<Long> regionIds = new ArrayList<>(names.keySet());
        if (!regionIds.contains(region.id())) {
            regionIds.add(region.id());
        }
        Map<Long, Map<Long, Money>> money = ownOnly(region.id(), names.keySet(),
                figures.money(regionIds, year, month), Money::minus, Money.NONE);
        Map<Long, KeyQuantity> keyOf = keyTypes();
        Map<Long, Map<Long, BigDecimal>> toDate = ownOnly(region.id(), names.keySet(),
                figures.completedToDate(regionIds, year, keyOf.keySet()), BigDecimal::subtract, BigDecimal.ZERO);
        Map<Long, Map<Long, BigDecimal>> after = items.completedAfter(placed.keySet(), keyOf.keySet(),
                MonthIndex.index(month));
        Map<Long, PlanFigures> planned = plans.plans(names.keySet(), year);
        // the region's own plan is its sub-regions' plans together; its own row (projects spanning them) has none
        List<FormRow> result = new ArrayList<>();
        for (Map.Entry<Long, String> e : names.entrySet()) {
            Row row = rows.get(e.getKey());
            Map<KeyQuantity, BigDecimal> keys = new EnumMap<>(KeyQuantity.class);
            toDate.getOrDefault(e.getKey(), Map.of()).forEach((type, q) -> keys.merge(keyOf.get(type), q,
                    BigDecimal::add));
            for (Long project : row.projects.keySet()) {
                after.getOrDefault(project, Map.of()).forEach((type, q) -> keys.merge(keyOf.get(type), q.negate(),
                        BigDecimal::add));
            }
            keys.replaceAll((k, v) -> k.inFormUnit(v));
            keys.values().removeIf(v -> v.signum() == 0);
            boolean spanning = e.getKey() == region.id() && !below.isEmpty();
            result.add(row.toForm(e.getKey(), e.getValue(), spanning ? PlanFigures.NONE
                            : planned.getOrDefault(e.getKey(), PlanFigures.NONE),
                    money.getOrDefault(e.getKey(), Map.of()), keys));
        }
        return result;
    }

    /** The projects' compounds, from the project module's one query for the region and year. */
    private void compounds(long regionId, int year, Map<Long, Row> rows) {
        Map<Long, Row> rowOf = new HashMap<>();
        rows.values().forEach(r -> r.projects.keySet().forEach(p -> rowOf.put(p, r)));
        Set<Long> ids = new HashSet<>();
        for (ProjectLink l : projects.links(new ProjectFilter(null, null, year, regionId, null))) {
            Row row = rowOf.get(l.projectId());
            if (row != null && l.compoundId() != null) {
                row.compounds.merge(l.compoundId(), started(l.status()), Boolean::logicalOr);
                if (completed(l.status())) {
                    row.completed.add(l.compoundId());
                }
                ids.add(l.compoundId());
            }
        }
        Map<Long, CompoundService.CompoundRow> found = new HashMap<>();
        compounds.byIds(ids).forEach(c -> found.put(c.id(), c));
        rows.values().forEach(r -> r.found = found);
    }

    /**
     * A region's own sums less those of the sub-regions: what the projects summed in the region itself (spanning
     * sub-regions) have; the sub-regions' sums as they are.
     */
    private static <V> Map<Long, Map<Long, V>> ownOnly(long regionId, Set<Long> rows, Map<Long, Map<Long, V>> sums,
                                                      java.util.function.BinaryOperator<V> minus, V zero) {
        Map<Long, Map<Long, V>> result = new TreeMap<>();
        for (Long row : rows) {
            if (row != regionId) {
                result.put(row, sums.getOrDefault(row, Map.of()));
            }
        }
        if (rows.contains(regionId)) {
            Map<Long, V> own = new TreeMap<>(sums.getOrDefault(regionId, Map.of()));
            for (Map.Entry<Long, Map<Long, V>> e : result.entrySet()) {
                e.getValue().forEach((k, v) -> own.put(k, minus.apply(own.getOrDefault(k, zero), v)));
            }
            result.put(regionId, own);
        }
        return result;
    }

    private Map<Long, KeyQuantity> keyTypes() {
        Map<Long, KeyQuantity> keyOf = new HashMap<>();
        for (WorkTypeService.WorkTypeRow t : types.all()) {
            KeyQuantity key = KeyQuantity.of(t.data().code());
            if (key != null) {
                keyOf.put(t.id(), key);
            }
        }
        return keyOf;
    }

    static boolean started(ProjectStatus status) {
        return status.ordinal() >= ProjectStatus.IN_PROGRESS.ordinal();
    }

    static boolean completed(ProjectStatus status) {
        return status.ordinal() >= ProjectStatus.COMPLETED.ordinal();
    }

    /** A row's projects and their compounds (whether any project renewing each has started, and which completed). */
    private static final class Row {
        final Map<Long, ProjectStatus> projects = new TreeMap<>();
        final Map<Long, Boolean> compounds = new TreeMap<>();
        final Set<Long> completed = new HashSet<>();
        Map<Long, CompoundService.CompoundRow> found = Map.of();

        FormRow toForm(long regionId, String name, PlanFigures plan, Map<Long, Money> money,
                       Map<KeyQuantity, BigDecimal> keys) {
            int households = 0;
            int householdsStarted = 0;
            int householdsCompleted = 0;
            int buildings = 0;
            int started = 0;
            BigDecimal floorArea = BigDecimal.ZERO;
            for (Map.Entry<Long, Boolean> c : compounds.entrySet()) {
                CompoundService.CompoundRow row = found.get(c.getKey());
                if (row == null) {
                    continue;
                }
                households += row.households();
                buildings += row.buildings();
                floorArea = floorArea.add(row.floorArea() == null ? BigDecimal.ZERO : row.floorArea());
                if (c.getValue()) {
                    started++;
                    householdsStarted += row.households();
                }
                householdsCompleted += completed.contains(c.getKey()) ? row.households() : 0;
            }
            Map<Long, BigDecimal> bySource = new TreeMap<>();
            BigDecimal planned = BigDecimal.ZERO;
            BigDecimal done = BigDecimal.ZERO;
            for (Map.Entry<Long, Money> m : money.entrySet()) {
                if (m.getValue().planned().signum() == 0 && m.getValue().completed().signum() == 0) {
                    continue;
                }
                planned = planned.add(m.getValue().planned());
                done = done.add(m.getValue().completed());
                bySource.put(m.getKey(), m.getValue().completed());
            }
            return new FormRow(regionId, name, plan.compounds(), plan.households(), plan.buildings(),
                    orZero(plan.floorArea()), orZero(plan.investment()), compounds.size(), started, completed.size(),
                    households, householdsStarted, householdsCompleted, buildings, floorArea, planned, done, bySource,
                    keys);
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
