package org.chenggeng.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, deterministic data set straight into the schema with JDBC batches: regions, compounds,
 * projects in progress, their work items and a ledger of progress entries whose sums are kept on the items,
 * as the application keeps them. Same seed and sizes, same data.
 */
final class LedgerDataGenerator {

    private static final int BATCH = 10_000;
    /** Ten districts of one street and ten communities each: a district holds a tenth of the projects. */
    static final int DISTRICTS = 10;
    static final int COMMUNITIES = 100;

    private final JdbcTemplate jdbc;
    private final long seed;

    LedgerDataGenerator(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.seed = seed;
    }

    /** Sizes of a generated data set; {@code bigProjectItems} items go to one extra project. */
    record Size(int projects, int itemsPerProject, long entries, int bigProjectItems) {

        long items() {
            return (long) projects * itemsPerProject + bigProjectItems;
        }

        String key(long seed) {
            return "v2:" + projects + "x" + itemsPerProject + "+" + bigProjectItems + "/" + entries + "@" + seed;
        }
    }

    /** Generates the data unless the database already holds exactly this data set; returns the big project's id. */
    long ensure(Size size) {
        jdbc.execute("create table if not exists bench_marker (data_key varchar(100) not null)");
        List<String> keys = jdbc.queryForList("select data_key from bench_marker", String.class);
        long bigProject = size.projects() + 1L;
        if (keys.contains(size.key(seed))) {
            return bigProject;
        }
        long started = System.nanoTime();
        clear();
        Random random = new Random(seed);
        jdbc.update("insert into region (id, parent_id, name, region_level, region_kind, sample, version) values (1, null, '基准市', 'CITY', 'CITY', false, 0)");
        batch("insert into region (id, parent_id, name, region_level, region_kind, sample, version) values (?, 1, ?, 'DISTRICT', 'DISTRICT', false, 0)",
                DISTRICTS, i -> new Object[]{2L + i, "基准区" + i});
        batch("insert into region (id, parent_id, name, region_level, region_kind, sample, version) values (?, ?, ?, 'STREET', 'STREET', false, 0)",
                DISTRICTS, i -> new Object[]{12L + i, 2L + i, "基准街道" + i});
        batch("insert into region (id, parent_id, name, region_level, region_kind, sample, version) values (?, ?, ?, 'COMMUNITY', 'COMMUNITY', false, 0)",
                COMMUNITIES, i -> new Object[]{100L + i, 12L + i / (COMMUNITIES / DISTRICTS), "基准社区" + i});
        batch("insert into compound (id, community_id, name, year_built, buildings, households, floor_area, sample, version) "
                + "values (?, ?, ?, 1995, 20, 1200, 80000.00, false, 0)", 1000,
                i -> new Object[]{1L + i, 100L + i % COMMUNITIES, "基准小区" + i});
        Timestamp now = Timestamp.from(Instant.now());
        batch("insert into project (id, code, name, project_year, pilot, status, actual_start, sample, created_at, version) "
                + "values (?, ?, ?, ?, false, 'IN_PROGRESS', ?, false, ?, 0)", size.projects() + 1,
                i -> new Object[]{1L + i, "BENCH-" + (1 + i), "基准项目" + (1 + i), 2020 + i % 6,
                        Date.valueOf(LocalDate.of(2020, 1, 1)), now});
        batch("insert into project_compound (project_id, compound_id) values (?, ?)", size.projects() + 1,
                i -> new Object[]{1L + i, 1L + i % 1000});
        List<Long> typeIds = jdbc.queryForList("select id from work_type where unit in ('SEAT','PIECE','METER','SQUARE_METER') order by id", Long.class);
        long items = size.items();
        batch("insert into work_item (id, project_id, work_type_id, planned_quantity, completed_quantity, entry_count, "
                        + "retired, version) values (?, ?, ?, 1000000.00, 0, 0, false, 0)", (int) items,
                i -> {
                    long id = i + 1L;
                    long project = id <= (long) size.projects() * size.itemsPerProject()
                            ? 1 + (id - 1) / size.itemsPerProject() : bigProject;
                    return new Object[]{id, project, typeIds.get((int) (id % typeIds.size()))};
                });
        BigDecimal[] completed = new BigDecimal[(int) items + 1];
        int[] counts = new int[(int) items + 1];
        for (int item = 1; item <= items; item++) {
            completed[item] = BigDecimal.ZERO;
        }
        long entriesPerItem = Math.max(1, size.entries() / items);
        long written = 0;
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (long item = 1; item <= items && written < size.entries(); item++) {
            long n = item == items ? size.entries() - written : Math.min(entriesPerItem, size.entries() - written);
            for (long e = 0; e < n; e++) {
                BigDecimal q = BigDecimal.valueOf(1 + random.nextInt(20));
                completed[(int) item] = completed[(int) item].add(q);
                counts[(int) item]++;
                rows.add(new Object[]{item, Date.valueOf(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000))), q, now});
                if (rows.size() == BATCH) {
                    flushEntries(rows);
                }
            }
            written += n;
        }
        flushEntries(rows);
        batch("update work_item set completed_quantity = ?, entry_count = ?, planned_quantity = ? where id = ?",
                (int) items, i -> new Object[]{completed[i + 1], counts[i + 1],
                        completed[i + 1].multiply(BigDecimal.valueOf(2)).max(BigDecimal.TEN), i + 1L});
        jdbc.update("insert into app_user (id, username, display_name, password_hash, role, enabled, must_change_password, "
                + "locale, failed_attempts, created_at, version) values (1, 'admin', 'bench', '{noop}x', 'SYSTEM_ADMIN', true, false, "
                + "'zh_CN', 0, ?, 0)", now);
        jdbc.update("insert into app_user (id, username, display_name, password_hash, role, region_id, enabled, "
                + "must_change_password, locale, failed_attempts, created_at, version) values (2, 'district-official', "
                + "'bench', '{noop}x', 'OFFICIAL', 2, true, false, 'zh_CN', 0, ?, 0)", now);
        jdbc.update("insert into bench_marker (data_key) values (?)", size.key(seed));
        System.out.printf("generated %,d projects, %,d work items, %,d entries in %.1f s%n", size.projects() + 1, items,
                size.entries(), (System.nanoTime() - started) / 1e9);
        return bigProject;
    }

    private void flushEntries(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into progress_entry (work_item_id, work_date, quantity, over_plan, recorded_by, "
                + "recorded_at) values (?, ?, ?, false, 'bench', ?)", rows);
        rows.clear();
    }

    /** Empties every table in one connection, with foreign-key checks off for that connection only. */
    private void clear() {
        jdbc.execute((java.sql.Connection connection) -> {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("set foreign_key_checks = 0");
                for (String table : List.of("item_month", "project_month", "project_rollup", "rollup_cell", "rollup_type",
                        "rollup_month", "rollup_community", "progress_entry", "work_item", "period_lock", "project_transition",
                        "user_project", "project_compound", "project", "audit_entry", "app_user", "compound", "region",
                        "bench_marker")) {
                    st.execute("truncate table " + table);
                }
                st.execute("set foreign_key_checks = 1");
            }
            return null;
        });
    }

    private void batch(String sql, int count, java.util.function.IntFunction<Object[]> row) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            rows.add(row.apply(i));
            if (rows.size() == BATCH) {
                jdbc.batchUpdate(sql, rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
