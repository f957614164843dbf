package org.chenggeng.shared.db;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health answers within 2 s while the database hangs or is gone, DOWN, and UP again once it is back. The
 * indicator, in a context of its own with nothing but the data source (a second full application context would
 * take over Vaadin's and Spring Security's shared state from the one the view tests use), reaches its database (H2 over TCP, or under -Pmysql the test MariaDB in a database of its own)
 * through a proxy that the test makes hang or refuse; the machine's database itself is never touched. Spring
 * Boot's own indicator never answered here once the database hung.
 */
@SpringBootTest(classes = DatabaseHealth.class)
@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
@ActiveProfiles("test")
class DatabaseHealthTest {

    private static Server h2;
    private static FlakyProxy proxy;

    @Autowired
    HealthIndicator health;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws Exception {
        String mysql = System.getenv("CG_TEST_DB_URL");
        if (mysql == null || mysql.isBlank()) {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            proxy = new FlakyProxy("127.0.0.1", h2.getPort());
            String url = "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:cg-health-" + UUID.randomUUID()
                    + ";MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            registry.add("spring.datasource.url", () -> url);
        } else {
            Matcher db = Pattern.compile("jdbc:mysql://([^:/]+):(\\d+)/").matcher(mysql);
            assertThat(db.lookingAt()).as(mysql).isTrue();
            proxy = new FlakyProxy(db.group(1), Integer.parseInt(db.group(2)));
            String name = "cg_test_" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
            String url = "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + name
                    + "?createDatabaseIfNotExist=true&connectionTimeZone=UTC&characterEncoding=utf8";
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.hikari.data-source-properties.connectTimeout", () -> "2000");
            registry.add("spring.datasource.hikari.data-source-properties.socketTimeout", () -> "10000");
        }
        registry.add("spring.datasource.hikari.connection-timeout", () -> "5000");
        registry.add("spring.datasource.hikari.validation-timeout", () -> "1000");
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (h2 != null) {
            h2.stop();
        }
    }

    @Test
    @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void healthIsDownWithinTwoSecondsWhileTheDatabaseHangsOrIsGoneAndUpWhenItIsBack() throws Exception {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        proxy.set(FlakyProxy.Mode.HANG);
        assertDownWithinTwoSeconds();
        assertDownWithinTwoSeconds();

        proxy.set(FlakyProxy.Mode.REFUSE);
        assertDownWithinTwoSeconds();

        proxy.set(FlakyProxy.Mode.FORWARD);
        Health last = health.health();
        // Back up is not bounded by the issue; a connection that hung may need its socket timeout (10 s) to give way,
        // longer on a loaded machine, so wait up to ninety seconds for it, and say why if it never comes.
        for (long until = System.nanoTime() + 90_000_000_000L;
             !last.getStatus().equals(Status.UP) && System.nanoTime() < until; ) {
            Thread.sleep(500);
            last = health.health();
        }
        Health seen = last;
        assertThat(seen.getStatus()).as(() -> "last answer " + seen.getDetails() + threads()).isEqualTo(Status.UP);
    }

    /** Where the health check and the pool's threads stand, for the message of a failure. */
    private static String threads() {
        StringBuilder out = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("db-health") || thread.getName().contains("HikariPool")
                    || thread.getName().startsWith("flaky-proxy")) {
                out.append('\n').append(thread.getName()).append(' ').append(thread.getState());
                for (StackTraceElement frame : stack) {
                    out.append("\n    at ").append(frame);
                }
            }
        });
        return out.toString();
    }

    private void assertDownWithinTwoSeconds() {
        long start = System.nanoTime();
        Status status = health.health().getStatus();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(status).isEqualTo(Status.DOWN);
        assertThat(millis).isLessThan(2000);
    }
}
