package org.chenggeng.security;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Failed logins per client address, in the database ({@code login_address_failure}, migration 026), so that several
 * instances behind a load balancer count against one limit instead of allowing it each. A row per address holds a
 * fixed window (its start and the attempts claimed in it). An attempt is <em>claimed</em> before its password is
 * checked, in one UPDATE that succeeds only while the count is below the limit or the window is over (then it
 * starts a new one); the database's row lock makes parallel claims, from any instance, take their turns, so that
 * no more than the limit pass in a window. A login that turns out right gives its claim back. The first attempt of
 * an address inserts its row; when another inserts it at the same moment, the claim is tried again as an UPDATE.
 * <p>
 * The address is kept as its SHA-256, a key of fixed length: the audit log keeps the address itself for longer,
 * so a keyed hash would hide nothing more. The window start is in epoch milliseconds, which instances in different
 * time zones read alike. Each statement commits on its own (a new transaction), whatever the caller is in.
 * <p>
 * A fixed window lets an address fail up to twice the limit around the end of one window and the start of the
 * next; as a brake on guessing across accounts (each account locks on its own after five) that is enough.
 */
@Component
class AddressFailures {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AddressFailures(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Counts an attempt of the address unless it has already had {@code limit} within the window of
     * {@code window} that is running at {@code now}; {@code false}, and nothing counted, when it has.
     */
    boolean claim(String address, Instant now, int limit, Duration window) {
        String key = key(address);
        long at = now.toEpochMilli();
        long over = now.minus(window).toEpochMilli();
        if (claimInWindow(key, at, over, limit)) {
            return true;
        }
        if (limit < 1) {
            return false;
        }
        try {
            Integer inserted = transaction.execute(status -> jdbc.update(
                    "insert into login_address_failure (address_key, window_start_ms, failures) values (?, ?, 1)",
                    key, at));
            return inserted != null && inserted == 1;
        } catch (DuplicateKeyException e) {
            // The row is there: it was either full, or inserted a moment ago by a parallel attempt.
            return claimInWindow(key, at, over, limit);
        }
    }

    /** Takes back the claim of an attempt that turned out right, from the window that is running at {@code now}. */
    void giveBack(String address, Instant now, Duration window) {
        long over = now.minus(window).toEpochMilli();
        transaction.executeWithoutResult(status -> jdbc.update("update login_address_failure set failures = failures - 1 "
                + "where address_key = ? and window_start_ms > ? and failures > 0", key(address), over));
    }

    /** Deletes the rows whose window ended before {@code now}; how many. */
    int forgetEnded(Instant now, Duration window) {
        Integer deleted = transaction.execute(status -> jdbc.update(
                "delete from login_address_failure where window_start_ms <= ?", now.minus(window).toEpochMilli()));
        return deleted == null ? 0 : deleted;
    }

    /**
     * One statement: a window that is over starts again at one, a running one counts one more if below the limit.
     * {@code failures} is assigned before {@code window_start_ms} and reads only the old start: MySQL evaluates
     * assignments in order with the values already assigned, H2 with the old ones, and both then agree.
     */
    private boolean claimInWindow(String key, long at, long over, int limit) {
        Integer updated = transaction.execute(status -> jdbc.update("""
                update login_address_failure
                set failures = case when window_start_ms <= ? then 1 else failures + 1 end,
                    window_start_ms = case when window_start_ms <= ? then ? else window_start_ms end
                where address_key = ? and (window_start_ms <= ? or failures < ?)
                """, over, over, at, key, over, limit));
        return updated != null && updated == 1;
    }

    private static String key(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
