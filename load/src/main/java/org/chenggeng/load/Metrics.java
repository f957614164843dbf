package org.chenggeng.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the virtual users measured: the time of every action by name (from the request leaving to the last byte of
 * its answer, so server time plus loopback), the bytes it received, and the errors by kind. Only actions in the
 * measured window count; the ramp-up and the cool-down are left out.
 */
final class Metrics {

    /** The samples of one action: microseconds, grown as needed. */
    static final class Samples {
        private long[] micros = new long[1024];
        private int count;
        private long bytes;

        synchronized void add(long us, long received) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = us;
            bytes += received;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(micros, count);
            Arrays.sort(copy);
            return copy;
        }

        synchronized long bytes() {
            return bytes;
        }
    }

    private final Map<String, Samples> actions = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstErrorText = new ConcurrentHashMap<>();
    private final LongAdder measured = new LongAdder();
    private final AtomicLong errorCount = new AtomicLong();
    private volatile boolean recording;

    void recording(boolean on) {
        recording = on;
    }

    boolean recording() {
        return recording;
    }

    void action(String name, long nanos, long bytes) {
        if (!recording) {
            return;
        }
        actions.computeIfAbsent(name, n -> new Samples()).add(nanos / 1000, bytes);
        measured.increment();
    }

    void error(String kind, String detail) {
        errorCount.incrementAndGet();
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        firstErrorText.putIfAbsent(kind, detail == null ? "" : detail);
    }

    long actionCount() {
        return measured.sum();
    }

    long errorCount() {
        return errorCount.get();
    }

    Map<String, Samples> actions() {
        return new TreeMap<>(actions);
    }

    Map<String, Long> errors() {
        Map<String, Long> out = new TreeMap<>();
        errors.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    String firstError(String kind) {
        return firstErrorText.get(kind);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
