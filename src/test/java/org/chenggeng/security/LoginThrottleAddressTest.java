package org.chenggeng.security;

import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.MovableClock;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address limit holds across instances: two throttles, each with its own {@link AddressFailures} on its own
 * {@link JdbcTemplate}, share nothing but the database, as two instances behind a load balancer do. An address that
 * failed the limit on the two together is refused on both, parallel attempts spread over both never pass it, a right
 * login gives its attempt back, and ended windows are admitted again and deleted.
 */
@ChenggengTest
class LoginThrottleAddressTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordPolicy passwords;
    @Autowired
    UserAdminService admin;
    @Autowired
    TestUsers as;

    private final MovableClock clock = new MovableClock(Instant.now());

    private LoginThrottle a;
    private LoginThrottle b;

    @BeforeEach
    void twoInstances() {
        a = instance(3);
        b = instance(3);
    }

    @Test
    void anAddressThatFailedTheLimitOnTwoInstancesTogetherIsRefusedOnBothUntilItsWindowEnds() throws Exception {
        newUser("lta-someone");
        fail(a, "lta-guess-1", "198.51.100.7");
        fail(b, "lta-guess-2", "198.51.100.7");
        assertThat(admitted(a, "lta-someone", "198.51.100.7")).isTrue();
        a.failed("lta-someone", "198.51.100.7", LoginThrottle.Attempt.REFUSED);

        // Three failures in all, two on a and one on b: each instance alone would have counted fewer.
        assertThat(admitted(b, "lta-someone", "198.51.100.7")).isFalse();
        assertThat(admitted(a, "lta-someone", "198.51.100.7")).isFalse();
        assertThat(admitted(b, "lta-someone", "198.51.100.8")).isTrue();

        clock.advance(WINDOW.plusMinutes(1));
        assertThat(admitted(b, "lta-someone", "198.51.100.7")).isTrue();
    }

    @Test
    void parallelAttemptsOfOneAddressOnTwoInstancesNeverPassTheLimit() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        AddressFailures first = new AddressFailures(new JdbcTemplate(dataSource), transactions);
        AddressFailures second = new AddressFailures(new JdbcTemplate(dataSource), transactions);
        int limit = 10;
        int attempts = 40;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                AddressFailures instance = i % 2 == 0 ? first : second;
                claims.add(pool.submit(() -> {
                    start.await();
                    return instance.claim("203.0.113.9", clock.instant(), limit, WINDOW);
                }));
            }
            start.countDown();
            int passed = 0;
            for (Future<Boolean> claim : claims) {
                passed += claim.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(passed).isEqualTo(limit);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select failures from login_address_failure where address_key = ?",
                Integer.class, sha256("203.0.113.9"))).isEqualTo(limit);
    }

    @Test
    void aRightLoginGivesItsAddressTheAttemptBackOnWhicheverInstance() throws Exception {
        newUser("lta-regular");
        fail(a, "lta-typo-1", "198.51.100.20");
        fail(b, "lta-typo-2", "198.51.100.20");
        for (int i = 0; i < 6; i++) {
            LoginThrottle on = i % 2 == 0 ? a : b;
            assertThat(on.admit("lta-regular", "198.51.100.20").admitted()).isTrue();
            on.succeeded("lta-regular", "198.51.100.20");
        }
        fail(a, "lta-typo-3", "198.51.100.20");
        assertThat(admitted(b, "lta-regular", "198.51.100.20")).isFalse();
    }

    @Test
    void endedWindowsAreDeletedAndRunningOnesKept() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        fail(a, "lta-old", "198.51.100.30");
        clock.advance(WINDOW.plusMinutes(1));
        fail(b, "lta-new", "198.51.100.31");

        a.forgetEndedAddressWindows();

        assertThat(jdbc.queryForList("select address_key from login_address_failure where address_key in (?, ?)",
                String.class, sha256("198.51.100.30"), sha256("198.51.100.31")))
                .containsExactly(sha256("198.51.100.31"));
    }

    private LoginThrottle instance(int perAddress) {
        return new LoginThrottle(users, new LoginProperties(5, perAddress, WINDOW), event -> { }, clock, transactions,
                passwords, new AddressFailures(new JdbcTemplate(dataSource), transactions));
    }

    /** An attempt of an unknown account: refused, and counted for the address as a failure. */
    private static void fail(LoginThrottle throttle, String username, String address) {
        LoginThrottle.Attempt attempt = throttle.admit(username, address);
        throttle.failed(username, address, attempt);
    }

    private static boolean admitted(LoginThrottle throttle, String username, String address) {
        return throttle.admit(username, address).admitted();
    }

    private void newUser(String username) throws Exception {
        as.as("security", () -> {
            Long street = admin.regionChoices().stream().filter(r -> r.path().endsWith("月牙河街")).findFirst()
                    .orElseThrow().id();
            return admin.create(new UserAdminService.NewUser(username, "地址测试", "right-password-1",
                    Role.OFFICIAL, street, Set.of()));
        });
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
