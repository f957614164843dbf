package org.chenggeng.shared.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
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
 * <p>
 * A pass that found or left every row current records a fingerprint of the keys, the cipher and the columns
 * ({@code personal_data_rekey}, migration 028); a later start with the same fingerprint skips the pass (one query
 * instead of reading and decrypting the whole register at every start, issue 15), since every value written since
 * was written under the same keys. A changed key, cipher or column runs the pass again;
 * {@code chenggeng.security.data-rekey-always=true} (or deleting the row) forces it, for instance after rows were
 * restored from a backup older than migration 025.
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
    private final boolean always;
    /** Rows a pass left because they changed meanwhile: such a pass is not complete, and records no fingerprint. */
    private int left;

    @Autowired
    PersonalDataRekey(List<EncryptedTable> tables, PersonalDataCipher cipher, JdbcTemplate jdbc,
                      TransactionTemplate transactions,
                      @Value("${chenggeng.security.data-rekey-on-start:true}") boolean onStart,
                      @Value("${chenggeng.security.data-rekey-always:false}") boolean always) {
        this.tables = tables;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.onStart = onStart;
        this.always = always;
    }

    PersonalDataRekey(List<EncryptedTable> tables, PersonalDataCipher cipher, JdbcTemplate jdbc,
                      TransactionTemplate transactions, boolean onStart) {
        this(tables, cipher, jdbc, transactions, onStart, false);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (onStart) {
            long start = System.nanoTime();
            int changed = startUp();
            if (changed >= 0) {
                log.info("Personal data checked against the current key in {} ms: {} rows encrypted or re-encrypted",
                        (System.nanoTime() - start) / 1_000_000, changed);
            } else {
                log.info("Personal data checked in {} ms: every row was current for these keys at the last pass",
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    /**
     * The start-up step: the pass, unless the last complete one had the same fingerprint; how many rows it wrote, or
     * -1 when it was skipped. A complete pass records its fingerprint.
     */
    int startUp() {
        String fingerprint = fingerprint();
        List<String> recorded = jdbc.queryForList("select fingerprint from personal_data_rekey where name = 'all'",
                String.class);
        if (!always && recorded.contains(fingerprint)) {
            return -1;
        }
        left = 0;
        int changed = run();
        if (left == 0) {
            java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
            if (jdbc.update("update personal_data_rekey set fingerprint = ?, finished_at = ? where name = 'all'",
                    fingerprint, now) == 0) {
                jdbc.update("insert into personal_data_rekey (name, fingerprint, finished_at) values ('all', ?, ?)",
                        fingerprint, now);
            }
        } else {
            log.info("{} rows changed while the pass ran; the next start checks them again", left);
        }
        return changed;
    }

    /** The cipher's fingerprint over every declared table's columns. */
    String fingerprint() {
        StringBuilder columns = new StringBuilder();
        tables.stream().sorted(java.util.Comparator.comparing(EncryptedTable::table)).forEach(t -> {
            columns.append(t.table()).append('(');
            t.columns().forEach(c -> columns.append(c.name()).append('/').append(c.hashColumn()).append('/')
                    .append(c.hashKind()).append(','));
            columns.append(')');
        });
        return cipher.fingerprint(columns.toString());
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
                int[] counts = transactions.execute(s -> jdbc.batchUpdate(update, updates));
                for (int c : counts) {
                    if (c == 0) {
                        left++;
                    } else {
                        changed++;
                    }
                }
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
