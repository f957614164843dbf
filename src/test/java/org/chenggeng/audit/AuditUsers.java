package org.chenggeng.audit;

import org.chenggeng.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDateTime;

/**
 * Users the audit tests sign in as, written straight into the user table (a context without demo data has no
 * administrator to create them): an audit administrator above all, whom the demo data does not have yet.
 */
final class AuditUsers {

    static final String AUDITOR = "audit-test-auditor";

    private AuditUsers() {
    }

    /** Creates the user with the role unless it exists; returns the username. */
    static String ensure(JdbcClient jdbc, String username, Role role) {
        boolean exists = jdbc.sql("select count(*) from app_user where username = ?").param(username)
                .query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into app_user (username, display_name, password_hash, role, enabled,"
                            + " must_change_password, locale, failed_attempts, created_at, version)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(username, "审计测试 " + role.name(), "{noop}not-for-login", role.name(), true, false, "zh",
                            0, LocalDateTime.now(), 0)
                    .update();
        }
        return username;
    }

    static String auditor(JdbcClient jdbc) {
        return ensure(jdbc, AUDITOR, Role.AUDIT_ADMIN);
    }
}
