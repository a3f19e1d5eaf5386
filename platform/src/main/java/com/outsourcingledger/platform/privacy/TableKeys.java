package com.outsourcingledger.platform.privacy;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The keys in table {@code personal_data_key} of the database both apps share (platform migration V4): one row per
 * subject; erasure sets the key to NULL and stamps {@code erased_at}, so the row stays as the tombstone.
 * <p>
 * Each statement runs on a connection of its own and commits at once, outside the caller's transaction: a command
 * that seals and then rolls back must not take back a key that a cache, or a retry's event, already uses, and an
 * erasure is done when it returns. Inserts use ON CONFLICT DO NOTHING, so that two apps creating a subject's key
 * at once keep the first.
 */
final class TableKeys implements SubjectKeys {

    private final DataSource dataSource;
    private final Clock clock;

    TableKeys(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Optional<Entry> find(String subjectId) {
        try (Connection connection = connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT key_bytes FROM personal_data_key WHERE subject_id = ?")) {
            select.setString(1, subjectId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Entry(row.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read the key of " + subjectId, e);
        }
    }

    @Override
    public Entry createIfAbsent(String subjectId, byte[] fresh) {
        update("store the key of " + subjectId, """
                INSERT INTO personal_data_key (subject_id, key_bytes, created_at)
                VALUES (?, ?, ?) ON CONFLICT DO NOTHING""", subjectId, fresh, now());
        return find(subjectId).orElseThrow();
    }

    @Override
    public void erase(String subjectId) {
        OffsetDateTime now = now();
        update("record the erasure of " + subjectId, """
                INSERT INTO personal_data_key (subject_id, key_bytes, created_at, erased_at)
                VALUES (?, NULL, ?, ?) ON CONFLICT DO NOTHING""", subjectId, now, now);
        update("destroy the key of " + subjectId, """
                UPDATE personal_data_key SET key_bytes = NULL, erased_at = COALESCE(erased_at, ?)
                WHERE subject_id = ?""", now, subjectId);
    }

    private void update(String what, String sql, Object... parameters) {
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    /** Straight from the pool, not the one bound to the caller's transaction; committing each statement. */
    private Connection connection() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        return connection;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("Could not " + what + " in personal_data_key", e);
    }
}
