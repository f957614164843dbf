package org.chenggeng.summary;

import org.chenggeng.project.ProjectPlacement;
import org.chenggeng.work.ItemState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Changes to the summary tables, summed before they are written: what items add to (or, with sign -1, take from)
 * their project's sums and their cell's rows. The maps are sorted, so every transaction writes the rows in one order
 * and two writers never wait for each other in a circle.
 */
final class RollupDelta {

    /** Where a project's figures are summed: its home region, year and status. */
    record Cell(long regionId, int year, String status) implements Comparable<Cell> {

        private static final Comparator<Cell> ORDER = Comparator.comparingLong(Cell::regionId)
                .thenComparingInt(Cell::year).thenComparing(Cell::status);

        @Override
        public int compareTo(Cell o) {
            return ORDER.compare(this, o);
        }
    }

    /**
     * A project's cell (its home region, year and status), the regions above its home (where it is summed as well,
     * so that a region's figures are one cell's rows), its planned dates (which the plan curve follows) and the
     * communities its compounds are in.
     */
    record ProjectKey(long projectId, Cell cell, List<Long> regionsAbove, LocalDate plannedStart,
                      LocalDate plannedEnd, List<Long> communityIds) {

        boolean dated() {
            return plannedStart != null && plannedEnd != null;
        }

        /** The home cell and the same year and status in every region above it. */
        List<Cell> cells() {
            List<Cell> cells = new ArrayList<>(List.of(cell));
            regionsAbove.forEach(r -> cells.add(new Cell(r, cell.year(), cell.status())));
            return cells;
        }

        /** Where a project is summed, as the project module announced it. */
        static ProjectKey of(ProjectPlacement p) {
            return new ProjectKey(p.projectId(), new Cell(p.homeRegionId(), p.year(), p.status().name()),
                    p.regionsAbove(), p.plannedStart(), p.plannedEnd(), p.communityIds());
        }

        /** The same project summed in its home cell only. */
        ProjectKey homeOnly() {
            return new ProjectKey(projectId, cell, List.of(), plannedStart, plannedEnd, communityIds);
        }
    }

    /** The sums a project's completion is computed from (see {@code work.Completion}). */
    record Sums(int items, int budgeted, BigDecimal ratioSum, BigDecimal budgetSum, BigDecimal weightedSum) {

        static final Sums ZERO = new Sums(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Sums plus(Sums o) {
            return new Sums(items + o.items, budgeted + o.budgeted, ratioSum.add(o.ratioSum),
                    budgetSum.add(o.budgetSum), weightedSum.add(o.weightedSum));
        }

        /** Weighted by budget where every item has one, else the mean of the capped ratios; one decimal. */
        BigDecimal completion() {
            if (items == 0) {
                return BigDecimal.ZERO.setScale(1);
            }
            return budgeted == items
                    ? weightedSum.multiply(BigDecimal.valueOf(100)).divide(budgetSum, 1, RoundingMode.HALF_UP)
                    : RollupMath.percent(ratioSum, items);
        }

        boolean isZero() {
            return items == 0 && budgeted == 0 && ratioSum.signum() == 0 && budgetSum.signum() == 0
                    && weightedSum.signum() == 0;
        }
    }

    record CellFigures(int items, int planItems) {

        CellFigures plus(CellFigures o) {
            return new CellFigures(items + o.items, planItems + o.planItems);
        }

        boolean isZero() {
            return items == 0 && planItems == 0;
        }
    }

    record TypeFigures(int items, BigDecimal planned, BigDecimal completed) {

        TypeFigures plus(TypeFigures o) {
            return new TypeFigures(items + o.items, planned.add(o.planned), completed.add(o.completed));
        }

        boolean isZero() {
            return items == 0 && planned.signum() == 0 && completed.signum() == 0;
        }
    }

    /**
     * A month of a cell: how many items have entries in it and how many items' plans run through it, and the
     * increments of the items' capped completion shares and of their planned shares.
     */
    record MonthFigures(int itemMonths, int plannedItems, BigDecimal actual, BigDecimal plan) {

        MonthFigures plus(MonthFigures o) {
            return new MonthFigures(itemMonths + o.itemMonths, plannedItems + o.plannedItems, actual.add(o.actual),
                    plan.add(o.plan));
        }

        boolean isZero() {
            return itemMonths == 0 && plannedItems == 0 && actual.signum() == 0 && plan.signum() == 0;
        }
    }

    record CommunityFigures(int projects, BigDecimal completionSum) {

        CommunityFigures plus(CommunityFigures o) {
            return new CommunityFigures(projects + o.projects, completionSum.add(o.completionSum));
        }

        boolean isZero() {
            return projects == 0 && completionSum.signum() == 0;
        }
    }

    record TypeKey(Cell cell, long typeId) implements Comparable<TypeKey> {

        @Override
        public int compareTo(TypeKey o) {
            int c = cell.compareTo(o.cell);
            return c != 0 ? c : Long.compare(typeId, o.typeId);
        }
    }

    record MonthKey(Cell cell, int month) implements Comparable<MonthKey> {

        @Override
        public int compareTo(MonthKey o) {
            int c = cell.compareTo(o.cell);
            return c != 0 ? c : Integer.compare(month, o.month);
        }
    }

    record CommunityKey(Cell cell, long communityId) implements Comparable<CommunityKey> {

        @Override
        public int compareTo(CommunityKey o) {
            int c = cell.compareTo(o.cell);
            return c != 0 ? c : Long.compare(communityId, o.communityId);
        }
    }

    record ProjectMonth(long projectId, int month) implements Comparable<ProjectMonth> {

        @Override
        public int compareTo(ProjectMonth o) {
            int c = Long.compare(projectId, o.projectId);
            return c != 0 ? c : Integer.compare(month, o.month);
        }
    }

    final SortedMap<Long, Sums> projects = new TreeMap<>();
    /** Per project and month: how many of its active items have entries in the month. */
    final SortedMap<ProjectMonth, Integer> projectMonths = new TreeMap<>();
    final SortedMap<Cell, CellFigures> cells = new TreeMap<>();
    final SortedMap<TypeKey, TypeFigures> types = new TreeMap<>();
    final SortedMap<MonthKey, MonthFigures> months = new TreeMap<>();
    final SortedMap<CommunityKey, CommunityFigures> communities = new TreeMap<>();

    /** Adds ({@code sign} 1) or takes away ({@code sign} -1) what an active item contributes; a retired one adds nothing. */
    void addItem(ProjectKey key, ItemState item, int sign) {
        if (!item.active()) {
            return;
        }
        BigDecimal s = BigDecimal.valueOf(sign);
        item.months().keySet().forEach(m -> projectMonths.merge(new ProjectMonth(item.projectId(), m), sign,
                Integer::sum));
        for (Cell cell : key.cells()) {
            cells.merge(cell, new CellFigures(sign, key.dated() ? sign : 0), CellFigures::plus);
            types.merge(new TypeKey(cell, item.typeId()), new TypeFigures(sign, item.planned().multiply(s),
                    item.completed().multiply(s)), TypeFigures::plus);
            BigDecimal cumulative = BigDecimal.ZERO;
            BigDecimal previous = BigDecimal.ZERO;
            for (Map.Entry<Integer, BigDecimal> m : item.months().entrySet()) {
                cumulative = cumulative.add(m.getValue());
                BigDecimal ratio = RollupMath.curveRatio(cumulative, item.planned());
                months.merge(new MonthKey(cell, m.getKey()), new MonthFigures(sign, 0,
                        ratio.subtract(previous).multiply(s), BigDecimal.ZERO), MonthFigures::plus);
                previous = ratio;
            }
            if (key.dated()) {
                int first = RollupMath.index(key.plannedStart());
                int last = Math.max(first, RollupMath.index(key.plannedEnd()));
                BigDecimal before = BigDecimal.ZERO;
                for (int m = first; m <= last; m++) {
                    BigDecimal share = RollupMath.elapsed(key.plannedStart(), key.plannedEnd(),
                            RollupMath.month(m).atEndOfMonth());
                    months.merge(new MonthKey(cell, m), new MonthFigures(0, sign, BigDecimal.ZERO,
                            share.subtract(before).multiply(s)), MonthFigures::plus);
                    before = share;
                }
            }
        }
        BigDecimal ratio = RollupMath.completionRatio(item.completed(), item.planned());
        boolean budgeted = item.budget() != null && item.budget().signum() > 0;
        projects.merge(item.projectId(), new Sums(sign, budgeted ? sign : 0, ratio.multiply(s),
                budgeted ? item.budget().multiply(s) : BigDecimal.ZERO,
                budgeted ? item.budget().multiply(ratio).multiply(s) : BigDecimal.ZERO), Sums::plus);
    }

    /** Adds another delta's rows (projects' sums and months included) to this one's. */
    void add(RollupDelta other) {
        other.projects.forEach((k, v) -> projects.merge(k, v, Sums::plus));
        other.projectMonths.forEach((k, v) -> projectMonths.merge(k, v, Integer::sum));
        other.cells.forEach((k, v) -> cells.merge(k, v, CellFigures::plus));
        other.types.forEach((k, v) -> types.merge(k, v, TypeFigures::plus));
        other.months.forEach((k, v) -> months.merge(k, v, MonthFigures::plus));
        other.communities.forEach((k, v) -> communities.merge(k, v, CommunityFigures::plus));
    }

    /** A project counted (sign 1) or no longer counted (sign -1) in its communities, with its completion. */
    void addProject(ProjectKey key, BigDecimal completion, int sign) {
        for (Cell cell : key.cells()) {
            for (Long community : key.communityIds()) {
                communities.merge(new CommunityKey(cell, community), new CommunityFigures(sign,
                        completion.multiply(BigDecimal.valueOf(sign))), CommunityFigures::plus);
            }
        }
    }

    /** A project's completion changed: its communities' sums follow. */
    void changeCompletion(ProjectKey key, BigDecimal before, BigDecimal after) {
        if (before.compareTo(after) != 0) {
            for (Cell cell : key.cells()) {
                for (Long community : key.communityIds()) {
                    communities.merge(new CommunityKey(cell, community), new CommunityFigures(0,
                            after.subtract(before)), CommunityFigures::plus);
                }
            }
        }
    }
}
