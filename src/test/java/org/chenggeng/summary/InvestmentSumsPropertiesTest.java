package org.chenggeng.summary;

import org.chenggeng.funding.FundingService;
import org.chenggeng.funding.FundingSourceRow;
import org.chenggeng.funding.FundingSourceService;
import org.chenggeng.funding.InvestmentLedger;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.RegionService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ImportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random funding plans, investment entries and corrections, with the project moved at random (a compound in another
 * community added, completed, its compound moved): the summary's investment sums per source, for a community, the
 * street, the street and a status, and everything, equal a brute-force sum over the plans and ledgers of the matching
 * projects, in total and within a year; and the operator's verify finds nothing to say.
 */
@ChenggengTest
class InvestmentSumsPropertiesTest {

    @Autowired
    ImportFixture fixture;
    @Autowired
    FundingService funding;
    @Autowired
    FundingSourceService sources;
    @Autowired
    InvestmentLedger ledger;
    @Autowired
    InvestmentReadService sums;
    @Autowired
    RollupReadService slices;
    @Autowired
    ProjectQueries queries;
    @Autowired
    RegionService regions;
    @Autowired
    RollupCheck check;
    @Autowired
    org.chenggeng.support.ProjectMoves moves;
    @Autowired
    TestUsers as;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(longs = {3, 17, 29, 43, 61, 79})
    void theSummarysInvestmentSumsAreTheSumsOfThePlansAndTheLedger(long seed) throws Exception {
        Random random = new Random(seed);
        ImportFixture.Site site = fixture.site();
        long projectId = site.projectId();
        List<FundingSourceRow> active = as.as("admin", () -> sources.active());
        for (int n = 0; n < 4; n++) {
            long source = active.get(random.nextInt(active.size())).id();
            BigDecimal planned = BigDecimal.valueOf(random.nextInt(50_000_000), 2);
            as.run("admin", () -> funding.setPlan(projectId, source, planned));
        }
        YearMonth first = YearMonth.from(ImportFixture.STARTED);
        long months = ChronoUnit.MONTHS.between(first, YearMonth.now());
        for (int n = 0; n < 20; n++) {
            long source = active.get(random.nextInt(active.size())).id();
            YearMonth month = first.plusMonths(random.nextLong(months + 1));
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(90_000_000), 2);
            Long entry = as.as(site.manager(), () -> ledger.record(new InvestmentLedger.InvestmentRequest(projectId,
                    source, month, amount, null)));
            if (random.nextInt(4) == 0) {
                BigDecimal right = BigDecimal.valueOf(random.nextInt(90_000_000), 2);
                if (right.compareTo(amount) != 0) {
                    as.run(site.manager(), () -> ledger.correct(new InvestmentLedger.InvestmentCorrection(entry,
                            right, "测试更正")));
                }
            }
        }
        moves.atRandom(random, projectId, site.communityId(), "资金汇总测试" + seed);

        long street = as.as("admin", () -> regions.all().stream().filter(r -> r.name().equals("月牙河街"))
                .findFirst().orElseThrow().id());
        YearMonth from = YearMonth.of(2025, 1);
        YearMonth to = YearMonth.of(2025, 12);
        for (ProjectFilter filter : List.of(new ProjectFilter(null, null, null, site.communityId(), null),
                new ProjectFilter(null, null, null, street, null),
                new ProjectFilter(null, ProjectStatus.COMPLETED, 2025, street, null), ProjectFilter.none())) {
            for (String user : List.of("admin", "official")) {
                InvestmentReadService.InvestmentTotals summed = as.as(user, () -> sums.totals(filter, from, to));
                InvestmentReadService.InvestmentTotals ofSlice = as.as(user, () -> sums.totals(slices.slice(filter),
                        filter, from, to));
                assertThat(ofSlice).as("seed %d %s %s from the dashboard's slice", seed, user, filter)
                        .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .isEqualTo(summed);
                Map<Long, BigDecimal[]> brute = bruteForce(user, filter, from, to);
                assertThat(summed.sources()).as("seed %d %s %s sources", seed, user, filter)
                        .extracting(InvestmentReadService.SourceTotal::sourceId)
                        .containsExactlyInAnyOrderElementsOf(brute.keySet());
                for (InvestmentReadService.SourceTotal t : summed.sources()) {
                    BigDecimal[] b = brute.get(t.sourceId());
                    assertThat(t.planned()).as("seed %d %s %s planned", seed, user, filter).isEqualByComparingTo(b[0]);
                    assertThat(t.completed()).as("seed %d %s %s completed", seed, user, filter)
                            .isEqualByComparingTo(b[1]);
                    assertThat(t.completedInPeriod()).as("seed %d %s %s in 2025", seed, user, filter)
                            .isEqualByComparingTo(b[2]);
                }
            }
        }
        assertThat(check.verify().described()).as("seed %d verify", seed).isEmpty();
    }

    @Test
    void aProjectFromBeforeTheMoneyTablesIsNoDifferenceUntilItHasMoney() throws Exception {
        ImportFixture.Site site = fixture.site();
        long projectId = site.projectId();
        String about = "investment of project " + projectId + ":";
        // as a database upgraded to migration 011 has it: a project with no row where its money is summed
        jdbc.update("delete from investment_project where project_id = ?", projectId);
        assertThat(check.verify().described()).noneMatch(d -> d.startsWith(about));

        long source = as.as("admin", () -> sources.active()).getFirst().id();
        as.run("admin", () -> funding.setPlan(projectId, source, new BigDecimal("1000000.00")));
        assertThat(jdbc.queryForObject("select count(*) from investment_project where project_id = ?", Integer.class,
                projectId)).isOne();
        assertThat(check.verify().described()).noneMatch(d -> d.contains("project " + projectId));

        jdbc.update("delete from investment_project where project_id = ?", projectId);
        assertThat(check.verify().described()).anyMatch(d -> d.startsWith(about));
        check.rebuild();
        assertThat(check.verify().described()).isEmpty();
    }

    /** Planned, completed and completed within the months, per source, read line by line from each matching project. */
    private Map<Long, BigDecimal[]> bruteForce(String user, ProjectFilter filter, YearMonth from, YearMonth to)
            throws Exception {
        Map<Long, BigDecimal[]> bySource = new TreeMap<>();
        for (ProjectRow p : as.as(user, () -> queries.all(filter))) {
            for (FundingService.FundingLine line : as.as(user, () -> funding.overview(p.id())).lines()) {
                if (line.planned().signum() != 0) {
                    row(bySource, line.source().id())[0] = row(bySource, line.source().id())[0].add(line.planned());
                }
            }
            for (InvestmentLedger.InvestmentRow e : as.as(user, () -> ledger.ledger(p.id()))) {
                BigDecimal[] r = row(bySource, e.sourceId());
                r[1] = r[1].add(e.amount());
                if (!e.month().isBefore(from) && !e.month().isAfter(to)) {
                    r[2] = r[2].add(e.amount());
                }
            }
        }
        bySource.values().removeIf(r -> r[0].signum() == 0 && r[1].signum() == 0 && r[2].signum() == 0);
        return bySource;
    }

    private static BigDecimal[] row(Map<Long, BigDecimal[]> bySource, long source) {
        return bySource.computeIfAbsent(source, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO});
    }
}
