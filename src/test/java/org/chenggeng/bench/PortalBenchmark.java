package org.chenggeng.bench;

import org.chenggeng.portal.PublicLinks;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints what the residents' public page costs (issue 14, decision 0024), measured with wrk over loopback against the
 * running application (Tomcat on a random port, the demo data on the database the run points at: MariaDB with
 * -Pbenchmark): the pilot's public page without conditional headers (a full 200 each time), after a 10 s warm-up, for
 * {@code bench.seconds} (30) with {@code bench.connections} (32) connections on 2 threads: requests per second and
 * p50/p95/p99 latency; then at least 100 000 visits in all, with the live heap after full collections before and
 * after. Asserts only that every answer was a 200 and the live heap grew by less than 16 MB.
 * {@code ./mvnw -B -ntp -o -Pbenchmark test -Dtest=PortalBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PortalBenchmark {

    private static final Path WRK = Path.of("/usr/bin/wrk");
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 32);
    private static final Pattern SUMMARY = Pattern.compile(
            "PORTAL requests=(\\d+) errors=(\\d+) p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+) max=([\\d.]+)");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers as;
    @Autowired
    PublicLinks links;
    @Autowired
    JdbcTemplate jdbc;

    private record Run(long requests, long errors, double rate, double p50, double p95, double p99, double max,
                       boolean non2xx) {
    }

    @Test
    void publicProjectPageUnderWrk() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(WRK), "wrk is not installed");
        long pilot = jdbc.queryForObject("select id from project where code = 'YYH-2022-01'", Long.class);
        String url = "http://127.0.0.1:" + port + "/p/" + as.as("admin", () -> links.slugOf(pilot));
        Path script = Files.createTempFile("portal-bench", ".lua");
        Files.writeString(script, """
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("PORTAL requests=%d errors=%d p50=%.2f p95=%.2f p99=%.2f max=%.2f\\n",
                    summary.requests, e.connect + e.read + e.write + e.timeout + e.status,
                    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
                    latency.max / 1000))
                end
                """);
        System.out.printf("Portal benchmark: %s, %d connections, 2 threads, %d s; load %s%n", url, CONNECTIONS,
                SECONDS, load());
        wrk(script, url, 10);
        long heapBefore = HeapProbe.settledUsed();
        Run measured = wrk(script, url, SECONDS);
        System.out.printf("  %,.0f requests/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%,d requests,"
                        + " %d errors); load %s%n", measured.rate(), measured.p50(), measured.p95(), measured.p99(),
                measured.max(), measured.requests(), measured.errors(), load());
        long visits = measured.requests();
        while (visits < 100_000) {
            visits += wrk(script, url, 20).requests();
        }
        long heapAfter = HeapProbe.settledUsed();
        System.out.printf("  live heap after full GC: %,d KB before, %,d KB after %,d visits (%+,d KB); load %s%n",
                heapBefore / 1024, heapAfter / 1024, visits, (heapAfter - heapBefore) / 1024, load());
        assertThat(measured.errors()).isZero();
        assertThat(measured.non2xx()).isFalse();
        assertThat(heapAfter - heapBefore).isLessThan(16L * 1024 * 1024);
    }

    private Run wrk(Path script, String url, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(WRK.toString(), "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s",
                "--latency", "-s", script.toString(), url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        Matcher s = SUMMARY.matcher(out);
        Matcher r = RATE.matcher(out);
        assertThat(s.find() && r.find()).as(out).isTrue();
        return new Run(Long.parseLong(s.group(1)), Long.parseLong(s.group(2)), Double.parseDouble(r.group(1)),
                Double.parseDouble(s.group(3)), Double.parseDouble(s.group(4)), Double.parseDouble(s.group(5)),
                Double.parseDouble(s.group(6)), out.contains("Non-2xx"));
    }

    private static String load() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
