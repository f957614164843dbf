package org.chenggeng.shared.db;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The database's part of {@code /actuator/health}, in place of Spring Boot's, which waited as long as the pool
 * and the driver let it (up to 30 s) while the database was unreachable. The check runs on a thread of its own
 * and the answer is DOWN once {@code chenggeng.health.db-timeout} has passed; while a check still hangs, the next
 * probe waits for that one instead of starting another, so a dead database costs one thread, not one per probe.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "db-health");
        t.setDaemon(true);
        return t;
    });
    private Future<Health> pending;

    DatabaseHealth(DataSource dataSource, @Value("${chenggeng.health.db-timeout:1500ms}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        Future<Health> check = check();
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        }
    }

    private synchronized Future<Health> check() {
        if (pending == null || pending.isDone()) {
            pending = checks.submit(this::query);
        }
        return pending;
    }

    private Health query() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, timeout.toSeconds());
            if (!connection.isValid(seconds)) {
                return Health.down().withDetail("error", "connection not valid").build();
            }
            return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
