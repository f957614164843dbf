package org.chenggeng.summary;

import org.chenggeng.project.ProjectPlacements;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ImportFixture;
import org.chenggeng.work.LedgerCheck;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemStates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rebuild in chunks of projects (issue 15): small chunks give exactly the tables one chunk gives, and exactly
 * what the writers had kept; a rebuild stopped after a chunk is resumed from the project it got to, with progress
 * logged meanwhile on a project it had done and on one it had not, and ends with the tables equal to the ledger.
 */
@ChenggengTest
class RollupRebuildChunksTest {

    /** Every table the rebuild writes, the ledger's own sums included. */
    private static final List<String> TABLES = List.of("project_rollup", "project_month", "rollup_cell",
            "rollup_type", "rollup_month", "rollup_community", "investment_project", "rollup_investment",
            "rollup_investment_month", "item_month", "work_item");

    @Autowired
    LedgerCheck ledger;
    @Autowired
    ProjectPlacements placements;
    @Autowired
    RollupStore store;
    @Autowired
    RollupRows rows;
    @Autowired
    WorkItemStates items;
    @Autowired
    InvestmentCheck investments;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    RollupCheck check;
    @Autowired
    ImportFixture fixture;
    @Autowired
    ProgressService progress;
    @Autowired
    TestUsers as;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void smallChunksGiveExactlyTheTablesOfOneChunk() throws Exception {
        siteWithProgress("BENCH", "40", "7");
        siteWithProgress("TURF", "900", "250.5");
        assertThat(check.verify().described()).isEmpty();
        Map<String, List<String>> kept = snapshot(false);

        RollupCheck.Outcome whole = chunked(1_000_000).rebuild();
        Map<String, List<String>> once = snapshot(true);
        List<Integer> chunks = new ArrayList<>();
        chunked(3).rebuild((chunk, last) -> chunks.add(chunk));
        Map<String, List<String>> inChunks = snapshot(true);

        assertThat(chunks).hasSizeGreaterThan(2).startsWith(1, 2, 3);
        assertThat(inChunks).isEqualTo(once);
        assertThat(snapshot(false)).isEqualTo(kept);
        assertThat(whole.projects()).isEqualTo(placements.ids().size());
        RollupCheck.Outcome verified = check.verify();
        assertThat(verified.described()).isEmpty();
        assertThat(verified.differences()).isZero();
    }

    @Test
    void aRebuildStoppedAfterAChunkResumesFromItsLastProjectAndEndsEqualToTheLedger() throws Exception {
        ImportFixture.Site done = siteWithProgress("SEWAGE_WELL", "60", "5");
        ImportFixture.Site notYet = siteWithProgress("ROAD_PAVING", "300", "120");
        Long doneItem = firstItem(done.projectId());
        Long notYetItem = firstItem(notYet.projectId());
        // the ledger alone restored from a backup: an entry that no item sum knows of
        jdbc.update("insert into progress_entry (work_item_id, work_date, quantity, over_plan, recorded_by, "
                + "recorded_at) values (?, ?, ?, false, 'restore', current_timestamp)", notYetItem,
                java.sql.Date.valueOf(LocalDate.of(2025, 6, 2)), new BigDecimal("33"));
        assertThat(check.verify().consistent()).isFalse();

        List<Integer> before = new ArrayList<>();
        assertThatThrownBy(() -> chunked(1).rebuild((chunk, last) -> {
            before.add(chunk);
            if (last >= done.projectId()) {
                throw new IllegalStateException("stopped after chunk " + chunk);
            }
        })).hasMessageStartingWith("stopped after chunk");
        assertThat(jdbc.queryForMap("select state, last_project_id, chunks from rollup_rebuild where name = 'summary'"))
                .containsEntry("STATE", "RUNNING").containsEntry("LAST_PROJECT_ID", done.projectId())
                .containsEntry("CHUNKS", before.getLast());
        assertThat(check.missing()).isTrue();
        assertThat(count("select count(*) from project_rollup where project_id = ?", done.projectId())).isOne();
        assertThat(count("select count(*) from project_rollup where project_id = ?", notYet.projectId())).isZero();

        // writers go on meanwhile: on a project the rebuild has done, and on one it has not reached
        BigDecimal logged = new BigDecimal("4");
        as.as(done.manager(), () -> progress.log(new ProgressService.LogRequest(doneItem, LocalDate.of(2025, 7, 1),
                logged, null, true)));
        as.as(notYet.manager(), () -> progress.log(new ProgressService.LogRequest(notYetItem,
                LocalDate.of(2025, 7, 1), logged, null, true)));
        assertThat(count("select count(*) from project_rollup where project_id = ?", notYet.projectId())).isOne();

        List<Integer> after = new ArrayList<>();
        List<Long> firstLast = new ArrayList<>();
        chunked(1).rebuild((chunk, last) -> {
            after.add(chunk);
            firstLast.add(last);
        });

        assertThat(after.getFirst()).isEqualTo(before.getLast() + 1);
        assertThat(firstLast.getFirst()).isGreaterThan(done.projectId());
        assertThat(jdbc.queryForObject("select state from rollup_rebuild where name = 'summary'", String.class))
                .isEqualTo("DONE");
        RollupCheck.Outcome verified = check.verify();
        assertThat(verified.described()).isEmpty();
        assertThat(verified.differences()).isZero();
        assertThat(check.missing()).isFalse();

        // and the same tables as a whole rebuild of the same ledger gives
        Map<String, List<String>> resumed = snapshot(true);
        chunked(1_000_000).rebuild();
        assertThat(resumed).isEqualTo(snapshot(true));
    }

    private RollupCheck chunked(int size) {
        return new RollupCheck(ledger, placements, store, rows, items, investments, transactions, clock, size);
    }

    private ImportFixture.Site siteWithProgress(String code, String planned, String quantity) throws Exception {
        ImportFixture.Site site = fixture.site();
        Long item = fixture.item(site.projectId(), code, planned, "分块测试");
        as.as(site.manager(), () -> progress.log(new ProgressService.LogRequest(item, LocalDate.of(2025, 3, 3),
                new BigDecimal(quantity), null, true)));
        return site;
    }

    private Long firstItem(Long projectId) {
        return jdbc.queryForObject("select min(id) from work_item where project_id = ?", Long.class, projectId);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /**
     * Every row of every table, as text in a fixed order; without {@code exact}, rows whose figures are all zero
     * (a cell a project moved out of, which writers leave and a rebuild does not write) are left out, and the work
     * items' versions, which a rebuild moves, are ignored.
     */
    private Map<String, List<String>> snapshot(boolean exact) {
        Map<String, List<String>> all = new TreeMap<>();
        for (String table : TABLES) {
            List<String> lines = new ArrayList<>();
            String columns = table.equals("work_item") ? "id, completed_quantity, entry_count" : "*";
            jdbc.query("select " + columns + " from " + table, rs -> {
                int n = rs.getMetaData().getColumnCount();
                StringBuilder line = new StringBuilder();
                boolean figures = false;
                for (int c = 1; c <= n; c++) {
                    Object v = rs.getObject(c);
                    if (v instanceof BigDecimal d) {
                        v = d.stripTrailingZeros().toPlainString();
                        figures |= d.signum() != 0;
                    } else if (v instanceof Integer i && !rs.getMetaData().getColumnName(c).toLowerCase()
                            .matches(".*(_id|_year|_index|_month|^id)$")) {
                        figures |= i != 0;
                    }
                    line.append(rs.getMetaData().getColumnName(c).toLowerCase()).append('=').append(v).append(' ');
                }
                if (exact || figures || table.equals("project_rollup") || table.equals("investment_project")
                        || table.equals("work_item")) {
                    lines.add(line.toString());
                }
            });
            lines.sort(null);
            all.put(table, lines);
        }
        return all;
    }
}
