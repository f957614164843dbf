package org.chenggeng.work;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Inserts checked work items with JDBC batches and reads their ids back by their import keys (unique per project,
 * decision 0004), for an import that plans thousands of items at once: identity keys keep Hibernate from batching,
 * and a multi-row insert's generated keys need not be consecutive (decision 0021).
 */
@Component
class WorkItemInserts {

    private static final int BATCH = 1000;
    private static final int CHUNK = 500;
    private static final String INSERT = "insert into work_item (project_id, work_type_id, planned_quantity, "
            + "completed_quantity, entry_count, location_note, budget, planned_start, planned_end, retired, import_key, "
            + "version) values (?, ?, ?, 0, 0, ?, ?, ?, ?, false, ?, 0)";

    private final JdbcTemplate jdbc;

    WorkItemInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The items' ids by project and import key, of the projects' items that have a key. */
    Map<String, Long> keyed(Collection<Long> projectIds) {
        Map<String, Long> ids = new HashMap<>();
        List<Long> all = List.copyOf(new TreeSet<>(projectIds));
        for (int s = 0; s < all.size(); s += CHUNK) {
            List<Long> chunk = all.subList(s, Math.min(all.size(), s + CHUNK));
            jdbc.query("select id, project_id, import_key from work_item where import_key is not null and project_id in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                ids.put(rs.getLong(2) + ":" + rs.getString(3), rs.getLong(1));
            }, chunk.toArray());
        }
        return ids;
    }

    /** Inserts items that passed their entity's checks, each with its own import key; their ids in order. */
    List<Long> insert(List<WorkItem> added) {
        jdbc.batchUpdate(INSERT, added, BATCH, (ps, i) -> {
            ps.setLong(1, i.getProjectId());
            ps.setLong(2, i.getWorkTypeId());
            ps.setBigDecimal(3, i.getPlannedQuantity());
            ps.setString(4, i.getLocationNote());
            ps.setBigDecimal(5, i.getBudget());
            ps.setObject(6, i.getPlannedStart(), Types.DATE);
            ps.setObject(7, i.getPlannedEnd(), Types.DATE);
            ps.setString(8, i.getImportKey());
        });
        Map<String, Long> ids = keyed(added.stream().map(WorkItem::getProjectId).toList());
        List<Long> result = new ArrayList<>(added.size());
        added.forEach(i -> result.add(ids.get(i.getProjectId() + ":" + i.getImportKey())));
        return result;
    }
}
