package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.wire.EventWireFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The audit index tables: rows written by {@link AuditIndexProjection}, read by every audit question. */
@Component
class AuditIndex {

    static final int MAX_PAGE_SIZE = 1000;
    private static final String COLUMNS = "chain_index, global_position, event_id, aggregate_type, aggregate_id,"
            + " sequence_number, event_type, payload_type, payload_revision, occurred_at, timestamp_text, user_name,"
            + " department, correlation_id, causation_id, command_name, payload, metadata, event_digest,"
            + " aggregate_chain, log_chain";

    private final JdbcClient jdbc;
    private final JsonMapper json = EventWireFormat.jsonMapper();

    AuditIndex(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    boolean contains(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE event_id = :id").param("id", eventId)
                .query(Long.class).single() > 0;
    }

    Optional<IndexedEvent> head() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event ORDER BY chain_index DESC LIMIT 1")
                .query(AuditIndex::indexed).optional();
    }

    Optional<IndexedEvent> at(long chainIndex) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE chain_index = :i").param("i", chainIndex)
                .query(AuditIndex::indexed).optional();
    }

    Optional<IndexedEvent> lastOf(String aggregateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE aggregate_id = :id"
                        + " ORDER BY sequence_number DESC LIMIT 1")
                .param("id", aggregateId).query(AuditIndex::indexed).optional();
    }

    Optional<String> aggregateTypeOf(String aggregateId) {
        return jdbc.sql("SELECT aggregate_type FROM audit_event WHERE aggregate_id = :id AND sequence_number = 0")
                .param("id", aggregateId).query(String.class).optional();
    }

    void insert(IndexedEvent row, Map<String, String> metadata) {
        StoredEvent e = row.event();
        jdbc.sql("INSERT INTO audit_event (" + COLUMNS + ") VALUES (:chainIndex, :position, :eventId, :aggregateType,"
                        + " :aggregateId, :sequence, :eventType, :payloadType, :revision, :occurredAt, :timestamp, :user,"
                        + " :department, :correlationId, :causationId, :command, :payload, :metadata, :digest,"
                        + " :aggregateChain, :logChain)")
                .param("chainIndex", row.chainIndex())
                .param("position", row.globalPosition())
                .param("eventId", e.eventId())
                .param("aggregateType", e.aggregateType(), Types.VARCHAR)
                .param("aggregateId", e.aggregateId())
                .param("sequence", e.sequenceNumber())
                .param("eventType", e.eventType())
                .param("payloadType", e.payloadType())
                .param("revision", e.payloadRevision(), Types.VARCHAR)
                .param("occurredAt", OffsetDateTime.ofInstant(Instant.parse(e.timestamp()), ZoneOffset.UTC))
                .param("timestamp", e.timestamp())
                .param("user", metadata.get("user"), Types.VARCHAR)
                .param("department", metadata.get("department"), Types.VARCHAR)
                .param("correlationId", metadata.get("correlationId"), Types.VARCHAR)
                .param("causationId", metadata.get("causationId"), Types.VARCHAR)
                .param("command", metadata.get("command"), Types.VARCHAR)
                .param("payload", e.payload())
                .param("metadata", e.metadata())
                .param("digest", row.eventDigest())
                .param("aggregateChain", row.aggregateChain())
                .param("logChain", row.logChain())
                .update();
    }

    AuditedEvent.Page history(String aggregateId, int page, int size) {
        int limit = Math.clamp(size, 1, MAX_PAGE_SIZE);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE aggregate_id = :id").param("id", aggregateId)
                .query(Long.class).single();
        List<AuditedEvent> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE aggregate_id = :id"
                        + " ORDER BY sequence_number LIMIT :limit OFFSET :offset")
                .param("id", aggregateId).param("limit", limit).param("offset", (long) Math.max(page, 0) * limit)
                .query(this::audited).list();
        return new AuditedEvent.Page(items, Math.max(page, 0), limit, total);
    }

    AuditedEvent.Trail trail(TrailFilter filter, long after, int limit) {
        List<String> conditions = new ArrayList<>(List.of("global_position > :after"));
        Map<String, Object> params = new HashMap<>(Map.of("after", after));
        condition(conditions, params, "correlation_id", "correlationId", filter.correlationId());
        condition(conditions, params, "user_name", "user", filter.user());
        condition(conditions, params, "event_type", "type", filter.type());
        condition(conditions, params, "aggregate_type", "aggregateType", filter.aggregateType());
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        int size = Math.clamp(limit, 1, MAX_PAGE_SIZE);
        List<AuditedEvent> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE "
                        + String.join(" AND ", conditions) + " ORDER BY global_position LIMIT :limit")
                .params(params).param("limit", size + 1)
                .query(this::audited).list();
        return items.size() > size
                ? new AuditedEvent.Trail(items.subList(0, size), items.get(size - 1).globalPosition())
                : new AuditedEvent.Trail(items, null);
    }

    List<IndexedEvent> chainAfter(long chainIndex, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE chain_index > :i ORDER BY chain_index LIMIT :limit")
                .param("i", chainIndex).param("limit", limit).query(AuditIndex::indexed).list();
    }

    List<IndexedEvent> ofAggregate(String aggregateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE aggregate_id = :id ORDER BY sequence_number")
                .param("id", aggregateId).query(AuditIndex::indexed).list();
    }

    private static void condition(List<String> conditions, Map<String, Object> params, String column, String name,
                                  String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    private AuditedEvent audited(ResultSet rs, int row) throws SQLException {
        return new AuditedEvent(rs.getLong("global_position"), rs.getString("event_id"), rs.getString("aggregate_type"),
                rs.getString("aggregate_id"), rs.getLong("sequence_number"), rs.getString("event_type"),
                rs.getString("payload_type"), rs.getString("payload_revision"),
                Instant.parse(rs.getString("timestamp_text")), rs.getString("user_name"), rs.getString("department"),
                rs.getString("correlation_id"), rs.getString("causation_id"), rs.getString("command_name"),
                json.readTree(rs.getString("payload")), json.readTree(rs.getString("metadata")));
    }

    private static IndexedEvent indexed(ResultSet rs, int row) throws SQLException {
        StoredEvent event = new StoredEvent(rs.getString("event_id"), rs.getString("aggregate_type"),
                rs.getString("aggregate_id"), rs.getLong("sequence_number"), rs.getString("payload_type"),
                rs.getString("payload_revision"), rs.getString("timestamp_text"), rs.getString("payload"),
                rs.getString("metadata"));
        return new IndexedEvent(rs.getLong("chain_index"), rs.getLong("global_position"), event,
                rs.getString("event_digest"), rs.getString("aggregate_chain"), rs.getString("log_chain"));
    }
}
