package org.chenggeng.shared.db;

import org.chenggeng.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The application refuses to start on a latin1 database, says what to run, and creates nothing; a utf8mb4 one
 * passes (every context of the -Pmysql suite starts on one). On MySQL/MariaDB only (-Pmysql); H2 always passes.
 */
class DatabaseCharsetCheckTest {

    private static final String URL = System.getenv("CG_TEST_DB_URL");
    private final List<String> created = new ArrayList<>();

    @Test
    void startOnALatin1DatabaseIsRefusedWithTheCommandToRunAndNoTableIsCreated() {
        String database = database("latin1");

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=" + url(database), "--server.port=0").close())
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The database `" + database + "` has the default character set latin1")
                .hasMessageContaining("ALTER DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        assertThat(root().queryForObject("select count(*) from information_schema.tables where table_schema = ?",
                Long.class, database)).isZero();
    }

    @Test
    void aLatin1DatabaseWithTablesLeftByAFailedStartIsToldToBeRecreated() {
        String database = database("latin1");
        root().execute("create table `" + database + "`.work_type (id bigint primary key)");

        assertThatThrownBy(() -> DatabaseCharsetCheck.check(dataSource(database)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("It already has 1 tables")
                .hasMessageContaining("DROP DATABASE `" + database + "`; CREATE DATABASE `" + database
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
    }

    @Test
    void aUtf8mb4DatabasePasses() {
        String database = database("utf8mb4");

        assertThatCode(() -> DatabaseCharsetCheck.check(dataSource(database))).doesNotThrowAnyException();
    }

    @Test
    void h2Passes() {
        DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:charset;MODE=MySQL", "sa", "");

        assertThatCode(() -> DatabaseCharsetCheck.check(h2)).doesNotThrowAnyException();
    }

    @AfterEach
    void drop() {
        created.forEach(name -> root().execute("drop database if exists `" + name + "`"));
    }

    private String database(String charset) {
        assumeTrue(URL != null && !URL.isBlank(), "MySQL/MariaDB only (-Pmysql)");
        String name = "cg_test_" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        root().execute("create database `" + name + "` character set " + charset);
        created.add(name);
        return name;
    }

    private static String server() {
        Matcher m = Pattern.compile("jdbc:mysql://[^/]+/").matcher(URL);
        assertThat(m.lookingAt()).as(URL).isTrue();
        return m.group();
    }

    private static String url(String database) {
        return server() + database + "?connectionTimeZone=UTC&characterEncoding=utf8";
    }

    private static DriverManagerDataSource dataSource(String database) {
        return new DriverManagerDataSource(url(database), user(), password());
    }

    private static JdbcTemplate root() {
        return new JdbcTemplate(new DriverManagerDataSource(server() + "?connectionTimeZone=UTC", user(), password()));
    }

    private static String user() {
        String user = System.getenv("CG_TEST_DB_USERNAME");
        return user == null ? "root" : user;
    }

    private static String password() {
        String password = System.getenv("CG_TEST_DB_PASSWORD");
        return password == null ? "" : password;
    }
}
