package org.chenggeng.shared.db;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a transaction again, whole, when the database chose it as the loser of a write conflict: a deadlock
 * (MySQL/MariaDB error 1213, SQLSTATE 40001), which is also how a Galera cluster refuses a transaction that lost
 * certification against one committed on another node, or TiDB's write conflict (9007). Nothing of the failed
 * attempt is left: the database rolled it back, so did its audit entries (written in the same transaction) and its
 * idempotency key, and the work done after commit (events to transactional listeners, synchronisations) never ran.
 * <p>
 * Only the outermost transaction is retried: a method called inside a running transaction lets the error pass to
 * the method that began it, which rolls back and runs again from the start. A stale optimistic lock
 * ({@code @Version}) is never retried: that is another user's edit, which the user must see.
 * <p>
 * A few attempts with a small random pause that grows with each attempt, so two losers do not meet again at once;
 * a line is logged for every retry, and the last failure reaches the caller as it was.
 */
public class ConflictRetry implements MethodInterceptor {

    /** MySQL and MariaDB's ER_LOCK_DEADLOCK, which Galera also answers for a failed certification. */
    static final int DEADLOCK = 1213;
    /** TiDB's write conflict under optimistic transactions (not tested here). */
    static final int TIDB_WRITE_CONFLICT = 9007;
    static final String SERIALIZATION_FAILURE = "40001";

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    private final int attempts;
    private final long pauseMillis;
    private final AtomicLong retries = new AtomicLong();

    /**
     * @param attempts    how many times a transaction may run in all (at least 1)
     * @param pauseMillis the largest pause before the second attempt; before attempt n it is up to n - 1 times that
     */
    public ConflictRetry(int attempts, long pauseMillis) {
        this.attempts = Math.max(1, attempts);
        this.pauseMillis = Math.max(0, pauseMillis);
    }

    /** How many retries this instance has made since it started. */
    public long retries() {
        return retries.get();
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                // a copy, so that every attempt runs the rest of the chain (the transaction first) again
                return ((org.springframework.aop.ProxyMethodInvocation) invocation).invocableClone().proceed();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isConflict(e)) {
                    throw e;
                }
                long total = retries.incrementAndGet();
                log.warn("Write conflict in {}.{}, retrying (attempt {} of {}, retry {} since start): {}",
                        invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName(),
                        attempt + 1, attempts, total, rootMessage(e));
                pause(attempt);
            }
        }
    }

    /**
     * Whether the database refused the transaction for a conflict it would not meet again on a second try: decided
     * on the driver's error where there is one, else on Spring's pessimistic-locking exceptions. A lock wait timeout
     * (1205) is not one: it already waited long, and waiting again would hold the user up for as long once more.
     */
    static boolean isConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingFailureException
                    || t instanceof jakarta.persistence.OptimisticLockException) {
                return false;
            }
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getErrorCode() == DEADLOCK || s.getErrorCode() == TIDB_WRITE_CONFLICT
                            || SERIALIZATION_FAILURE.equals(s.getSQLState())) {
                        return true;
                    }
                }
                return false;
            }
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    private void pause(int attempt) {
        if (pauseMillis == 0) {
            return;
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, pauseMillis * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a transaction", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
