package org.chenggeng.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * Counts failed logins per account and per client address, both in the database, so that every instance behind a
 * load balancer sees the same counts: an account's lock and an address's refusal hold on all of them. An attempt is
 * counted before its password is checked, for the address ({@link AddressFailures}) and then for the account, each
 * in one update statement that also refuses or locks when the attempt is over or the last one allowed; so parallel
 * attempts, on one instance or several, can neither pass a limit nor overwrite each other's count. A right login
 * gives the address its attempt back (the account's count starts again). The caller learns only "refused", never
 * why, so that nobody can tell from the answer whether an account exists.
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
    private final AddressFailures addresses;

    LoginThrottle(UserAccountRepository users, LoginProperties properties, ApplicationEventPublisher events,
                  Clock clock, PlatformTransactionManager transactions, PasswordPolicy passwords,
                  AddressFailures addresses) {
        this.users = users;
        this.addresses = addresses;
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
     * Counts an attempt of the address and of the account before the password is checked. Refused when the address
     * has had its limit of attempts within the lock duration, when the account is locked, or when there is no such
     * account. An attempt the address's limit refuses is not counted again; one the account refuses stays counted
     * for its address, as a failure.
     */
    Attempt admit(String username, String address) {
        Instant now = clock.instant();
        if (address != null) {
            try {
                if (!addresses.claim(address, now, properties.maxFailuresPerAddress(), properties.lockDuration())) {
                    return Attempt.REFUSED;
                }
            } catch (DataAccessException | TransactionException e) {
                log.warn("Login of {} refused: the attempt of its address could not be counted", username, e);
                return Attempt.REFUSED;
            }
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

    /** Records a failed or refused attempt; the counts of account and address were already taken by {@link #admit}. */
    void failed(String username, String address, Attempt attempt) {
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.LOGIN_FAILURE, username, address, null));
        if (attempt.locksUntil() != null) {
            events.publishEvent(new SecurityEvent(SecurityEvent.Type.ACCOUNT_LOCKED, username, address,
                    "until " + attempt.locksUntil()));
        }
    }

    /**
     * A right password of a user who must still give a code: the attempt stays counted until the code is in, so
     * that signing in again with the password does not reset the count of wrong codes (decision record 0027). The
     * address gets its attempt back: the code is counted again when it is given.
     */
    void passwordAccepted(String username, String address, Attempt attempt) {
        giveBack(address);
        if (attempt.locksUntil() != null) {
            events.publishEvent(new SecurityEvent(SecurityEvent.Type.ACCOUNT_LOCKED, username, address,
                    "until " + attempt.locksUntil()));
        }
    }

    /** A wrong second factor: counted like a wrong password, recorded as what it was. */
    void secondFactorFailed(String username, String address, Attempt attempt) {
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.SECOND_FACTOR_FAILURE, username, address, null));
        if (attempt.locksUntil() != null) {
            events.publishEvent(new SecurityEvent(SecurityEvent.Type.ACCOUNT_LOCKED, username, address,
                    "until " + attempt.locksUntil()));
        }
    }

    void succeeded(String username, String address) {
        Instant now = clock.instant();
        giveBack(address);
        try {
            transaction.executeWithoutResult(status -> users.recordLoginSuccess(username, now,
                    passwords.expiredBefore(now)));
        } catch (DataAccessException | TransactionException e) {
            log.warn("Login of {} succeeded but could not be recorded on the account", username, e);
        }
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.LOGIN_SUCCESS, username, address, null));
    }

    /** Deletes the address counts whose window is over, once an hour (on every instance; any one would do). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    void forgetEndedAddressWindows() {
        try {
            addresses.forgetEnded(clock.instant(), properties.lockDuration());
        } catch (DataAccessException | TransactionException e) {
            log.warn("The ended address windows of the login throttle could not be deleted; next hour again", e);
        }
    }

    private void giveBack(String address) {
        if (address == null) {
            return;
        }
        try {
            addresses.giveBack(address, clock.instant(), properties.lockDuration());
        } catch (DataAccessException | TransactionException e) {
            log.warn("A right login could not give its address its attempt back", e);
        }
    }
}
