package org.chenggeng.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chenggeng.shared.ApiProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code chenggeng.api.write-limit} writes (POST, PUT, PATCH, DELETE) a minute per access token, as a
 * bucket that refills evenly over the minute: a client may send a burst up to the limit, then one write per
 * 60/limit seconds. A write over the limit is answered 429 with Retry-After and writes nothing.
 * <p>
 * The buckets live in this instance's memory, so behind a load balancer the limit holds per instance: with N
 * instances a token may write up to N × the limit a minute (API requests carry no session cookie, so a load balancer
 * spreads them over all instances). That is acceptable because this is a rate limit against a runaway client, not a
 * security limit: every write still needs a valid token, its role and scope, and an Idempotency-Key, and a counter
 * shared in the database would cost a write per API write. To keep a total, set {@code chenggeng.api.write-limit} to
 * the total divided by the number of instances (README, "Two instances").
 */
class ApiWriteLimit implements HandlerInterceptor {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int FORGET_ABOVE = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ApiWriteLimit(ApiProperties settings, Clock clock) {
        this.perMinute = settings.writeLimit();
        this.clock = clock;
    }

    /** A write beyond the limit; {@code retryAfter} in whole seconds. */
    static final class Exceeded extends RuntimeException {

        final int limit;
        final long retryAfter;

        Exceeded(int limit, long retryAfter) {
            super(null, null, false, false);
            this.limit = limit;
            this.retryAfter = retryAfter;
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!WRITES.contains(request.getMethod()) || authorization == null) {
            return true;
        }
        if (buckets.size() > FORGET_ABOVE) {
            long now = clock.millis();
            buckets.values().removeIf(b -> b.isFull(now));
        }
        long waitMillis = buckets.computeIfAbsent(hash(authorization), k -> new Bucket(perMinute, clock.millis()))
                .take(clock.millis());
        if (waitMillis > 0) {
            throw new Exceeded(perMinute, Math.max(1, (waitMillis + 999) / 1000));
        }
        return true;
    }

    /** Tokens are kept as hashes here too: memory holds no secret. */
    private static String hash(String authorization) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(authorization.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Up to {@code capacity} writes, refilled at {@code capacity} a minute. */
    private static final class Bucket {

        private final int capacity;
        private final double perMilli;
        private double available;
        private long at;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.perMilli = capacity / 60_000.0;
            this.available = capacity;
            this.at = now;
        }

        /** Takes one write; 0 when it may go, else how many milliseconds until one is free. */
        synchronized long take(long now) {
            refill(now);
            if (available >= 1) {
                available -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - available) / perMilli);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return available >= capacity;
        }

        private void refill(long now) {
            available = Math.min(capacity, available + Math.max(0, now - at) * perMilli);
            at = now;
        }
    }
}
