package org.chenggeng.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap while something runs: the most used (sampled every 5 ms, garbage included) and the most left after any
 * collection during it (live data, and old garbage that young collections leave: an upper bound). Or, in a run that
 * is not timed ({@link #live}), the live heap itself: a full collection every 100 ms, the used heap after each.
 */
final class HeapProbe implements NotificationListener {

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final boolean collect;
    private volatile boolean running = true;
    private final Thread sampler;

    private HeapProbe(boolean collect) {
        this.collect = collect;
        sampler = Thread.ofPlatform().daemon().name("heap-probe").start(() -> {
            while (running) {
                if (collect) {
                    System.gc();
                    peakAfterGc.accumulateAndGet(used(), Math::max);
                }
                peakUsed.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(collect ? 100 : 5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        if (!collect) {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(this, null, null);
            }
        }
    }

    static HeapProbe start() {
        return new HeapProbe(false);
    }

    /** Full collections every 100 ms: {@link #peakAfterGc} is then the live heap's peak. Slows the work down. */
    static HeapProbe live() {
        return new HeapProbe(true);
    }

    void stop() throws Exception {
        running = false;
        sampler.join();
        if (!collect) {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            }
        }
        peakUsed.accumulateAndGet(used(), Math::max);
    }

    long peakUsed() {
        return peakUsed.get();
    }

    /** The largest heap left after a collection during the run, or the used heap at its end if none ran. */
    long peakAfterGc() {
        return peakAfterGc.get() == 0 ? used() : peakAfterGc.get();
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("Code")
                        && !e.getKey().contains("Class"))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        peakAfterGc.accumulateAndGet(after, Math::max);
    }

    private static long used() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    /** The used heap after full collections, once it stops falling. */
    static long settledUsed() throws InterruptedException {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            long now = used();
            if (now >= last - 64 * 1024) {
                return now;
            }
            last = now;
        }
        return last;
    }
}
