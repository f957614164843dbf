package org.chenggeng.summary;

import org.chenggeng.funding.FundingStates;
import org.chenggeng.funding.SourceState;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectLink;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Planned and completed investment per funding source for the projects a filter matches, in the user's scope: from
 * the summary tables where they can answer (as {@link RollupReadService#slice} decides), and from the funding plans
 * and ledger for projects summed above the region asked for and wherever the tables cannot answer. Either way the
 * figures are the same.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class InvestmentReadService {

    private final JdbcTemplate jdbc;
    private final RollupReadService rollups;
    private final RollupQueries queries;
    private final ProjectQueries projects;
    private final FundingStates funding;
    private final CurrentUser currentUser;

    InvestmentReadService(JdbcTemplate jdbc, RollupReadService rollups, RollupQueries queries,
                          ProjectQueries projects, FundingStates funding, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.queries = queries;
        this.projects = projects;
        this.funding = funding;
        this.currentUser = currentUser;
    }

    /** A source's planned and completed money (元), and what was completed in the period asked for. */
    public record SourceTotal(long sourceId, BigDecimal planned, BigDecimal completed, BigDecimal completedInPeriod) {

        SourceTotal plus(SourceTotal o) {
            return new SourceTotal(sourceId, planned.add(o.planned), completed.add(o.completed),
                    completedInPeriod.add(o.completedInPeriod));
        }
    }

    /** The sources with money (a row of zeros is left out), in id order, and their sums. */
    public record InvestmentTotals(List<SourceTotal> sources) {

        public BigDecimal planned() {
            return sources.stream().map(SourceTotal::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal completed() {
            return sources.stream().map(SourceTotal::completed).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal completedInPeriod() {
            return sources.stream().map(SourceTotal::completedInPeriod).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * The money of the projects in scope that match the filter; {@code from} and {@code to} (both optional, both
     * included) bound the months of {@code completedInPeriod}.
     */
    @Transactional(readOnly = true)
    public InvestmentTotals totals(ProjectFilter filter, YearMonth from, YearMonth to) {
        RollupReadService.Reach reach = rollups.reach(filter, currentUser.require());
        Set<Long> regions = regions(reach);
        Set<Long> counted;
        if (!reach.tables()) {
            counted = matched(filter);
        } else if (reach.region() == null) {
            counted = unplaced(() -> matched(filter));
        } else {
            counted = summedElsewhere(matched(filter), regions);
        }
        return totals(reach, regions, filter, counted, from, to);
    }

    /**
     * The same figures for the dashboard, which has read and scope-checked the matching projects already in its
     * {@code slice} (from {@link RollupReadService#slice} for the same filter and user): the money of the projects
     * the slice counted from their items is counted from the ledger, the rest comes from the tables, and the project
     * module is not asked again.
     */
    @Transactional(readOnly = true)
    public InvestmentTotals totals(RollupReadService.Slice slice, ProjectFilter filter, YearMonth from, YearMonth to) {
        RollupReadService.Reach reach = rollups.reach(filter, currentUser.require());
        Set<Long> counted;
        if (!reach.tables()) {
            counted = slice.projectIds();
        } else if (reach.region() == null) {
            counted = unplaced(slice::projectIds);
        } else {
            counted = slice.counted();
        }
        return totals(reach, regions(reach), filter, counted, from, to);
    }

    private Set<Long> regions(RollupReadService.Reach reach) {
        return reach.region() == null ? queries.roots() : Set.of(reach.region());
    }

    /** The cells' sums where the tables answer, and the {@code counted} projects' money from the ledger. */
    private InvestmentTotals totals(RollupReadService.Reach reach, Set<Long> regions, ProjectFilter filter,
                                    Set<Long> counted, YearMonth from, YearMonth to) {
        Map<Long, SourceTotal> sums = new TreeMap<>();
        if (reach.tables()) {
            RollupQueries.Where where = RollupQueries.where(regions, filter.year(), filter.status());
            jdbc.query("select source_id, sum(planned), sum(completed) from rollup_investment" + where.sql("")
                    + " group by source_id", rs -> {
                add(sums, new SourceTotal(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), BigDecimal.ZERO));
            }, where.args());
            List<Object> args = new ArrayList<>(List.of(where.args()));
            String months = months(from, to, args);
            jdbc.query("select source_id, sum(completed) from rollup_investment_month" + where.sql("") + months
                    + " group by source_id", rs -> {
                add(sums, new SourceTotal(rs.getLong(1), BigDecimal.ZERO, BigDecimal.ZERO, rs.getBigDecimal(2)));
            }, args.toArray());
        }
        for (List<SourceState> states : funding.of(counted).values()) {
            for (SourceState s : states) {
                BigDecimal inPeriod = s.completedByMonth().entrySet().stream()
                        .filter(e -> within(e.getKey(), from, to)).map(Map.Entry::getValue)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                add(sums, new SourceTotal(s.sourceId(), s.planned(), s.completed(), inPeriod));
            }
        }
        return new InvestmentTotals(sums.values().stream().filter(t -> t.planned().signum() != 0
                || t.completed().signum() != 0 || t.completedInPeriod().signum() != 0).toList());
    }

    /** The projects in the user's scope that match the filter, as the project module gives them. */
    private Set<Long> matched(ProjectFilter filter) {
        Set<Long> matched = new TreeSet<>();
        projects.links(filter).stream().map(ProjectLink::projectId).forEach(matched::add);
        return matched;
    }

    /**
     * Where the tables are read for every region at the top: the matched projects with money summed in none, those
     * without a home region. A project's path ends at a top region, so only an empty path is summed nowhere; when
     * there is none, the scope's projects need not be asked for at all (the whole city's dashboard asked twice).
     */
    private Set<Long> unplaced(Supplier<Set<Long>> matching) {
        List<Long> unplaced = jdbc.queryForList("select project_id from investment_project where region_path = ''",
                Long.class);
        if (unplaced.isEmpty()) {
            return Set.of();
        }
        Set<Long> matched = new TreeSet<>(matching.get());
        matched.retainAll(unplaced);
        return matched;
    }

    /**
     * Of the matched projects, those with money that is not summed in any of the regions (their home lies above
     * them). A project without a row in {@code investment_project} has no money: the row comes with its first plan or
     * entry (or a rebuild), so it is left out rather than counted from the ledger, which cost the whole city's
     * dashboard a funding query per thousand projects on a database from before the money tables.
     */
    private Set<Long> summedElsewhere(Set<Long> matched, Set<Long> regions) {
        Set<Long> elsewhere = new TreeSet<>();
        for (List<Long> chunk : RollupStore.chunks(matched)) {
            jdbc.query("select project_id, region_path from investment_project where project_id in ("
                    + RollupStore.marks(chunk) + ")", rs -> {
                boolean inside = false;
                for (String r : rs.getString(2).split(",")) {
                    if (!r.isBlank() && regions.contains(Long.valueOf(r))) {
                        inside = true;
                    }
                }
                if (!inside) {
                    elsewhere.add(rs.getLong(1));
                }
            }, chunk.toArray());
        }
        return elsewhere;
    }

    private static String months(YearMonth from, YearMonth to, List<Object> args) {
        StringBuilder s = new StringBuilder();
        if (from != null) {
            s.append(" and entry_month >= ?");
            args.add(from.getYear() * 100 + from.getMonthValue());
        }
        if (to != null) {
            s.append(" and entry_month <= ?");
            args.add(to.getYear() * 100 + to.getMonthValue());
        }
        return s.toString();
    }

    private static boolean within(int month, YearMonth from, YearMonth to) {
        return (from == null || month >= from.getYear() * 100 + from.getMonthValue())
                && (to == null || month <= to.getYear() * 100 + to.getMonthValue());
    }

    private static void add(Map<Long, SourceTotal> sums, SourceTotal t) {
        sums.merge(t.sourceId(), t, SourceTotal::plus);
    }
}
