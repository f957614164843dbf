package org.chenggeng.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server processes cost, read from outside: CPU time from {@code /proc/<pid>/stat} (user and system, in
 * clock ticks of 10 ms) of the application instances, the database and the driver itself; the heap after a full
 * collection from {@code jcmd <pid> GC.heap_info}. Nothing is asked of the application.
 */
final class ServerProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final double TICK_MS = 10.0;

    record Cpu(double appMs, double dbMs, double driverMs, long wallNanos) { }

    record HeapPoint(int sessions, long usedKb) { }

    private final List<Long> appPids;
    private final long dbPid;

    ServerProbe(List<Long> appPids, long dbPid) {
        this.appPids = appPids;
        this.dbPid = dbPid;
    }

    Cpu cpu() {
        double app = 0;
        for (long pid : appPids) {
            app += ticks(pid);
        }
        return new Cpu(app * TICK_MS, dbPid > 0 ? ticks(dbPid) * TICK_MS : Double.NaN,
                ticks(ProcessHandle.current().pid()) * TICK_MS, System.nanoTime());
    }

    /** The last reading of each process: a process that died (an instance killed in a run) keeps what it used. */
    private final java.util.Map<Long, Long> last = new java.util.concurrent.ConcurrentHashMap<>();

    private long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            last.put(pid, ticks);
            return ticks;
        } catch (IOException | RuntimeException e) {
            return last.getOrDefault(pid, 0L);
        }
    }

    /** The heap the application instances use after a full collection, summed, with the users signed in then. */
    HeapPoint heapAfterGc(int sessions) {
        long used = 0;
        for (long pid : appPids) {
            jcmd(pid, "GC.run");
            String info = jcmd(pid, "GC.heap_info");
            Matcher m = USED.matcher(info);
            if (m.find()) {
                used += Long.parseLong(m.group(1));
            }
        }
        System.out.printf("heap after GC with %d users signed in: %,d KB%n", sessions, used);
        return new HeapPoint(sessions, used);
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
