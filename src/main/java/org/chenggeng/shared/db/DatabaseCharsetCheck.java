package org.chenggeng.shared.db;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Refuses to start on a MySQL, MariaDB or TiDB database whose default character set is not utf8mb4, before
 * Liquibase creates anything. The change sets create their tables without a character set of their own, so they
 * take the database's; on a latin1 database the first Chinese catalogue row failed half-way through a change set
 * whose table MySQL had already created (DDL is not transactional there), and every later start then failed with
 * "Table 'work_type' already exists". See docs/decisions/0014-hostile-uploads-timeouts-and-utf8mb4.md.
 */
@Component
class DatabaseCharsetCheck implements BeanPostProcessor {

    static final String REQUIRED = "utf8mb4";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            check(liquibase.getDataSource());
        }
        return bean;
    }

    /** Throws, saying what to run, when the database cannot hold Chinese; H2 and other databases pass. */
    static void check(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                return;
            }
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("select database(), @@character_set_database, "
                         + "(select count(*) from information_schema.tables where table_schema = database())")) {
                r.next();
                String database = r.getString(1);
                String charset = r.getString(2);
                if (!REQUIRED.equalsIgnoreCase(charset)) {
                    throw new IllegalStateException(message(database, charset, r.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's character set: " + e.getMessage(), e);
        }
    }

    private static String message(String database, String charset, long tables) {
        String create = "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;";
        String text = "The database `" + database + "` has the default character set " + charset
                + ", which cannot hold Chinese; the application needs utf8mb4 and has changed nothing. ";
        if (tables == 0) {
            return text + "Run: ALTER DATABASE `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; and start again.";
        }
        return text + "It already has " + tables + " tables: if they are what an earlier failed "
                + "start left behind, drop and re-create it (DROP DATABASE `" + database + "`; " + create
                + ") and start again; if they hold data, convert each table (ALTER TABLE … CONVERT TO CHARACTER SET "
                + "utf8mb4 COLLATE utf8mb4_unicode_ci;) and the database (ALTER DATABASE `" + database
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;) first, after a backup.";
    }
}
