package org.chenggeng.audit;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Migration 024: chains the entries written before the chain existed, in the order they were written (their ids),
 * with the same encoding new entries use, and sets the chain head to the last of them. Plain JDBC, in the
 * migration's transaction.
 */
public class ChainBackfill implements CustomTaskChange {

    private static final int BATCH = 1000;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        long seq = 0;
        String previous = AuditHash.GENESIS;
        long lastId = 0;
        try (PreparedStatement select = connection.prepareStatement("select " + StoredEntries.COLUMNS
                + " from audit_entry where id > ? order by id");
             PreparedStatement update = connection.prepareStatement(
                     "update audit_entry set seq = ?, prev_hash = ?, entry_hash = ? where id = ?")) {
            while (true) {
                select.setLong(1, lastId);
                select.setMaxRows(BATCH);
                List<StoredEntries.Stored> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(StoredEntries.read(rs));
                    }
                }
                if (rows.isEmpty()) {
                    break;
                }
                for (StoredEntries.Stored row : rows) {
                    AuditHash.Fields f = row.fields();
                    AuditHash.Fields chained = new AuditHash.Fields(++seq, f.occurredAt(), f.actor(), f.category(),
                            f.action(), f.result(), f.entityType(), f.entityId(), f.regionId(), f.remoteAddress(),
                            f.detail(), f.beforeState(), f.afterState(), previous);
                    String hash = AuditHash.of(chained);
                    update.setLong(1, seq);
                    update.setString(2, previous);
                    update.setString(3, hash);
                    update.setLong(4, row.id());
                    update.addBatch();
                    previous = hash;
                    lastId = row.id();
                }
                update.executeBatch();
            }
            try (PreparedStatement head = connection.prepareStatement(
                    "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
                head.setLong(1, seq);
                head.setString(2, previous);
                head.executeUpdate();
            }
        } catch (SQLException e) {
            throw new CustomChangeException("chaining the existing audit entries failed", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "audit entries chained";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
