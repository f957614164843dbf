package org.chenggeng.security;

import org.chenggeng.audit.AuditService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

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
 * Wrong passwords sent all at once: each is refused as a wrong password (never a server error), every one is
 * recorded, and the account locks after the limit however the attempts interleave.
 */
@ChenggengTest
class ParallelLoginTest {

    private static final int ATTEMPTS = 20;

    @Autowired
    AuthenticationProvider login;
    @Autowired
    UserAdminService admin;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;
    @Autowired
    DatabaseUserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    UserAccountRepository users;

    @Test
    void twentyParallelWrongPasswordsAreAllRefusedRecordedAndLockTheAccountOnce() throws Exception {
        Long id = newUser("pl-target");

        List<Throwable> outcomes = inParallel(login, "pl-target");

        assertThat(outcomes).hasSize(ATTEMPTS)
                .allSatisfy(e -> assertThat(e).isExactlyInstanceOf(BadCredentialsException.class));
        assertThat(as.as("security", () -> admin.get(id).lockedUntil())).isAfter(Instant.now());
        List<String> actions = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("pl-target", null,
                "SECURITY", null, null), PageRequest.of(0, 100))).stream().map(AuditService.AuditRow::action).toList();
        assertThat(actions).filteredOn("LOGIN_FAILURE"::equals).hasSize(ATTEMPTS);
        assertThat(actions).filteredOn("ACCOUNT_LOCKED"::equals).hasSize(1);
    }

    @Test
    void parallelWrongPasswordsAreCheckedAgainstTheAccountsHashNoMoreOftenThanTheLimit() throws Exception {
        newUser("pl-hashed");
        String hash = users.findByUsernameIgnoreCase("pl-hashed").orElseThrow().getPasswordHash();
        CountingPasswordEncoder counting = new CountingPasswordEncoder(encoder);

        List<Throwable> outcomes = inParallel(SecurityConfig.loginProvider(userDetails, counting, throttle),
                "pl-hashed");

        assertThat(outcomes).allSatisfy(e -> assertThat(e).isExactlyInstanceOf(BadCredentialsException.class));
        assertThat(counting.checksAgainst(hash)).isBetween(1L, 5L);
        assertThat(counting.checks()).isEqualTo(ATTEMPTS);
    }

    private Long newUser(String username) throws Exception {
        return as.as("security", () -> {
            Long street = admin.regionChoices().stream().filter(r -> r.path().endsWith("月牙河街")).findFirst()
                    .orElseThrow().id();
            return admin.create(new UserAdminService.NewUser(username, "并发测试", "right-password-1",
                    Role.OFFICIAL, street, Set.of()));
        });
    }

    /** Every attempt's failure (null for a login that got in), started together on threads of their own. */
    private static List<Throwable> inParallel(AuthenticationProvider provider, String username) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Throwable>> futures = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                                "wrong-password"));
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
