package org.chenggeng.shared.crypto;

import java.util.List;

/**
 * A table with personal-data columns, as a module declares it (a bean) for {@link PersonalDataRekey}: the columns
 * that hold encrypted values, each with the column of its keyed hash if it has one. {@code versionColumn} is the
 * optimistic-lock column (or null): a row changed meanwhile is left for the next run instead of overwritten.
 */
public record EncryptedTable(String table, String idColumn, String versionColumn, List<Column> columns) {

    /** An encrypted column and, optionally, the column that holds the keyed hash of its plaintext. */
    public record Column(String name, String hashColumn, HashKind hashKind) {

        public static Column plain(String name) {
            return new Column(name, null, null);
        }

        public static Column hashed(String name, String hashColumn, HashKind kind) {
            return new Column(name, hashColumn, kind);
        }
    }
}
