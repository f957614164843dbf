package org.chenggeng.summary;

import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectLink;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.RegionService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ImportFixture;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary tables after random work done through the services (items planned, re-planned and retired; entries
 * logged and corrected; a project given planned dates, extended into another community and completed; a compound
 * moved): the check finds them equal to the ledger, and the dashboard's figures read from them equal the same figures
 * counted from the items, for the whole district, a community, a street, a year and a status, as administrator,
 * official, committee and project manager. A corrupted row and a project missing from the tables are found, and a
 * rebuild repairs them.
 */
@ChenggengTest
class RollupConsistencyTest {

    private static final List<String> CODES = List.of("SEWAGE_WELL", "ROAD_PAVING", "BENCH", "UNDERGROUND_PIPES",
            "TURF", "CHARGING_POST");

    @Autowired
    ImportFixture fixture;
    @Autowired
    ProgressService progress;
    @Autowired
    WorkItemService workItems;
    @Autowired
    ProjectAccess projects;
    @Autowired
    ProjectEditing editing;
    @Autowired
    ProjectQueries projectQueries;
    @Autowired
    RegionService regions;
    @Autowired
    RollupCheck check;
    @Autowired
    RollupReadService reads;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.chenggeng.support.ProjectMoves moves;
    @Autowired
    TestUsers as;

    @ParameterizedTest
    @ValueSource(longs = {3, 17, 29, 43, 61})
    void tablesEqualTheLedgerAfterRandomWork(long seed) throws Exception {
        Random random = new Random(seed);
        ImportFixture.Site site = fixture.site();
        long projectId = site.projectId();
        if (random.nextBoolean()) {
            as.run("admin", () -> {
                var p = projects.get(projectId);
                var d = p.data();
                editing.update(projectId, p.version(), new ProjectData(d.code(), d.name(), d.year(), d.pilot(),
                        d.implementingUnit(), d.budget(), LocalDate.of(2025, 1, 1).plusDays(random.nextInt(200)),
                        LocalDate.of(2025, 9, 1).plusDays(random.nextInt(600)), d.description(), d.compoundIds()));
            });
        }
        boolean budgets = random.nextBoolean();
        List<Long> items = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String code = CODES.get(random.nextInt(CODES.size()));
            BigDecimal budget = budgets || random.nextInt(3) == 0 ? BigDecimal.valueOf(1000 + random.nextInt(90_000))
                    : null;
            items.add(as.as("admin", () -> workItems.create(projectId, new WorkItemData(fixture.typeId(code),
                    BigDecimal.valueOf(20 + random.nextInt(300)), "位置" + items.size(), budget, null, null))));
        }
        Long replanned = items.get(random.nextInt(items.size()));
        as.run("admin", () -> {
            WorkItemRow row = workItems.item(replanned);
            workItems.update(replanned, row.version(), new WorkItemData(row.workTypeId(),
                    BigDecimal.valueOf(10 + random.nextInt(100)), row.locationNote(), row.budget(), null, null));
        });
        LocalDate first = ImportFixture.STARTED;
        long days = ChronoUnit.DAYS.between(first, LocalDate.now());
        for (int n = 0; n < 30; n++) {
            Long item = items.get(random.nextInt(items.size()));
            LocalDate day = first.plusDays(random.nextLong(days + 1));
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(60));
            Long entry = as.as(site.manager(), () -> progress.log(new ProgressService.LogRequest(item, day, quantity,
                    null, true)));
            if (random.nextInt(4) == 0) {
                as.run(site.manager(), () -> progress.correct(new ProgressService.CorrectionRequest(entry,
                        quantity.subtract(BigDecimal.ONE), "测试更正", true)));
            }
        }
        if (random.nextBoolean()) {
            Long retired = items.get(random.nextInt(items.size()));
            as.run("admin", () -> workItems.retire(retired, workItems.item(retired).version(), "测试取消"));
        }
        Long street = as.as("admin", () -> regions.get(site.communityId()).parentId());
        Long otherCommunity = moves.atRandom(random, projectId, site.communityId(), "汇总测试" + seed);

        RollupCheck.Outcome outcome = check.verify();
        assertThat(outcome.described()).as("seed %d", seed).isEmpty();
        assertThat(outcome.differences()).isZero();

        ProjectStatus status = as.as("admin", () -> projects.get(projectId).status());
        for (ProjectFilter filter : List.of(ProjectFilter.none(), community(site.communityId()),
                community(otherCommunity), community(street), new ProjectFilter(null, null, 2025, null, null),
                new ProjectFilter(null, status, null, street, null))) {
            for (String user : List.of("admin", "official", "committee", "pm")) {
                as.run(user, () -> {
                    RollupReadService.Slice read = reads.slice(filter);
                    RollupReadService.Slice counted = reads.countedSlice(filter);
                    assertThat(read.projectIds()).as("seed %d, %s as %s", seed, filter, user)
                            .containsExactlyInAnyOrderElementsOf(projectQueries.links(filter).stream()
                                    .map(ProjectLink::projectId).distinct().toList());
                    assertThat(read).as("seed %d, %s as %s", seed, filter, user).usingRecursiveComparison()
                            .ignoringFields("counted")
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(counted);
                    assertThat(counted.counted()).isEqualTo(counted.projectIds());
                    assertThat(read.projectIds()).containsAll(read.counted());
                });
            }
        }
    }

    @Test
    void concurrentEntriesOnOneProjectAddUp() throws Exception {
        ImportFixture.Site site = fixture.site();
        List<Long> items = List.of(fixture.item(site.projectId(), "BENCH", "100", "东"),
                fixture.item(site.projectId(), "TURF", "900", "西"), fixture.item(site.projectId(), "SEWAGE_WELL",
                        "60", "南"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                Random random = new Random(t);
                done.add(pool.submit(() -> {
                    for (int n = 0; n < 15; n++) {
                        Long item = items.get(random.nextInt(items.size()));
                        LocalDate day = LocalDate.of(2025, 2 + random.nextInt(9), 1 + random.nextInt(28));
                        as.as(site.manager(), () -> progress.log(new ProgressService.LogRequest(item, day,
                                BigDecimal.valueOf(1 + random.nextInt(9)), null, true)));
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        RollupCheck.Outcome outcome = check.verify();
        assertThat(outcome.described()).isEmpty();
        BigDecimal logged = jdbc.queryForObject("select sum(quantity) from progress_entry pe join work_item wi on "
                + "wi.id = pe.work_item_id where wi.project_id = ?", BigDecimal.class, site.projectId());
        BigDecimal summed = jdbc.queryForObject("select sum(quantity) from item_month im join work_item wi on "
                + "wi.id = im.work_item_id where wi.project_id = ?", BigDecimal.class, site.projectId());
        assertThat(summed).isEqualByComparingTo(logged);
    }

    @Test
    void aCorruptedRowIsFoundAndARebuildRepairsIt() throws Exception {
        ImportFixture.Site site = fixture.site();
        Long item = fixture.item(site.projectId(), "BENCH", "40", "东门");
        as.as(site.manager(), () -> progress.log(new ProgressService.LogRequest(item, LocalDate.of(2025, 3, 3),
                new BigDecimal("7"), null, false)));
        assertThat(check.verify().differences()).isZero();

        jdbc.update("update rollup_type set completed = completed + 1 where work_type_id = ?",
                fixture.typeId("BENCH"));
        jdbc.update("update item_month set quantity = quantity + 2 where work_item_id = ?", item);
        RollupCheck.Outcome broken = check.verify();
        assertThat(broken.consistent()).isFalse();
        assertThat(broken.described()).anyMatch(d -> d.startsWith("type ")).anyMatch(d -> d.startsWith("work item "));

        jdbc.update("delete from project_rollup where project_id = ?", site.projectId());
        assertThat(check.missing()).isTrue();

        RollupCheck.Outcome rebuilt = check.rebuild();
        assertThat(check.missing()).isFalse();
        assertThat(rebuilt.projects()).isGreaterThan(1);
        assertThat(check.verify().described()).isEmpty();
    }

    @Test
    void aRebuildAfterTheLedgerAloneWasRestoredSumsEachItemsCompletedQuantityAfresh() throws Exception {
        ImportFixture.Site site = fixture.site();
        Long item = fixture.item(site.projectId(), "UNDERGROUND_PIPES", "900", "南区");
        as.as(site.manager(), () -> progress.log(new ProgressService.LogRequest(item, LocalDate.of(2025, 4, 1),
                new BigDecimal("100"), null, false)));
        for (String quantity : List.of("250.5", "-20")) {
            jdbc.update("insert into progress_entry (work_item_id, work_date, quantity, over_plan, recorded_by, "
                    + "recorded_at) values (?, ?, ?, false, 'restore', current_timestamp)", item,
                    java.sql.Date.valueOf(LocalDate.of(2025, 5, 2)), new BigDecimal(quantity));
        }
        BigDecimal ledger = jdbc.queryForObject("select sum(quantity) from progress_entry where work_item_id = ?",
                BigDecimal.class, item);
        assertThat(check.verify().described()).anyMatch(d -> d.startsWith("work item " + item + ": completed_quantity"));

        check.rebuild();

        assertThat(check.verify().described()).isEmpty();
        WorkItemRow row = as.as(site.manager(), () -> workItems.items(site.projectId())).stream()
                .filter(i -> i.id().equals(item)).findFirst().orElseThrow();
        assertThat(row.completed()).isEqualByComparingTo(ledger);
        assertThat(row.entryCount()).isEqualTo(3);
    }

    private static ProjectFilter community(Long id) {
        return new ProjectFilter(null, null, null, id, null);
    }
}
