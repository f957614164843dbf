package org.chenggeng.funding;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Inserts checked plan lines and ledger lines with JDBC batches, for imports of thousands of rows (identity keys keep
 * Hibernate from batching). Nothing is read back: the summary needs the amounts, not the lines' ids.
 */
@Component
class FundingInserts {

    private static final int BATCH = 1000;
    private static final String PLAN = "insert into funding_plan (project_id, source_id, amount, set_by, set_at, version) "
            + "values (?, ?, ?, ?, ?, 0)";
    private static final String ENTRY = "insert into investment_entry (project_id, source_id, entry_month, amount, note, "
            + "recorded_by, recorded_at, import_key) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    FundingInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Plan lines that passed their entity's checks, for project and source pairs without one. */
    void insert(List<FundingPlanLine> lines) {
        Calendar utc = utc();
        jdbc.batchUpdate(PLAN, lines, BATCH, (ps, l) -> {
            ps.setLong(1, l.getProjectId());
            ps.setLong(2, l.getSourceId());
            ps.setBigDecimal(3, l.getAmount());
            ps.setString(4, l.getSetBy());
            ps.setTimestamp(5, Timestamp.from(l.getSetAt()), utc);
        });
    }

    /** Ledger lines that passed their entity's checks, each with its import key. */
    void insertEntries(List<InvestmentEntry> entries) {
        Calendar utc = utc();
        jdbc.batchUpdate(ENTRY, entries, BATCH, (ps, e) -> {
            ps.setLong(1, e.getProjectId());
            ps.setLong(2, e.getSourceId());
            ps.setInt(3, e.getMonthKey());
            ps.setBigDecimal(4, e.getAmount());
            ps.setString(5, e.getNote());
            ps.setString(6, e.getRecordedBy());
            ps.setTimestamp(7, Timestamp.from(e.getRecordedAt()), utc);
            ps.setString(8, e.getImportKey());
        });
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    }
}
