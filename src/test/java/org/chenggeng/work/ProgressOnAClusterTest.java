package org.chenggeng.work;

import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a multi-writer cluster (Galera; TiDB likewise) does to the ledger, and how it stays right.
 * <p>
 * A write whose transaction the database picks as the loser of a conflict (a deadlock, or on Galera a failed
 * certification: both MySQL error 1213) runs again, whole, and lands once; the user sees no error. The first
 * attempt here fails after its entry was inserted and the item's total moved, the way a commit-time refusal
 * finds it. A stale optimistic lock is not retried, and a method called inside a running transaction leaves the
 * retry to the method that began it.
 * <p>
 * Ids are not in time order there: each Galera node hands out its own interleaved auto-increment values, so an
 * entry recorded later can get a lower id than one recorded earlier on another node. The ledger lists by date, then
 * by the time an entry was recorded, and only then by id.
 */
@ChenggengTest
@org.springframework.context.annotation.Import(ProgressOnAClusterTest.Faults.class)
class ProgressOnAClusterTest {

    @Autowired
    ProgressService progress;
    @Autowired
    WorkItemService items;
    @Autowired
    WorkTypeService types;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    ProgressEntryRepository entries;
    @Autowired
    TestUsers as;
    @Autowired
    Faults faults;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void disarm() {
        Faults.conflictsToThrow.set(0);
        Faults.conflictsThrown.set(0);
    }

    @Test
    void aWriteThatLosesAConflictIsRetriedAndLandsOnce() throws Exception {
        long item = newItem();
        Faults.conflictsToThrow.set(2);
        ProgressService.Logged logged = as.as("pm", () -> progress.log(new ProgressService.LogRequest(item,
                LocalDate.now(), new BigDecimal("7"), "冲突重试", false), "conflict-retry-1"));

        assertThat(Faults.conflictsThrown.get()).isEqualTo(2);
        assertThat(logged.replayed()).isFalse();
        assertThat(logged.completed()).isEqualByComparingTo("7");
        assertThat(entries.countByWorkItemId(item)).isEqualTo(1);
        assertThat(entries.sumForItem(item)).isEqualByComparingTo("7");
        WorkItemRow row = as.as("pm", () -> items.item(item));
        assertThat(row.completed()).isEqualByComparingTo("7");
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where idem_key = 'conflict-retry-1'",
                Integer.class)).isEqualTo(1);
        // the same key sent again answers the one entry
        ProgressService.Logged again = as.as("pm", () -> progress.log(new ProgressService.LogRequest(item,
                LocalDate.now(), new BigDecimal("7"), "冲突重试", false), "conflict-retry-1"));
        assertThat(again.replayed()).isTrue();
        assertThat(again.entryId()).isEqualTo(logged.entryId());
    }

    @Test
    void aConflictOnEveryAttemptReachesTheCallerAfterFourAttemptsAndWritesNothing() throws Exception {
        long item = newItem();
        Faults.conflictsToThrow.set(100);
        assertThatThrownBy(() -> as.run("pm", () -> progress.log(new ProgressService.LogRequest(item,
                LocalDate.now(), new BigDecimal("7"), null, false))))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(Faults.conflictsThrown.get()).isEqualTo(4);
        assertThat(entries.countByWorkItemId(item)).isZero();
        assertThat(as.as("pm", () -> items.item(item)).completed()).isEqualByComparingTo("0");
    }

    @Test
    void aStaleOptimisticLockIsNotRetried() {
        Faults.calls.set(0);
        assertThatThrownBy(faults::staleEdit).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(Faults.calls.get()).isEqualTo(1);
    }

    @Test
    void onlyTheOutermostTransactionRunsAgain() {
        Faults.calls.set(0);
        Faults.outerCalls.set(0);
        Faults.conflictsToThrow.set(1);
        faults.outer();
        // the inner method failed once inside the outer transaction: the outer one ran twice, the inner one twice
        assertThat(Faults.outerCalls.get()).isEqualTo(2);
        assertThat(Faults.calls.get()).isEqualTo(2);
    }

    @Test
    void theLedgerIsInTimeOrderWhenALaterEntryHasALowerId() throws Exception {
        long item = newItem();
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        long base = 900_000_000L + item * 10;
        // as two nodes would number them: the later entry of the day got the lower id
        insertEntry(base + 2, item, today, "earlier", now.minusSeconds(3600));
        insertEntry(base + 1, item, today, "later", now);
        insertEntry(base + 3, item, today.minusDays(1), "the day before", now.minusSeconds(7200));

        assertThat(as.as("pm", () -> progress.ledger(item))).extracting(ProgressService.EntryRow::note)
                .containsExactly("later", "earlier", "the day before");
        assertThat(as.as("pm", () -> progress.day(item, today))).extracting(ProgressService.EntryRow::note)
                .containsExactly("earlier", "later");
    }

    private void insertEntry(long id, long item, LocalDate date, String note, Instant recordedAt) {
        jdbc.update("insert into progress_entry (id, work_item_id, work_date, quantity, note, over_plan, recorded_by,"
                        + " recorded_at) values (?, ?, ?, 1, ?, false, 'pm', ?)", id, item, java.sql.Date.valueOf(date),
                note, java.sql.Timestamp.from(recordedAt));
    }

    private long newItem() throws Exception {
        long project = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Long type = as.as("pm", () -> types.all().stream().filter(t -> t.data().code().equals("STREET_LAMP"))
                .findFirst().orElseThrow().id());
        return as.as("pm", () -> items.create(project, new WorkItemData(type, new BigDecimal("1000"), "冲突测试",
                null, null, null)));
    }

    /** What MySQL Connector/J and Spring make of error 1213. */
    static CannotAcquireLockException deadlock() {
        return new CannotAcquireLockException("could not execute statement",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction",
                        "40001", 1213));
    }

    /**
     * Registered by the test's {@code @Import}: a bean of its own, so that its methods go through the proxies; its
     * counters are static because the test holds the proxy, whose own fields are empty.
     */
    static class Faults {

        @Autowired
        @org.springframework.context.annotation.Lazy
        Faults self;

        static final AtomicInteger conflictsToThrow = new AtomicInteger();
        static final AtomicInteger conflictsThrown = new AtomicInteger();
        static final AtomicInteger calls = new AtomicInteger();
        static final AtomicInteger outerCalls = new AtomicInteger();

        /** In the writing transaction, after the entry was inserted and the item's total moved. */
        @EventListener
        void on(WorkItemsChanged changed) {
            if (conflictsToThrow.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                conflictsThrown.incrementAndGet();
                throw deadlock();
            }
        }

        @Transactional
        public void staleEdit() {
            calls.incrementAndGet();
            throw new ObjectOptimisticLockingFailureException(WorkItem.class, 1L);
        }

        @Transactional
        public void outer() {
            outerCalls.incrementAndGet();
            self.inner();
        }

        @Transactional
        public void inner() {
            calls.incrementAndGet();
            if (conflictsToThrow.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw deadlock();
            }
        }
    }
}
