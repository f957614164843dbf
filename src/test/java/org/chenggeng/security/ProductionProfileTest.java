package org.chenggeng.security;

import com.zaxxer.hikari.HikariDataSource;
import org.chenggeng.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production profile: no demo users, the first administrator from the environment, no start without a database. */
class ProductionProfileTest {

    /** A two-factor key for these tests only (decision record 0027). */
    private static final String MFA_KEY = "cHJvZC1wcm9maWxlLXRlc3Qta2V5LW9mLTMyLWJ5dGU=";
    // the production start refuses to run without its own keys for personal data and audit archives (decisions
    // 0029, 0030); these are the test's own, not the development keys
    private static final String DATA_KEY = "cHJvZC1wcm9maWxlLXRlc3QtZGF0YS1rZXktMzJieXQ=";
    private static final String HASH_KEY = "cHJvZC1wcm9maWxlLXRlc3QtaGFzaC1rZXktMzJieXQ=";
    private static final String AUDIT_KEY = "prod-profile-test-audit-archive-key-of-enough-bytes-0123456789";

    private final SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();

    /** Starting another application replaces the static security-context strategy; put the old one back. */
    @AfterEach
    void restoreSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    private static SpringApplicationBuilder prod(String... properties) {
        return new SpringApplicationBuilder(Application.class).profiles("prod").web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn", "server.port=0",
                        "CHENGGENG_MFA_KEY=" + MFA_KEY, "CHENGGENG_DATA_KEY=" + DATA_KEY, "CHENGGENG_HASH_KEY=" + HASH_KEY,
                        "CHENGGENG_AUDIT_KEY=" + AUDIT_KEY)
                .properties(properties);
    }

    private static String freshDatabase() {
        return "DB_URL=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1";
    }

    @Test
    void refusesToStartWithoutDatabaseSettings() {
        assertThatThrownBy(() -> prod().run("--server.port=0").close())
                .hasStackTraceContaining("DB_URL");
    }

    @Test
    void refusesToStartWithoutAValidTwoFactorKey() {
        assertThatThrownBy(() -> prod(freshDatabase(), "DB_USERNAME=sa", "CHENGGENG_MFA_KEY=").run("--server.port=0")
                .close()).hasStackTraceContaining("CHENGGENG_MFA_KEY");
        assertThatThrownBy(() -> prod(freshDatabase(), "DB_USERNAME=sa", "CHENGGENG_MFA_KEY=c2hvcnQ=")
                .run("--server.port=0").close()).hasStackTraceContaining("must be 16, 24 or 32 bytes");
    }

    @Test
    void refusesToStartOnAnEmptyDatabaseWithoutTheFirstAdministratorsPassword() {
        assertThatThrownBy(() -> prod(freshDatabase(), "DB_USERNAME=sa", "DB_PASSWORD=").run("--server.port=0").close())
                .hasStackTraceContaining("CHENGGENG_ADMIN_PASSWORD");
    }

    @Test
    void startsAgainOnTheDatabaseItCreatedWithoutTouchingTheUsers() {
        String database = freshDatabase();
        String[] settings = {database, "DB_USERNAME=sa", "DB_PASSWORD=", "CHENGGENG_ADMIN_PASSWORD=first-setup-secret-1"};
        prod(settings).run("--server.port=0").close();
        try (ConfigurableApplicationContext second = prod(settings).run("--server.port=0")) {
            assertThat(second.getBean(UserAccountRepository.class).count()).isEqualTo(1);
        }
    }

    @Test
    void createsOnlyTheFirstAdministratorWhoMustChangeThePassword() {
        try (ConfigurableApplicationContext app = prod(freshDatabase(), "DB_USERNAME=sa", "DB_PASSWORD=",
                "CHENGGENG_ADMIN_USERNAME=root-admin", "CHENGGENG_ADMIN_PASSWORD=first-setup-secret-1").run("--server.port=0")) {
            AuthenticationProvider login = app.getBean(AuthenticationProvider.class);
            assertThat(login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("root-admin",
                    "first-setup-secret-1")).isAuthenticated()).isTrue();
            assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin",
                    "chenggeng-demo"))).isInstanceOf(BadCredentialsException.class);
            assertThat(app.getBean(UserAccountRepository.class).count()).isEqualTo(1);
            assertThat(app.getBean(UserAccountRepository.class).findByUsernameIgnoreCase("root-admin")
                    .orElseThrow().isMustChangePassword()).isTrue();
        }
    }

    @Test
    void boundsEveryWaitForTheDatabaseSoThatARequestFailsRatherThanHangs() {
        try (ConfigurableApplicationContext app = prod(freshDatabase(), "DB_USERNAME=sa", "DB_PASSWORD=",
                "CHENGGENG_ADMIN_PASSWORD=first-setup-secret-1").run("--server.port=0")) {
            HikariDataSource pool = app.getBean(HikariDataSource.class);
            assertThat(pool.getConnectionTimeout()).as("waiting for a pooled connection").isEqualTo(5_000);
            assertThat(pool.getValidationTimeout()).as("checking a connection").isEqualTo(1_000);
            assertThat(pool.getDataSourceProperties().getProperty("connectTimeout")).as("opening a connection")
                    .isEqualTo("2000");
            assertThat(pool.getDataSourceProperties().getProperty("socketTimeout")).as("any one statement's answer")
                    .isEqualTo("120000");
        }
    }
}
