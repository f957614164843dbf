package org.chenggeng.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account (in the database, so that every instance sees the lock) and per address
 * (in memory, per instance). The caller learns only "refused", never why, so that nobody can tell from the
 * answer whether an account exists.
 */
@Component
class LoginThrottle {

    private final UserAccountRepository users;
    private final LoginProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    LoginThrottle(UserAccountRepository users, LoginProperties properties, ApplicationEventPublisher events,
                  Clock clock) {
        this.users = users;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isRefused(String username, String address) {
        Instant now = clock.instant();
        if (address != null && recentFailures(address, now) >= properties.maxFailuresPerAddress()) {
            return true;
        }
        return users.findByUsernameIgnoreCase(username).map(u -> u.isLockedAt(now)).orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (address != null) {
            Deque<Instant> times = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.LOGIN_FAILURE, username, address, null));
        users.findByUsernameIgnoreCase(username).ifPresent(u -> {
            if (u.recordFailure(now, properties.maxFailures(), properties.lockDuration())) {
                events.publishEvent(new SecurityEvent(SecurityEvent.Type.ACCOUNT_LOCKED, u.getUsername(), address,
                        "until " + u.getLockedUntil()));
            }
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        users.findByUsernameIgnoreCase(username).ifPresent(u -> u.recordSuccess(clock.instant()));
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.LOGIN_SUCCESS, username, address, null));
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
