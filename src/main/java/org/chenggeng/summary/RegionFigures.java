package org.chenggeng.summary;

import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.RegionScope;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A year's figures per region from the summary tables, for the monthly statistics form: where each project of the
 * year is summed within a region, and per region the money by source (completed up to a month's end) and the work
 * types' completed quantities to date. A region's figures are those of the projects summed in it (its home, or a
 * region above its home), as the dashboard's cells have them, so that the rows of a region's sub-regions and of the
 * projects summed in the region itself add up to the region's own. For administrators, and officials within their
 * region; anyone else, or a region outside it, is refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RegionFigures {

    private final JdbcTemplate jdbc;
    private final RegionScope scope;
    private final CurrentUser currentUser;

    RegionFigures(JdbcTemplate jdbc, RegionScope scope, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.currentUser = currentUser;
    }

    /** Where a project is summed: its status and its regions, its home first, then each region above it. */
    public record Placed(long projectId, ProjectStatus status, List<Long> path) {

        /** The region of the path directly below {@code regionId}, or {@code regionId} when the project's home is it. */
        public long below(long regionId) {
            int at = path.indexOf(regionId);
            return at <= 0 ? regionId : path.get(at - 1);
        }
    }

    /** A source's planned money (元) and what was completed up to the month's end. */
    public record Money(BigDecimal planned, BigDecimal completed) {

        public static final Money NONE = new Money(BigDecimal.ZERO, BigDecimal.ZERO);

        public Money plus(Money o) {
            return new Money(planned.add(o.planned), completed.add(o.completed));
        }

        public Money minus(Money o) {
            return new Money(planned.subtract(o.planned), completed.subtract(o.completed));
        }
    }

    /** The projects of the year summed in the region, by project id. */
    @Transactional(readOnly = true)
    public Map<Long, Placed> placed(long regionId, int year) {
        check(List.of(regionId));
        Map<Long, Placed> placed = new TreeMap<>();
        jdbc.query("select project_id, status, region_path from project_rollup where project_year = ?", rs -> {
            List<Long> path = Arrays.stream(rs.getString(3).split(",")).filter(p -> !p.isBlank()).map(Long::valueOf)
                    .toList();
            if (path.contains(regionId)) {
                placed.put(rs.getLong(1), new Placed(rs.getLong(1), ProjectStatus.valueOf(rs.getString(2)), path));
            }
        }, year);
        return placed;
    }

    /** Per region and source, the money of the year's projects summed in the region, completed up to the month. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, Money>> money(Collection<Long> regionIds, int year, YearMonth to) {
        check(regionIds);
        Map<Long, Map<Long, Money>> result = new TreeMap<>();
        if (regionIds.isEmpty()) {
            return result;
        }
        RollupQueries.Where where = RollupQueries.where(Set.copyOf(regionIds), year, null);
        jdbc.query("select region_id, source_id, sum(planned) from rollup_investment" + where.sql("")
                + " group by region_id, source_id", rs -> {
            add(result, rs.getLong(1), rs.getLong(2), new Money(rs.getBigDecimal(3), BigDecimal.ZERO));
        }, where.args());
        List<Object> args = new ArrayList<>(List.of(where.args()));
        args.add(to.getYear() * 100 + to.getMonthValue());
        jdbc.query("select region_id, source_id, sum(completed) from rollup_investment_month" + where.sql("")
                + " and entry_month <= ? group by region_id, source_id", rs -> {
            add(result, rs.getLong(1), rs.getLong(2), new Money(BigDecimal.ZERO, rs.getBigDecimal(3)));
        }, args.toArray());
        return result;
    }

    /** Per region and work type (of those asked for), the completed quantity to date of the year's projects. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, BigDecimal>> completedToDate(Collection<Long> regionIds, int year,
                                                           Collection<Long> typeIds) {
        check(regionIds);
        Map<Long, Map<Long, BigDecimal>> result = new TreeMap<>();
        if (regionIds.isEmpty() || typeIds.isEmpty()) {
            return result;
        }
        RollupQueries.Where where = RollupQueries.where(Set.copyOf(regionIds), year, null);
        List<Object> args = new ArrayList<>(List.of(where.args()));
        args.addAll(typeIds);
        jdbc.query("select region_id, work_type_id, sum(completed) from rollup_type" + where.sql("")
                + " and work_type_id in (" + RollupStore.marks(typeIds) + ") group by region_id, work_type_id", rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).merge(rs.getLong(2), rs.getBigDecimal(3),
                    BigDecimal::add);
        }, args.toArray());
        return result;
    }

    private void check(Collection<Long> regionIds) {
        Actor actor = currentUser.require();
        if (actor.isAdmin()) {
            return;
        }
        if (!actor.is(Role.OFFICIAL)) {
            throw currentUser.deny(actor, "region figures");
        }
        for (Long region : regionIds) {
            if (!scope.covers(actor.regionId(), region)) {
                throw currentUser.hide(actor, "region figures of " + region);
            }
        }
    }

    private static void add(Map<Long, Map<Long, Money>> result, long region, long source, Money money) {
        result.computeIfAbsent(region, k -> new TreeMap<>()).merge(source, money, Money::plus);
    }
}
