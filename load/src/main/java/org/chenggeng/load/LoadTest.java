package org.chenggeng.load;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load test: virtual users of every role on virtual threads, each a {@link VaadinClient} that signs in once
 * and then acts every 5–10 s (think time) along its role's path, for the measured duration after a ramp-up. It
 * prints, per action, p50/p95/p99 and the bytes received; the errors by kind; the server's CPU time per action
 * (from /proc), the database's share of it and the driver's own; the server's heap after a full GC at each
 * hundred signed-in users (the slope is the memory per session); and the acknowledged writes against the rows
 * the database holds. Options: see {@link Options}.
 */
public final class LoadTest {

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        System.out.printf(Locale.ROOT, "load test: %d users (pm %d, committee %d, official %d, resident %d) against %s,"
                        + " think %d–%d s, ramp %d s, measured %d s, seed %d%n", o.users(), o.count("pm"),
                o.count("committee"), o.count("official"), o.count("resident"), o.base(), o.thinkMin(), o.thinkMax(),
                o.ramp(), o.duration(), o.seed());
        Database db = new Database(o.jdbc(), o.dbUser(), o.dbPassword());
        Database.Setup setup = db.prepare(o);
        ServerProbe server = new ServerProbe(o.serverPids(), o.dbPid());

        Metrics metrics = new Metrics();
        Paths.Counter entries = new Paths.Counter();
        Paths.Counter feedback = new Paths.Counter();
        List<Paths.UserPath> paths = new ArrayList<>();
        for (int i = 0; i < o.count("pm"); i++) {
            paths.add(new Paths.ProjectManager(setup.pm(i), setup.projectId(), entries));
        }
        for (int i = 0; i < o.count("committee"); i++) {
            paths.add(new Paths.Committee(setup.committee(i), setup.roundId(), i));
        }
        for (int i = 0; i < o.count("official"); i++) {
            paths.add(new Paths.Official(setup.official(i)));
        }
        for (int i = 0; i < o.count("resident"); i++) {
            paths.add(new Paths.Resident(setup.slug(), feedback));
        }
        java.util.Collections.shuffle(paths, new Random(o.seed()));

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        AtomicInteger signedIn = new AtomicInteger();
        long startNanos = System.nanoTime();
        long rampNanos = o.ramp() * 1_000_000_000L;
        long measureFrom = startNanos + rampNanos + 20_000_000_000L;
        long measureTo = measureFrom + o.duration() * 1_000_000_000L;
        List<ServerProbe.HeapPoint> heap = new ArrayList<>();
        heap.add(server.heapAfterGc(0));

        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < paths.size(); i++) {
                Paths.UserPath path = paths.get(i);
                long startAt = startNanos + rampNanos * i / Math.max(1, paths.size());
                long seed = o.seed() * 31 + i;
                users.submit(() -> runUser(path, o, http, metrics, startAt, measureTo, seed, signedIn));
            }
            // memory: heap after a full GC at each hundred signed-in users during the ramp-up
            int nextPoint = 100;
            while (System.nanoTime() < measureFrom) {
                if (signedIn.get() >= nextPoint && nextPoint <= paths.size()) {
                    heap.add(server.heapAfterGc(signedIn.get()));
                    nextPoint += 100;
                }
                Thread.sleep(500);
            }
            if (heap.getLast().sessions() < signedIn.get()) {
                heap.add(server.heapAfterGc(signedIn.get()));
            }
            ServerProbe.Cpu before = server.cpu();
            long actionsBefore = metrics.actionCount();
            metrics.recording(true);
            System.out.printf(Locale.ROOT, "%s measuring: %d users signed in%n", Instant.now(), signedIn.get());
            long lastReport = System.nanoTime();
            while (System.nanoTime() < measureTo) {
                Thread.sleep(1000);
                if (System.nanoTime() - lastReport > 60_000_000_000L) {
                    lastReport = System.nanoTime();
                    System.out.printf(Locale.ROOT, "%s %d actions, %d errors%n", Instant.now(),
                            metrics.actionCount(), metrics.errorCount());
                }
            }
            metrics.recording(false);
            ServerProbe.Cpu after = server.cpu();
            long actions = metrics.actionCount() - actionsBefore;
            Report.print(o, metrics, before, after, actions, heap, signedIn.get());
            users.shutdownNow();
        }
        Thread.sleep(3000);
        Report.printWrites(db, setup, entries, feedback);
        Path out = o.out();
        if (out != null) {
            Files.writeString(out, Report.lastText());
        }
        System.exit(metrics.errorCount() == 0 ? 0 : 1);
    }

    private static void runUser(Paths.UserPath path, Options o, HttpClient http, Metrics metrics, long startAt,
                                long endAt, long seed, AtomicInteger signedIn) {
        Random random = new Random(seed);
        sleepUntil(startAt);
        VaadinClient client = new VaadinClient(http, o.base(), metrics);
        boolean counted = false;
        long lastHeartbeat = System.nanoTime();
        while (System.nanoTime() < endAt && !Thread.currentThread().isInterrupted()) {
            try {
                if (path.username() != null && (client.onLoginPage() || client.cookie("JSESSIONID") == null
                        || client.location().isEmpty() && !counted)) {
                    client.open(null, "login");
                    client.login(path.role() + ": sign in", path.username(), o.password());
                    if (!counted) {
                        signedIn.incrementAndGet();
                        counted = true;
                    }
                } else if (path.username() == null && !counted) {
                    signedIn.incrementAndGet();
                    counted = true;
                }
                long think = (o.thinkMin() * 1000L) + random.nextLong((o.thinkMax() - o.thinkMin()) * 1000L + 1);
                long wake = System.nanoTime() + think * 1_000_000L;
                while (System.nanoTime() < wake) {
                    Paths.sleep(Math.min(1000, Math.max(1, (wake - System.nanoTime()) / 1_000_000L)));
                    if (path.username() != null && System.nanoTime() - lastHeartbeat > o.heartbeat() * 1_000_000_000L) {
                        client.heartbeat();
                        lastHeartbeat = System.nanoTime();
                    }
                }
                if (System.nanoTime() >= endAt) {
                    break;
                }
                path.step(client, random);
            } catch (LoadFailure failure) {
                if ("interrupted".equals(failure.kind())) {
                    return;
                }
                if (metrics.recording()) {
                    metrics.error(failure.kind(), failure.getMessage());
                } else {
                    metrics.error("ramp-" + failure.kind(), failure.getMessage());
                }
                path.restart();
                if (path.username() != null) {
                    // as a user would: reload the page (a new UI); an expired session lands on the login page
                    try {
                        client.open(null, "");
                    } catch (LoadFailure again) {
                        Paths.sleep(1000);
                    }
                }
            } catch (RuntimeException e) {
                metrics.error("driver-" + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            }
        }
    }

    private static void sleepUntil(long nanos) {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            Paths.sleep(wait / 1_000_000L);
        }
    }

    /** The options, from {@code --name value} pairs. */
    record Options(String base, int users, Map<String, Integer> mix, int thinkMin, int thinkMax, int ramp, int duration,
                   long seed, String jdbc, String dbUser, String dbPassword, List<Long> serverPids, long dbPid,
                   String password, int heartbeat, Path out) {

        int count(String role) {
            int total = mix.values().stream().mapToInt(Integer::intValue).sum();
            List<String> roles = List.of("pm", "committee", "official", "resident");
            int assigned = 0;
            for (String r : roles.subList(0, roles.size() - 1)) {
                assigned += users * mix.get(r) / total;
            }
            if (role.equals("resident")) {
                return users - assigned;
            }
            return users * mix.get(role) / total;
        }

        static Options parse(String[] args) {
            Map<String, String> a = new java.util.HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --name value, got " + args[i]);
                }
                a.put(args[i].substring(2), args[i + 1]);
            }
            String[] mix = a.getOrDefault("mix", "50,2,18,30").split(",");
            List<Long> pids = new ArrayList<>();
            for (String pid : a.getOrDefault("server-pid", "").split(",")) {
                if (!pid.isBlank()) {
                    pids.add(Long.parseLong(pid.strip()));
                }
            }
            return new Options(a.getOrDefault("base", "http://127.0.0.1:8080"),
                    Integer.parseInt(a.getOrDefault("users", "50")),
                    Map.of("pm", Integer.parseInt(mix[0]), "committee", Integer.parseInt(mix[1]),
                            "official", Integer.parseInt(mix[2]), "resident", Integer.parseInt(mix[3])),
                    Integer.parseInt(a.getOrDefault("think-min", "5")), Integer.parseInt(a.getOrDefault("think-max", "10")),
                    Integer.parseInt(a.getOrDefault("ramp", "120")), Integer.parseInt(a.getOrDefault("duration", "600")),
                    Long.parseLong(a.getOrDefault("seed", "20221231")),
                    a.getOrDefault("jdbc", "jdbc:mysql://127.0.0.1:3306/cg_load"), a.getOrDefault("db-user", "root"),
                    a.getOrDefault("db-password", ""), pids, Long.parseLong(a.getOrDefault("db-pid", "0")),
                    a.getOrDefault("password", "chenggeng-demo"), Integer.parseInt(a.getOrDefault("heartbeat", "60")),
                    a.containsKey("out") ? Path.of(a.get("out")) : null);
        }
    }
}
