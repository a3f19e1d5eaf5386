package com.outsourcingledger.platform.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The keys in table {@code personal_data_key} of the database both apps share (platform migration V4): one row per
 * subject; erasure sets the key to NULL and stamps {@code erased_at}, so the row stays as the tombstone. Inserts use
 * ON CONFLICT DO NOTHING: on PostgreSQL a failed insert would abort the caller's transaction.
 */
final class TableKeys implements SubjectKeys {

    private final JdbcClient jdbc;
    private final Clock clock;

    TableKeys(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    @Override
    public Optional<Entry> find(String subjectId) {
        return jdbc.sql("SELECT key_bytes FROM personal_data_key WHERE subject_id = :subject")
                .param("subject", subjectId)
                .query((rs, row) -> new Entry(rs.getBytes(1)))
                .optional();
    }

    @Override
    public Entry createIfAbsent(String subjectId, byte[] fresh) {
        jdbc.sql("""
                        INSERT INTO personal_data_key (subject_id, key_bytes, created_at)
                        VALUES (:subject, :key, :now) ON CONFLICT DO NOTHING""")
                .param("subject", subjectId).param("key", fresh).param("now", now())
                .update();
        return find(subjectId).orElseThrow();
    }

    @Override
    public void erase(String subjectId) {
        jdbc.sql("""
                        INSERT INTO personal_data_key (subject_id, key_bytes, created_at, erased_at)
                        VALUES (:subject, NULL, :now, :now) ON CONFLICT DO NOTHING""")
                .param("subject", subjectId).param("now", now())
                .update();
        jdbc.sql("""
                        UPDATE personal_data_key SET key_bytes = NULL, erased_at = COALESCE(erased_at, :now)
                        WHERE subject_id = :subject""")
                .param("subject", subjectId).param("now", now())
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
