package org.chenggeng.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account (in the database, so that every instance sees the lock) and per address
 * (in memory, per instance). An attempt is counted before its password is checked, in one update statement that
 * also locks the account when the attempt is the last one allowed; so parallel attempts can neither pass the
 * limit nor overwrite each other's count. The caller learns only "refused", never why, so that nobody can tell
 * from the answer whether an account exists.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final UserAccountRepository users;
    private final LoginProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final PasswordPolicy passwords;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    LoginThrottle(UserAccountRepository users, LoginProperties properties, ApplicationEventPublisher events,
                  Clock clock, PlatformTransactionManager transactions, PasswordPolicy passwords) {
        this.users = users;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.passwords = passwords;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * One login attempt: admitted to the password check, or refused without one. {@code locksUntil} is set when
     * this attempt is the last one the account allows: if it fails, the account is locked until then.
     */
    record Attempt(boolean admitted, Instant locksUntil) {

        static final Attempt REFUSED = new Attempt(false, null);
    }

    /**
     * Counts an attempt of the account before its password is checked. Refused when the address has failed too
     * often, when the account is locked, or when there is no such account.
     */
    Attempt admit(String username, String address) {
        Instant now = clock.instant();
        if (isAddressRefused(address)) {
            return Attempt.REFUSED;
        }
        Instant until = now.plus(properties.lockDuration());
        try {
            return transaction.execute(status -> {
                if (users.claimLoginAttempt(username, now, properties.maxFailures(), until) == 0) {
                    return Attempt.REFUSED;
                }
                // Our update holds the row until commit, so a lock seen now is the one it set.
                return new Attempt(true, users.countLockedAt(username, now) > 0 ? until : null);
            });
        } catch (DataAccessException | TransactionException e) {
            log.warn("Login of {} refused: its attempt could not be counted", username, e);
            return Attempt.REFUSED;
        }
    }

    boolean isAddressRefused(String address) {
        return address != null && recentFailures(address, clock.instant()) >= properties.maxFailuresPerAddress();
    }

    /** Records a failed or refused attempt; the account's count was already taken by {@link #admit}. */
    void failed(String username, String address, Attempt attempt) {
        recordAddressFailure(address);
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.LOGIN_FAILURE, username, address, null));
        if (attempt.locksUntil() != null) {
            events.publishEvent(new SecurityEvent(SecurityEvent.Type.ACCOUNT_LOCKED, username, address,
                    "until " + attempt.locksUntil()));
        }
    }

    /**
     * A right password of a user who must still give a code: the attempt stays counted until the code is in, so
     * that signing in again with the password does not reset the count of wrong codes (decision record 0027).
     */
    void passwordAccepted(String username, String address, Attempt attempt) {
        if (attempt.locksUntil() != null) {
            events.publishEvent(new SecurityEvent(SecurityEvent.Type.ACCOUNT_LOCKED, username, address,
                    "until " + attempt.locksUntil()));
        }
    }

    /** A wrong second factor: counted like a wrong password, recorded as what it was. */
    void secondFactorFailed(String username, String address, Attempt attempt) {
        recordAddressFailure(address);
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.SECOND_FACTOR_FAILURE, username, address, null));
        if (attempt.locksUntil() != null) {
            events.publishEvent(new SecurityEvent(SecurityEvent.Type.ACCOUNT_LOCKED, username, address,
                    "until " + attempt.locksUntil()));
        }
    }

    void succeeded(String username, String address) {
        Instant now = clock.instant();
        try {
            transaction.executeWithoutResult(status -> users.recordLoginSuccess(username, now,
                    passwords.expiredBefore(now)));
        } catch (DataAccessException | TransactionException e) {
            log.warn("Login of {} succeeded but could not be recorded on the account", username, e);
        }
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.LOGIN_SUCCESS, username, address, null));
    }

    private void recordAddressFailure(String address) {
        if (address != null) {
            Deque<Instant> times = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(clock.instant());
            }
        }
    }

    private int recentFailures(String address, Instant now) {
        Deque<Instant> times = failuresByAddress.get(address);
        if (times == null) {
            return 0;
        }
        Instant windowStart = now.minus(properties.lockDuration());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
                times.removeFirst();
            }
            return times.size();
        }
    }
}
