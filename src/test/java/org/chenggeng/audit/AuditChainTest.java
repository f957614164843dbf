package org.chenggeng.audit;

import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.PersonalDataRead;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain stays one chain, without forks or gaps, however many writers append at once, and verify finds an
 * entry changed behind the application's back at the entry's own sequence number.
 */
@ChenggengTest
class AuditChainTest {

    private static final int THREADS = 6;
    private static final int ROUNDS = 15;

    @Autowired
    AuditChain chain;
    @Autowired
    AuditChainService chainService;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers as;

    private void read(int n) {
        events.publishEvent(new PersonalDataRead("REGISTER_VIEW", "COMPOUND", 900_000 + n, n));
    }

    /** A transaction recording two changes and, inside it, a read in a transaction of its own: three entries. */
    private void changeTwiceAndRead(int n) {
        transaction.executeWithoutResult(status -> {
            events.publishEvent(EntityChanged.created("AUDIT_CHAIN_TEST", n, Map.of("n", String.valueOf(n))));
            read(n);
            events.publishEvent(EntityChanged.updated("AUDIT_CHAIN_TEST", n, "UPDATE", Map.of("n", "0"),
                    Map.of("n", String.valueOf(n))));
        });
    }

    @Test
    void manyWritersAtOnceAppendOneChainWithoutForkOrGapAndItVerifies() throws Exception {
        long before = chain.head().lastSeq();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < ROUNDS; i++) {
                    int n = thread * 1000 + i;
                    if (i % 2 == 0) {
                        read(n);
                    } else {
                        changeTwiceAndRead(n);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        int perThread = (ROUNDS + 1) / 2 + (ROUNDS / 2) * 3;
        long after = chain.head().lastSeq();
        assertThat(after - before).isEqualTo((long) THREADS * perThread);
        Map<String, Object> written = jdbc.sql("select count(*) as n, count(distinct prev_hash) as links,"
                + " min(seq) as lo, max(seq) as hi from audit_entry where seq > ? and seq <= ?")
                .params(before, after).query().singleRow();
        assertThat(((Number) written.get("n")).longValue()).isEqualTo(after - before);
        assertThat(((Number) written.get("links")).longValue()).as("no two entries continue from the same one")
                .isEqualTo(after - before);
        assertThat(((Number) written.get("lo")).longValue()).isEqualTo(before + 1);
        assertThat(((Number) written.get("hi")).longValue()).isEqualTo(after);

        ChainReport report = as.as(AuditUsers.auditor(jdbc), () -> chainService.verify());
        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(report.lastSeq()).isGreaterThanOrEqualTo(after);
    }

    @Test
    void anEntryChangedThroughJdbcIsFoundByVerifyAtItsSequence() throws Exception {
        read(1);
        long altered = chain.head().lastSeq();
        read(2);
        read(3);
        String detail = jdbc.sql("select detail from audit_entry where seq = ?").param(altered).query(String.class)
                .single();
        jdbc.sql("update audit_entry set detail = ? where seq = ?").params("999", altered).update();
        try {
            ChainReport report = as.as(AuditUsers.auditor(jdbc), () -> chainService.verify());
            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAt()).isEqualTo(altered);
            assertThat(report.problem()).isEqualTo(ChainReport.Problem.HASH);
            assertThat(report.expected()).isEqualTo(jdbc.sql("select entry_hash from audit_entry where seq = ?")
                    .param(altered).query(String.class).single());
        } finally {
            jdbc.sql("update audit_entry set detail = ? where seq = ?").params(detail, altered).update();
        }
        assertThat(as.as(AuditUsers.auditor(jdbc), () -> chainService.verify()).intact()).isTrue();
    }

    @Test
    void anEntryRemovedThroughJdbcIsFoundAsAGapAtItsSequence() throws Exception {
        read(4);
        long removed = chain.head().lastSeq();
        read(5);
        Map<String, Object> row = jdbc.sql("select " + StoredEntries.COLUMNS + " from audit_entry where seq = ?")
                .param(removed).query().singleRow();
        jdbc.sql("delete from audit_entry where seq = ?").param(removed).update();
        try {
            ChainReport report = as.as(AuditUsers.auditor(jdbc), () -> chainService.verify());
            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAt()).isEqualTo(removed);
            assertThat(report.problem()).isEqualTo(ChainReport.Problem.GAP);
        } finally {
            jdbc.sql("insert into audit_entry (" + StoredEntries.COLUMNS + ") values (:id, :seq, :occurred_at, :actor,"
                    + " :category, :action, :result, :entity_type, :entity_id, :region_id, :remote_address, :detail,"
                    + " :before_state, :after_state, :prev_hash, :entry_hash)")
                    .paramSource(lowerCase(row)).update();
        }
        assertThat(as.as(AuditUsers.auditor(jdbc), () -> chainService.verify()).intact()).isTrue();
    }

    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return lower;
    }
}
