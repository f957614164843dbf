package org.chenggeng.audit;

import jakarta.persistence.EntityManager;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Appends entries to the hash chain. An entry waits in its transaction until that transaction commits; just
 * before the commit the chain head (the one row of {@code audit_chain_head}) is read with {@code select … for
 * update}, the waiting entries take the next sequence numbers and hashes, and the head moves on. The head's row
 * lock serialises every writer on every instance until its commit, so two transactions cannot both continue from
 * the same entry, and is held only for the commit itself, not for the business transaction around it (whose
 * changes are flushed before the head is locked, so that the head is always the last lock a writer takes). A
 * transaction that rolls back drops its entries with it. Plain SQL only: it runs on H2, MySQL 8, MariaDB, TiDB.
 */
@Component
class AuditChain {

    private final AuditRepository entries;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate ownTransaction;

    AuditChain(AuditRepository entries, JdbcClient jdbc, EntityManager entityManager,
               PlatformTransactionManager transactions) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The head of the chain: the last entry's sequence and hash, and where the archived part ends. */
    record Head(long lastSeq, String lastHash, long archivedSeq, String archivedHash) {
    }

    /** Adds the entry to the chain when the current transaction commits (at once, in a transaction of its own, if none). */
    void append(AuditEntry entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            ownTransaction.executeWithoutResult(status -> append(entry));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.written) {
            // appended while committing (by another synchronisation): the head is ours already
            write(List.of(entry));
        } else {
            pending.entries.add(entry);
        }
    }

    /** The head, locked until the current transaction ends. */
    Head lockHead() {
        return jdbc.sql("select last_seq, last_hash, archived_seq, archived_hash from audit_chain_head where id = 1"
                        + " for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .single();
    }

    /** The head as last committed, without a lock. */
    Head head() {
        return jdbc.sql("select last_seq, last_hash, archived_seq, archived_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .single();
    }

    /** Records that the entries up to {@code seq} (whose hash is {@code hash}) have been archived. */
    void archivedThrough(long seq, String hash) {
        jdbc.sql("update audit_chain_head set archived_seq = ?, archived_hash = ? where id = 1")
                .params(seq, hash).update();
    }

    private void write(List<AuditEntry> batch) {
        Head head = lockHead();
        long seq = head.lastSeq();
        String previous = head.lastHash();
        for (AuditEntry entry : batch) {
            entry.chain(++seq, previous);
            entries.save(entry);
            previous = entry.getHash();
        }
        int moved = jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1 and last_seq = ?")
                .params(seq, previous, head.lastSeq()).update();
        if (moved != 1) {
            throw new IllegalStateException("the audit chain head moved while locked");
        }
    }

    /** The entries a transaction has recorded, written to the chain just before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final List<AuditEntry> entries = new ArrayList<>();
        private boolean written;

        @Override
        public int getOrder() {
            // after every other synchronisation that might still record something
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!entries.isEmpty()) {
                if (!readOnly) {
                    // the transaction's own row locks first, the head's last: no writer waits for the head while
                    // holding the head's holder up
                    entityManager.flush();
                }
                write(new ArrayList<>(entries));
                entries.clear();
            }
            written = true;
        }

        // a transaction started inside this one (REQUIRES_NEW) keeps entries of its own
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AuditChain.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AuditChain.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditChain.this);
        }
    }
}
