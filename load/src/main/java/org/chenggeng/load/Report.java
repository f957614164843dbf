package org.chenggeng.load;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the figures of a run, and keeps the text to write into a file. */
final class Report {

    private static final StringBuilder TEXT = new StringBuilder();

    private Report() {
    }

    private static void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        TEXT.append(s).append('\n');
    }

    static String lastText() {
        return TEXT.toString();
    }

    static void print(LoadTest.Options o, Metrics metrics, ServerProbe.Cpu before, ServerProbe.Cpu after, long actions,
                      List<ServerProbe.HeapPoint> heap, int signedIn) {
        double seconds = (after.wallNanos() - before.wallNanos()) / 1e9;
        line("");
        line("== %d users signed in, measured %.0f s: %d actions (%.1f/s), %d errors", signedIn, seconds, actions,
                actions / seconds, metrics.errorCount());
        line("%-44s %7s %8s %8s %8s %8s %9s", "action", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "KB/answer");
        long[] all = new long[0];
        for (Map.Entry<String, Metrics.Samples> e : metrics.actions().entrySet()) {
            long[] s = e.getValue().sorted();
            all = concat(all, s);
            line("%-44s %7d %8.1f %8.1f %8.1f %8.1f %9.1f", e.getKey(), s.length, Metrics.percentile(s, 50),
                    Metrics.percentile(s, 95), Metrics.percentile(s, 99), Metrics.percentile(s, 100),
                    s.length == 0 ? 0 : e.getValue().bytes() / 1024.0 / s.length);
        }
        java.util.Arrays.sort(all);
        line("%-44s %7d %8.1f %8.1f %8.1f %8.1f", "all actions", all.length, Metrics.percentile(all, 50),
                Metrics.percentile(all, 95), Metrics.percentile(all, 99), Metrics.percentile(all, 100));
        double app = after.appMs() - before.appMs();
        double db = after.dbMs() - before.dbMs();
        double driver = after.driverMs() - before.driverMs();
        line("");
        line("server CPU: %.0f ms in %.0f s = %.2f cores; %.1f ms per action", app, seconds, app / seconds / 1000,
                actions == 0 ? 0 : app / actions);
        if (!Double.isNaN(db)) {
            line("database CPU: %.0f ms = %.2f cores; %.1f ms per action; its share of server + database: %.0f %%", db,
                    db / seconds / 1000, actions == 0 ? 0 : db / actions, 100 * db / (app + db));
        }
        line("driver CPU (this process): %.0f ms = %.2f cores; %.1f ms per action", driver, driver / seconds / 1000,
                actions == 0 ? 0 : driver / actions);
        if (!metrics.errors().isEmpty()) {
            line("");
            line("errors:");
            metrics.errors().forEach((kind, n) -> line("  %-28s %6d  first: %s", kind, n,
                    VaadinClient.abbreviate(String.valueOf(metrics.firstError(kind)))));
        }
        line("");
        line("heap after full GC by users signed in:");
        for (ServerProbe.HeapPoint p : heap) {
            line("  %4d users  %,9d KB", p.sessions(), p.usedKb());
        }
        double slope = slope(heap);
        if (!Double.isNaN(slope)) {
            line("  slope (least squares over the points with 100 users or more): %.0f KB per signed-in user", slope);
        }
    }

    static void printWrites(Database db, Database.Setup setup, Paths.Counter entries, Paths.Counter feedback) {
        try {
            long[] counted = db.counted(setup);
            line("");
            line("writes: %d progress entries acknowledged to users, %d in the database (since the start); "
                            + "%d feedback forms acknowledged, %d in the database",
                    entries.total(), counted[0], feedback.total(), counted[1]);
            line("lost entries: %d", Math.max(0, entries.total() - counted[0]));
        } catch (SQLException e) {
            line("writes: could not count the database: %s", e.getMessage());
        }
    }

    static double slope(List<ServerProbe.HeapPoint> heap) {
        List<ServerProbe.HeapPoint> points = heap.stream().filter(p -> p.sessions() >= 100).toList();
        if (points.size() < 2) {
            return Double.NaN;
        }
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxx = 0;
        for (ServerProbe.HeapPoint p : points) {
            sx += p.sessions();
            sy += p.usedKb();
            sxy += (double) p.sessions() * p.usedKb();
            sxx += (double) p.sessions() * p.sessions();
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
