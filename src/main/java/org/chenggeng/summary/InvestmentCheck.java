package org.chenggeng.summary;

import org.chenggeng.funding.FundingStates;
import org.chenggeng.funding.SourceState;
import org.chenggeng.project.ProjectPlacements;
import org.chenggeng.summary.InvestmentDelta.Figures;
import org.chenggeng.summary.InvestmentDelta.Key;
import org.chenggeng.summary.InvestmentDelta.Where;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The investment sums counted afresh from the funding plans and the ledger ({@link FundingStates}) and the projects'
 * placements, for {@link RollupCheck}'s verify and rebuild.
 */
@Component
class InvestmentCheck {

    private final JdbcTemplate jdbc;
    private final FundingStates funding;
    private final ProjectPlacements placements;
    private final InvestmentRollups rollups;

    InvestmentCheck(JdbcTemplate jdbc, FundingStates funding, ProjectPlacements placements,
                    InvestmentRollups rollups) {
        this.jdbc = jdbc;
        this.funding = funding;
        this.placements = placements;
        this.rollups = rollups;
    }

    /** What the sums should be, where each project is summed, and which projects have any money at all. */
    private record Expected(InvestmentDelta delta, Map<Long, Where> where, java.util.Set<Long> withMoney) {
    }

    private Expected expected() {
        InvestmentDelta delta = new InvestmentDelta();
        Map<Long, Where> where = new TreeMap<>();
        java.util.Set<Long> withMoney = new TreeSet<>();
        for (List<Long> chunk : RollupStore.chunks(placements.ids())) {
            Map<Long, List<SourceState>> states = funding.of(chunk);
            placements.of(chunk).forEach((id, p) -> {
                Where w = InvestmentRollups.where(p);
                where.put(id, w);
                List<SourceState> own = states.getOrDefault(id, List.of());
                if (!own.isEmpty()) {
                    withMoney.add(id);
                }
                delta.add(w, own, 1);
            });
        }
        return new Expected(delta, where, withMoney);
    }

    /** Compares the stored sums with the plans and the ledger, telling each difference. */
    void verify(Consumer<String> differences) {
        Expected expected = expected();
        Map<Long, Where> stored = new TreeMap<>();
        jdbc.query("select project_id, region_path, project_year, status from investment_project", rs -> {
            stored.put(rs.getLong(1), Where.of(rs.getString(2), rs.getInt(3), rs.getString(4)));
        });
        for (Long p : union(expected.where().keySet(), stored.keySet())) {
            // a project from before the money tables (migration 011) gets its row with its first plan or entry
            boolean notYetSummed = stored.get(p) == null && !expected.withMoney().contains(p);
            if (!notYetSummed && !java.util.Objects.equals(expected.where().get(p), stored.get(p))) {
                differences.accept("investment of project " + p + ": summed as " + stored.get(p) + ", should be "
                        + expected.where().get(p));
            }
        }
        Map<Key, Figures> sources = new TreeMap<>();
        jdbc.query("select region_id, project_year, status, source_id, planned, completed from rollup_investment",
                rs -> {
                    sources.put(new Key(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), 0),
                            new Figures(rs.getBigDecimal(5), rs.getBigDecimal(6)));
                });
        Map<Key, BigDecimal> months = new TreeMap<>();
        jdbc.query("select region_id, project_year, status, source_id, entry_month, completed "
                + "from rollup_investment_month", rs -> {
            months.put(new Key(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getInt(5)),
                    rs.getBigDecimal(6));
        });
        for (Key k : union(expected.delta().sources.keySet(), sources.keySet())) {
            Figures e = expected.delta().sources.getOrDefault(k, Figures.ZERO);
            Figures s = sources.getOrDefault(k, Figures.ZERO);
            if (e.planned().compareTo(s.planned()) != 0 || e.completed().compareTo(s.completed()) != 0) {
                differences.accept("investment " + k + ": summed " + s + ", should be " + e);
            }
        }
        for (Key k : union(expected.delta().months.keySet(), months.keySet())) {
            BigDecimal e = expected.delta().months.getOrDefault(k, BigDecimal.ZERO);
            BigDecimal s = months.getOrDefault(k, BigDecimal.ZERO);
            if (e.compareTo(s) != 0) {
                differences.accept("investment month " + k + ": summed " + s + ", should be " + e);
            }
        }
    }

    /** Empties the investment sums, at the start of a rebuild in chunks. */
    void clear() {
        jdbc.update("delete from rollup_investment_month");
        jdbc.update("delete from rollup_investment");
        jdbc.update("delete from investment_project");
    }

    /**
     * Counts one chunk's projects after {@link #clear}: each project without a row is counted whole and given one; a
     * project that has one was counted whole by a writer since the clear (its first plan or entry), and is left.
     */
    void rebuild(List<Long> chunk) {
        java.util.Set<Long> summed = new TreeSet<>();
        jdbc.query("select project_id from investment_project where project_id in (" + RollupStore.marks(chunk)
                + ") order by project_id for update", rs -> {
            summed.add(rs.getLong(1));
        }, chunk.toArray());
        List<Long> missing = chunk.stream().filter(p -> !summed.contains(p)).toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<Long, List<SourceState>> states = funding.of(missing);
        InvestmentDelta delta = new InvestmentDelta();
        Map<Long, Where> where = new TreeMap<>();
        placements.of(missing).forEach((id, p) -> {
            Where w = InvestmentRollups.where(p);
            where.put(id, w);
            delta.add(w, states.getOrDefault(id, List.of()), 1);
        });
        jdbc.batchUpdate("insert into investment_project (project_id, region_path, project_year, status) "
                + "values (?, ?, ?, ?)", where.entrySet().stream().map(e -> new Object[]{e.getKey(),
                e.getValue().path(), e.getValue().year(), e.getValue().status()}).toList());
        rollups.apply(delta);
    }

    private static <T> TreeSet<T> union(java.util.Set<T> a, java.util.Set<T> b) {
        TreeSet<T> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
