package org.chenggeng.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load test's own accounts and what it counts afterwards. Every virtual user signs in with an account of its
 * own (the product allows a user three sessions, an administrator one), made as a copy of the demo account of its
 * role, with the same password, region and projects; the residents' feedback goes to a public page of the demo
 * project in progress. After the run, the entries and feedback the database holds are counted against what the
 * virtual users saw acknowledged.
 */
final class Database {

    private final String url;
    private final String user;
    private final String password;

    Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The accounts and the demo records the paths act on. */
    record Setup(Instant start, long projectId, long roundId, String slug, long feedbackBefore) {

        String pm(int i) {
            return name("pm", i);
        }

        String committee(int i) {
            return name("committee", i);
        }

        String official(int i) {
            return name("official", i);
        }

        static String name(String role, int i) {
            return String.format(Locale.ROOT, "load-%s-%03d", role, i);
        }
    }

    Setup prepare(LoadTest.Options o) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            copyAccounts(c, "pm", o.count("pm"));
            copyAccounts(c, "committee", o.count("committee"));
            copyAccounts(c, "official", o.count("official"));
            long project = single(c, "select id from project where code = 'YYH-2024-01'");
            long round = single(c, "select min(r.id) from consultation_round r where r.status = 'OPEN'");
            String slug = text(c, "select min(slug) from public_page where project_id = " + project);
            if (slug == null) {
                slug = "loadtest-public-page-1"; // the shape of a real slug: 22 characters
                try (PreparedStatement insert = c.prepareStatement(
                        "insert into public_page (version, project_id, slug, created_at) values (0, ?, ?, ?)")) {
                    insert.setLong(1, project);
                    insert.setString(2, slug);
                    insert.setTimestamp(3, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
            }
            long feedback = single(c, "select count(*) from feedback_online");
            return new Setup(Instant.now(), project, round, slug, feedback);
        }
    }

    /** Copies the demo account of the role as load-role-NNN, with its projects, unless it exists already. */
    private static void copyAccounts(Connection c, String role, int count) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, "app_user", null)) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals("id") && !name.equals("username") && !columns.contains(name)) {
                    columns.add(name);
                }
            }
        }
        String list = String.join(", ", columns);
        long template = single(c, "select id from app_user where username = '" + role + "'");
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < count; i++) {
                String name = Setup.name(role, i);
                if (single(c, "select count(*) from app_user where username = '" + name + "'") > 0) {
                    continue;
                }
                s.executeUpdate("insert into app_user (username, " + list + ") select '" + name + "', " + list
                        + " from app_user where id = " + template);
                long id = single(c, "select id from app_user where username = '" + name + "'");
                s.executeUpdate("insert into user_project (user_id, project_id) select " + id
                        + ", project_id from user_project where user_id = " + template);
            }
        }
    }

    /** Entries the load's project managers logged since the start, and feedback rows added since. */
    long[] counted(Setup setup) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement entries = c.prepareStatement(
                     "select count(*) from progress_entry where recorded_by like 'load-pm-%' and recorded_at >= ?")) {
            entries.setTimestamp(1, Timestamp.from(setup.start().minusSeconds(5)));
            long logged;
            try (ResultSet rs = entries.executeQuery()) {
                rs.next();
                logged = rs.getLong(1);
            }
            long feedback = single(c, "select count(*) from feedback_online") - setup.feedbackBefore();
            return new long[] {logged, feedback};
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
