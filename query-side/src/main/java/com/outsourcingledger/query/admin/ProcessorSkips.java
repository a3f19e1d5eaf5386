package com.outsourcingledger.query.admin;

import com.outsourcingledger.platform.axon.ProcessorFailures;
import com.outsourcingledger.platform.axon.ProcessorFailures.Failure;
import com.outsourcingledger.platform.axon.SkippedEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The events operators decided a processor passes without applying (table {@code processor_skip}), each with who,
 * when and why. Read into memory and re-read every few seconds, so a skip decided on another node is honoured
 * here too without a query per event.
 */
@Component
class ProcessorSkips implements SkippedEvents {

    /** A skip decision as recorded. */
    record Skip(String processor, String eventId, String eventType, Long position, String error, String reason,
                String skippedBy, Instant skippedAt) {
    }

    private static final long REFRESH_NANOS = 5_000_000_000L;

    private final JdbcClient jdbc;
    private final ProcessorFailures failures;
    private final Clock clock;
    private volatile Set<String> skipped;
    private volatile long readAt;

    ProcessorSkips(JdbcClient jdbc, ProcessorFailures failures, Clock clock) {
        this.jdbc = jdbc;
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    public boolean isSkipped(String processor, String eventId) {
        Set<String> known = skipped;
        if (known == null || System.nanoTime() - readAt > REFRESH_NANOS) {
            known = reread();
        }
        return !known.isEmpty() && known.contains(key(processor, eventId));
    }

    /** Records the decision; the details of the event come from the processor's failure when it is the one. */
    Skip skip(String processor, String eventId, String reason, String by) {
        Failure failure = failures.of(processor).stream().filter(f -> eventId.equals(f.eventId())).findFirst()
                .orElse(null);
        boolean current = failure != null;
        Skip skip = new Skip(processor, eventId, current ? failure.eventType() : null,
                current ? failure.position() : null, current ? failure.error() : null, reason, by, clock.instant());
        jdbc.sql("""
                        INSERT INTO processor_skip (processor_name, event_id, event_type, global_position, error, reason,
                                                    skipped_by, skipped_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (processor_name, event_id) DO NOTHING""")
                .params(processor, eventId, skip.eventType(), skip.position(), skip.error(), reason, by,
                        Timestamp.from(skip.skippedAt()))
                .update();
        reread();
        return skips(processor).stream().filter(s -> s.eventId().equals(eventId)).findFirst().orElse(skip);
    }

    List<Skip> skips(String processor) {
        return jdbc.sql("""
                        SELECT processor_name, event_id, event_type, global_position, error, reason, skipped_by, skipped_at
                        FROM processor_skip WHERE processor_name = ? ORDER BY skipped_at, event_id""")
                .param(processor)
                .query((rs, row) -> new Skip(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    private synchronized Set<String> reread() {
        Set<String> read = new HashSet<>();
        jdbc.sql("SELECT processor_name, event_id FROM processor_skip")
                .query(rs -> {
                    read.add(key(rs.getString(1), rs.getString(2)));
                });
        skipped = Set.copyOf(read);
        readAt = System.nanoTime();
        return skipped;
    }

    private static String key(String processor, String eventId) {
        return processor + '\u0000' + eventId;
    }
}
