package org.chenggeng.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets per key (an address, a project) in a map of bounded size: at most {@code capacity} actions at once,
 * refilled evenly over {@code period}. The least recently used key is forgotten when the map is full, so memory stays
 * bounded whatever the number of addresses; a forgotten key starts again full, which only ever lets a flood of
 * distinct addresses through at their own small limit each.
 * <p>
 * Per instance, in memory: the portal's pages and forms are stateless (no session cookie), so a load balancer spreads
 * one address's requests over all instances, and with N instances an address may send N × the limit (forms, tracking
 * lookups) and a project receive N × its limit. That is acceptable for what these limits are, a brake on spam and
 * floods, not what keeps a secret: a tracking code has 80 bits and a survey code 39 bits (decisions 0024 and 0025);
 * with two instances one address may type 60 codes in ten minutes, which among a thousand live survey codes hits
 * one about once in 170 years. Each form still needs its signed token and, from half a limit on, its sum. To keep a total, set {@code chenggeng.portal.per-address}, {@code per-project} and
 * {@code lookups} to the total divided by the number of instances (README, "Two instances").
 */
final class RateLimits {

    private final int capacity;
    private final double perNano;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    RateLimits(int capacity, Duration period, int maxKeys, Clock clock) {
        this.capacity = Math.max(1, capacity);
        this.perNano = this.capacity / (double) period.toNanos();
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one action from the key's bucket; {@code false}, and nothing taken, when it is empty. */
    synchronized boolean take(String key) {
        Bucket b = refilled(key);
        if (b.tokens < 1) {
            return false;
        }
        b.tokens -= 1;
        return true;
    }

    /** Whether the key has used half of its bucket or more: time for the challenge. */
    synchronized boolean near(String key) {
        return buckets.containsKey(key) && Math.floor(refilled(key).tokens) <= capacity / 2.0;
    }

    /** Seconds until the key may act again (at least 1). */
    synchronized long retryAfterSeconds(String key) {
        double missing = Math.max(0, 1 - refilled(key).tokens);
        return Math.max(1, (long) Math.ceil(missing / perNano / 1_000_000_000d));
    }

    synchronized int size() {
        return buckets.size();
    }

    private Bucket refilled(String key) {
        long now = nanos();
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        b.tokens = Math.min(capacity, b.tokens + (now - b.at) * perNano);
        b.at = now;
        return b;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    private long nanos() {
        java.time.Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
