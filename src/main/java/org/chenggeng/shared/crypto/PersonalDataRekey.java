package org.chenggeng.shared.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings every personal-data column to the current cipher and key, at each start: a value still in plaintext (the
 * rows before migration 025) is encrypted, one an older key or the other cipher wrote is re-encrypted, and each keyed
 * hash is computed again from the plaintext, so that a new hash key takes effect too. Rows that are already current
 * are only read. A page of rows is one transaction, and a row changed meanwhile (its version moved) is left for the
 * next run, so the step can be stopped at any point and run again (idempotent and resumable). It runs before the
 * application reports itself ready; {@code chenggeng.security.data-rekey-on-start=false} leaves it to be run once by
 * hand on one instance of several.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PersonalDataRekey implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRekey.class);
    private static final int PAGE = 500;

    private final List<EncryptedTable> tables;
    private final PersonalDataCipher cipher;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final boolean onStart;

    PersonalDataRekey(List<EncryptedTable> tables, PersonalDataCipher cipher, JdbcTemplate jdbc,
                      TransactionTemplate transactions,
                      @Value("${chenggeng.security.data-rekey-on-start:true}") boolean onStart) {
        this.tables = tables;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.onStart = onStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (onStart) {
            long start = System.nanoTime();
            int changed = run();
            log.info("Personal data checked against the current key in {} ms: {} rows encrypted or re-encrypted",
                    (System.nanoTime() - start) / 1_000_000, changed);
        }
    }

    /** Runs the step over every declared table; how many rows it wrote. */
    public int run() {
        return run(Long.MIN_VALUE);
    }

    /** Runs the step over the rows from the given id on, as a run that stopped at that id would resume. */
    int run(long fromId) {
        int changed = 0;
        for (EncryptedTable table : tables) {
            changed += run(table, fromId);
        }
        return changed;
    }

    private int run(EncryptedTable t, long fromId) {
        List<String> read = new ArrayList<>(List.of(t.idColumn()));
        if (t.versionColumn() != null) {
            read.add(t.versionColumn());
        }
        List<String> set = new ArrayList<>();
        for (EncryptedTable.Column c : t.columns()) {
            read.add(c.name());
            set.add(c.name());
            if (c.hashColumn() != null) {
                read.add(c.hashColumn());
                set.add(c.hashColumn());
            }
        }
        String select = "select " + String.join(", ", read) + " from " + t.table() + " where " + t.idColumn()
                + " > ? order by " + t.idColumn() + " limit " + PAGE;
        String update = "update " + t.table() + " set " + String.join(" = ?, ", set) + " = ? where " + t.idColumn()
                + " = ?" + (t.versionColumn() == null ? "" : " and " + t.versionColumn() + " = ?");
        long last = fromId == Long.MIN_VALUE ? fromId : fromId - 1;
        int changed = 0;
        while (true) {
            long after = last;
            List<Map<String, Object>> rows = jdbc.queryForList(select, after);
            if (rows.isEmpty()) {
                return changed;
            }
            List<Object[]> updates = rows.stream().map(r -> rewritten(t, r)).filter(Objects::nonNull).toList();
            if (!updates.isEmpty()) {
                transactions.executeWithoutResult(s -> jdbc.batchUpdate(update, updates));
                changed += updates.size();
            }
            last = ((Number) rows.getLast().get(t.idColumn())).longValue();
        }
    }

    /** The row's new values then its id (and version), or null when it is current already; its map ignores case. */
    private Object[] rewritten(EncryptedTable t, Map<String, Object> row) {
        List<Object> values = new ArrayList<>();
        boolean changed = false;
        for (EncryptedTable.Column c : t.columns()) {
            String stored = (String) row.get(c.name());
            String plain = cipher.decrypt(stored);
            String now = cipher.isCurrent(stored) ? stored : cipher.encrypt(plain);
            changed |= !Objects.equals(now, stored);
            values.add(now);
            if (c.hashColumn() != null) {
                String hash = cipher.hash(c.hashKind(), plain);
                changed |= !Objects.equals(hash, row.get(c.hashColumn()));
                values.add(hash);
            }
        }
        if (!changed) {
            return null;
        }
        values.add(row.get(t.idColumn()));
        if (t.versionColumn() != null) {
            values.add(row.get(t.versionColumn()));
        }
        return values.toArray();
    }
}
