package org.chenggeng.summary;

import org.chenggeng.summary.RollupDelta.Cell;
import org.chenggeng.summary.RollupDelta.ProjectKey;
import org.chenggeng.summary.RollupDelta.Sums;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The projects' summary rows ({@code project_rollup}) with plain JDBC, they are sums, not entities: where each project
 * is summed and the sums its completion is computed from. Only the summary module's own tables are read here; where a
 * project is summed comes from the project module's {@code ProjectChanged} events. The cells' rows are
 * {@link RollupRows}'.
 */
@Component
class RollupStore {

    /** The tables the summary module owns; it reads and writes no others. */
    static final List<String> TABLES = List.of("project_rollup", "project_month", "rollup_cell", "rollup_type",
            "rollup_month", "rollup_community", "investment_project", "rollup_investment", "rollup_investment_month",
            "rollup_rebuild");
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    RollupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A project's stored row: where it is summed and its completion sums. */
    record Stored(ProjectKey key, Sums sums) {
    }

    /**
     * The projects' summary rows, locked in project id order for the rest of the transaction (the order every writer
     * of many projects takes them in), by project id; projects without a row are left out.
     */
    Map<Long, Stored> lock(Collection<Long> projectIds) {
        Map<Long, Stored> locked = new TreeMap<>();
        for (List<Long> chunk : chunks(new java.util.TreeSet<>(projectIds))) {
            jdbc.query(SELECT_PROJECT + " where project_id in (" + marks(chunk) + ") order by project_id for update",
                    rs -> {
                        Stored s = stored(rs);
                        locked.put(s.key().projectId(), s);
                    }, chunk.toArray());
        }
        return locked;
    }

    /** Where every project is summed, as stored. */
    Map<Long, ProjectKey> keys() {
        Map<Long, ProjectKey> keys = new TreeMap<>();
        jdbc.query(SELECT_PROJECT, rs -> {
            Stored s = stored(rs);
            keys.put(s.key().projectId(), s.key());
        });
        return keys;
    }

    /** The projects that have a summary row. */
    java.util.Set<Long> projectIds() {
        return new java.util.HashSet<>(jdbc.queryForList("select project_id from project_rollup", Long.class));
    }

    private static final String SELECT_PROJECT = "select project_id, region_id, project_year, status, planned_start, "
            + "planned_end, community_ids, items, budgeted, ratio_sum, budget_sum, weighted_sum, region_path "
            + "from project_rollup";

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<Long> path = communities(rs.getString(13));
        return new Stored(new ProjectKey(rs.getLong(1), new Cell(rs.getLong(2), rs.getInt(3), rs.getString(4)),
                path.subList(Math.min(1, path.size()), path.size()), localDate(rs.getDate(5)),
                localDate(rs.getDate(6)), communities(rs.getString(7))),
                new Sums(rs.getInt(8), rs.getInt(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12)));
    }

    static String path(ProjectKey key) {
        return key.cells().stream().map(c -> String.valueOf(c.regionId())).collect(Collectors.joining(","));
    }

    /**
     * The column types of a project's row as {@link #save} writes it: given, so that a null date is bound without the
     * driver being asked for the parameter's type (a round trip per null with MySQL Connector/J).
     */
    private static final int[] TYPES = {Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.DATE,
            Types.DATE, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL,
            Types.BIGINT};

    /** How many existing rows {@link #save} updates one by one; more are deleted and inserted again. */
    private static final int REWRITTEN = 100;

    /** A project's row to write: where it is summed now, its sums, and whether it has a row already. */
    record Saved(ProjectKey key, Sums sums, boolean exists) {
    }

    /** Writes the projects' rows, those that exist updated and the others inserted, each kind in one batch. */
    void save(List<Saved> saved) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Saved s : saved) {
            ProjectKey key = s.key();
            Sums sums = s.sums();
            Object[] values = {key.cell().regionId(), path(key), key.cell().year(), key.cell().status(),
                    date(key.plannedStart()), date(key.plannedEnd()), key.communityIds().stream().map(String::valueOf)
                    .collect(Collectors.joining(",")), sums.items(), sums.budgeted(), sums.ratioSum(),
                    sums.budgetSum(), sums.weightedSum(), key.projectId()};
            (s.exists() ? updates : inserts).add(values);
        }
        if (updates.size() > REWRITTEN) {
            // thousands of one-row updates cost far more than deleting the (locked) rows and inserting them in one go
            for (List<Object[]> chunk : chunks(updates)) {
                jdbc.update("delete from project_rollup where project_id in (" + marks(chunk) + ")",
                        chunk.stream().map(v -> v[v.length - 1]).toArray());
            }
            inserts.addAll(updates);
            updates.clear();
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update project_rollup set region_id = ?, region_path = ?, project_year = ?, status = ?, "
                    + "planned_start = ?, planned_end = ?, community_ids = ?, items = ?, budgeted = ?, ratio_sum = ?, "
                    + "budget_sum = ?, weighted_sum = ? where project_id = ?", updates, TYPES);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into project_rollup (region_id, region_path, project_year, status, planned_start, "
                    + "planned_end, community_ids, items, budgeted, ratio_sum, budget_sum, weighted_sum, project_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts, TYPES);
        }
    }

    /** How far a rebuild got: whether it resumes one that was stopped, the last project done and chunks done. */
    record Rebuild(boolean resumed, long lastProjectId, int chunks, java.time.Instant startedAt) {
    }

    /**
     * Starts a rebuild, or resumes the one that was stopped: its row locked for the rest of the transaction, so that a
     * second rebuild begun at the same moment waits for the first one's start (and then resumes it).
     */
    Rebuild beginRebuild(java.time.Instant now) {
        List<Rebuild> running = jdbc.query("select state, last_project_id, chunks, started_at from rollup_rebuild "
                + "where name = 'summary' for update", (rs, i) -> new Rebuild(REBUILDING.equals(rs.getString(1)),
                rs.getLong(2), rs.getInt(3), rs.getTimestamp(4).toInstant()));
        if (!running.isEmpty() && running.getFirst().resumed()) {
            return running.getFirst();
        }
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        if (running.isEmpty()) {
            jdbc.update("insert into rollup_rebuild (name, state, last_project_id, chunks, started_at, updated_at) "
                    + "values ('summary', ?, 0, 0, ?, ?)", REBUILDING, at, at);
        } else {
            jdbc.update("update rollup_rebuild set state = ?, last_project_id = 0, chunks = 0, started_at = ?, "
                    + "updated_at = ? where name = 'summary'", REBUILDING, at, at);
        }
        return new Rebuild(false, 0, 0, now);
    }

    /** A chunk is done, in its transaction; refused when another rebuild moved on from the same point meanwhile. */
    void rebuiltUpTo(long from, long lastProjectId, java.time.Instant now) {
        int moved = jdbc.update("update rollup_rebuild set last_project_id = ?, chunks = chunks + 1, updated_at = ? "
                + "where name = 'summary' and state = ? and last_project_id = ?", lastProjectId,
                java.sql.Timestamp.from(now), REBUILDING, from);
        if (moved != 1) {
            throw new IllegalStateException("Another rebuild of the summary tables went on from project " + from
                    + " meanwhile; this one stops");
        }
    }

    void finishRebuild(java.time.Instant now) {
        jdbc.update("update rollup_rebuild set state = 'DONE', updated_at = ? where name = 'summary'",
                java.sql.Timestamp.from(now));
    }

    private static final String REBUILDING = "RUNNING";

    static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = List.copyOf(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return chunks;
    }

    static String marks(Collection<?> values) {
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }

    private static List<Long> communities(String ids) {
        return ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
