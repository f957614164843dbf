package org.chenggeng.project;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Inserts checked new projects with JDBC batches (their rows, their compounds and their first step, 谋划), for an
 * import of thousands: identity keys keep Hibernate from batching. Ids are read back by the projects' codes, which
 * are unique, rather than trusted from a multi-row insert's generated keys (decision 0021).
 */
@Component
class ProjectInserts {

    private static final int BATCH = 1000;
    private static final int CHUNK = 500;
    private static final String PROJECT = "insert into project (code, name, project_year, pilot, implementing_unit, "
            + "budget, planned_start, planned_end, description, status, scope_buildings, scope_unit, sample, "
            + "created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String COMPOUND = "insert into project_compound (project_id, compound_id) values (?, ?)";
    private static final String STEP = "insert into project_transition (project_id, from_status, to_status, "
            + "occurred_at, actor) values (?, null, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    ProjectInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids by upper-case code of the projects whose codes are among these (codes compare without letter case). */
    Map<String, Long> existing(Collection<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = codes.stream().map(ProjectInserts::key).distinct().toList();
        for (int s = 0; s < all.size(); s += CHUNK) {
            List<String> chunk = all.subList(s, Math.min(all.size(), s + CHUNK));
            jdbc.query("select id, code from project where upper(code) in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                ids.put(key(rs.getString(2)), rs.getLong(1));
            }, chunk.toArray());
        }
        return ids;
    }

    static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    /** Inserts new projects (checked, codes free) with their compounds and first step; their ids in order. */
    List<Long> insert(List<Project> added, String actor, Instant now) {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate(PROJECT, added, BATCH, (ps, p) -> {
            ps.setString(1, p.getCode());
            ps.setString(2, p.getName());
            ps.setInt(3, p.getYear());
            ps.setBoolean(4, p.isPilot());
            ps.setString(5, p.getImplementingUnit());
            ps.setBigDecimal(6, p.getBudget());
            ps.setObject(7, p.getPlannedStart(), Types.DATE);
            ps.setObject(8, p.getPlannedEnd(), Types.DATE);
            ps.setString(9, p.getDescription());
            ps.setString(10, p.getStatus().name());
            ps.setString(11, p.getScopeBuildings().isEmpty() ? null : String.join(",", p.getScopeBuildings()));
            ps.setString(12, p.getScopeUnit());
            ps.setBoolean(13, p.isSample());
            ps.setTimestamp(14, Timestamp.from(p.getCreatedAt()), utc);
        });
        Map<String, Long> byCode = existing(added.stream().map(Project::getCode).toList());
        List<Long> ids = new ArrayList<>(added.size());
        List<Object[]> links = new ArrayList<>();
        for (Project p : added) {
            Long id = byCode.get(key(p.getCode()));
            ids.add(id);
            p.getCompoundIds().stream().sorted().forEach(c -> links.add(new Object[]{id, c}));
        }
        jdbc.batchUpdate(COMPOUND, links);
        jdbc.batchUpdate(STEP, ids, BATCH, (ps, id) -> {
            ps.setLong(1, id);
            ps.setString(2, ProjectStatus.PLANNING.name());
            ps.setTimestamp(3, at, utc);
            ps.setString(4, actor);
        });
        return ids;
    }
}
