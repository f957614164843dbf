package org.chenggeng.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets per key (an address, a project) in a map of bounded size: at most {@code capacity} actions at once,
 * refilled evenly over {@code period}. The least recently used key is forgotten when the map is full, so memory stays
 * bounded whatever the number of addresses; a forgotten key starts again full, which only ever lets a flood of
 * distinct addresses through at their own small limit each. Per instance, in memory.
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
