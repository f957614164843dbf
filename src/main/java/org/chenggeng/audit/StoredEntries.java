package org.chenggeng.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The entries as the database holds them, read by plain JDBC in chain order, for checking and archiving: what is
 * verified is what is stored, not what an entity cache remembers.
 */
@Component
class StoredEntries {

    static final String COLUMNS = "id, seq, occurred_at, actor, category, action, result, entity_type, entity_id,"
            + " region_id, remote_address, detail, before_state, after_state, prev_hash, entry_hash";

    private final JdbcClient jdbc;

    StoredEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An entry's hashed fields and the hash stored with it. */
    record Stored(long id, AuditHash.Fields fields, String hash) {

        long seq() {
            return fields.seq();
        }
    }

    /** The entries with a sequence in (from, to], in order. */
    List<Stored> between(long from, long to) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where seq > ? and seq <= ? order by seq")
                .params(from, to).query((rs, n) -> read(rs)).list();
    }

    /** The lowest sequence of an entry written at or after {@code at}, if any. */
    Optional<Long> firstSeqAtOrAfter(java.time.Instant at) {
        return jdbc.sql("select min(seq) from audit_entry where occurred_at >= ?")
                .param(LocalDateTime.ofInstant(at, ZoneOffset.UTC)).query(Long.class).optional();
    }

    static Stored read(ResultSet rs) throws SQLException {
        long regionId = rs.getLong("region_id");
        Long region = rs.wasNull() ? null : regionId;
        var fields = new AuditHash.Fields(rs.getLong("seq"),
                rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("actor"), rs.getString("category"), rs.getString("action"), rs.getString("result"),
                rs.getString("entity_type"), rs.getString("entity_id"), region, rs.getString("remote_address"),
                rs.getString("detail"), rs.getString("before_state"), rs.getString("after_state"),
                rs.getString("prev_hash"));
        return new Stored(rs.getLong("id"), fields, rs.getString("entry_hash"));
    }
}
