package com.outsourcingledger.query.audit.index;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.query.audit.chain.IndexedEvent;
import com.outsourcingledger.query.audit.chain.StoredEvent;
import com.outsourcingledger.query.privacy.PersonalDataRendering;
import com.outsourcingledger.query.readmodel.TableStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The audit index tables: rows written by {@link AuditIndexProjection}, read by every audit question. */
@Component
public class AuditIndex {

    public static final int MAX_PAGE_SIZE = 1000;
    private static final String COLUMNS = "chain_index, global_position, event_id, aggregate_type, aggregate_id,"
            + " sequence_number, event_type, payload_type, payload_revision, occurred_at, timestamp_text, user_name,"
            + " department, correlation_id, causation_id, command_name, payload, metadata, event_digest,"
            + " aggregate_chain, log_chain";

    private static final int CHUNK = 1000;
    /** JdbcEventStorageEngine's default: a token forgets gaps further than this below its position. */
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final int[] INSERT_TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TableStatistics statistics;
    private final JsonMapper json = EventWireFormat.jsonMapper();
    private final PersonalDataRendering personalData;

    AuditIndex(DataSource dataSource, PersonalDataRendering personalData) {
        this.personalData = personalData;
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
        this.statistics = new TableStatistics(dataSource);
    }

    /** The events among {@code eventIds} that are indexed already. */
    Set<String> indexedAmong(Collection<String> eventIds) {
        Set<String> indexed = new HashSet<>();
        for (List<String> chunk : chunks(eventIds)) {
            indexed.addAll(jdbc.sql("SELECT event_id FROM audit_event WHERE event_id IN (:ids)")
                    .param("ids", chunk).query(String.class).list());
        }
        return indexed;
    }

    public Optional<IndexedEvent> head() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event ORDER BY chain_index DESC LIMIT 1")
                .query(AuditIndex::indexed).optional();
    }

    /**
     * How far the index has read the log, as its last batch left it. An index recorded before that was kept is
     * taken to have received what it holds: up to its highest position, less the positions below it that it lacks,
     * as far back as Axon's gap-aware token keeps gaps.
     */
    public ReceivedPositions received() {
        Optional<ReceivedPositions> kept = jdbc.sql("SELECT head_position, gaps FROM audit_received_positions WHERE id = 1")
                .query((rs, row) -> ReceivedPositions.of(rs.getLong("head_position"), rs.getString("gaps"))).optional();
        if (kept.isPresent()) {
            return kept.get();
        }
        Long highest = jdbc.sql("SELECT MAX(global_position) FROM audit_event").query(Long.class).optional().orElse(null);
        if (highest == null) {
            return ReceivedPositions.NOTHING;
        }
        long from = Math.max(0, highest - MAX_GAP_OFFSET);
        Set<Long> recorded = new HashSet<>(jdbc.sql("SELECT global_position FROM audit_event WHERE global_position >= :from")
                .param("from", from).query(Long.class).list());
        SortedSet<Long> gaps = new TreeSet<>();
        for (long position = from; position < highest; position++) {
            if (!recorded.contains(position)) {
                gaps.add(position);
            }
        }
        return new ReceivedPositions(highest, gaps);
    }

    void received(ReceivedPositions received) {
        int updated = jdbc.sql("UPDATE audit_received_positions SET head_position = :head, gaps = :gaps WHERE id = 1")
                .param("head", received.head()).param("gaps", received.gapsText()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO audit_received_positions (id, head_position, gaps) VALUES (1, :head, :gaps)")
                    .param("head", received.head()).param("gaps", received.gapsText()).update();
        }
    }

    public Optional<IndexedEvent> at(long chainIndex) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE chain_index = :i").param("i", chainIndex)
                .query(AuditIndex::indexed).optional();
    }

    /**
     * The aggregate chain at the last indexed event of each of {@code aggregateIds} that has one. Each aggregate is
     * found by its first event and its last read backwards from the (aggregate, sequence) index: a lookup per
     * aggregate however long its history. Filtering all of an aggregate's rows against their maximum instead cost
     * time in proportion to the history (0.4–17 s per batch for a few hundred vendors with 150 events each, on
     * PostgreSQL: the audit index fell behind under load). An aggregate whose first event is not indexed (none
     * should be) is looked up the slow way.
     */
    Map<String, String> lastChainsOf(Collection<String> aggregateIds) {
        Map<String, String> chains = new HashMap<>();
        for (List<String> chunk : chunks(aggregateIds)) {
            jdbc.sql("SELECT a.aggregate_id, (SELECT b.aggregate_chain FROM audit_event b"
                            + " WHERE b.aggregate_id = a.aggregate_id ORDER BY b.sequence_number DESC LIMIT 1)"
                            + " AS aggregate_chain FROM audit_event a WHERE a.aggregate_id IN (:ids)"
                            + " AND a.sequence_number = 0")
                    .param("ids", chunk)
                    .query(rs -> {
                        chains.put(rs.getString("aggregate_id"), rs.getString("aggregate_chain"));
                    });
        }
        List<String> withoutFirst = aggregateIds.stream().filter(id -> !chains.containsKey(id)).toList();
        for (List<String> chunk : chunks(withoutFirst)) {
            jdbc.sql("SELECT aggregate_id, aggregate_chain FROM audit_event a WHERE aggregate_id IN (:ids)"
                            + " AND sequence_number = (SELECT MAX(sequence_number) FROM audit_event b"
                            + " WHERE b.aggregate_id = a.aggregate_id)")
                    .param("ids", chunk)
                    .query(rs -> {
                        chains.put(rs.getString("aggregate_id"), rs.getString("aggregate_chain"));
                    });
        }
        return chains;
    }

    public Optional<String> aggregateTypeOf(String aggregateId) {
        return jdbc.sql("SELECT aggregate_type FROM audit_event WHERE aggregate_id = :id AND sequence_number = 0")
                .param("id", aggregateId).query(String.class).optional();
    }

    /** An event to index, with the metadata values the trail queries filter on. */
    record Entry(IndexedEvent row, Map<String, String> metadata) {
    }

    /** Inserts the entries in one JDBC batch. */
    void insert(List<Entry> entries) {
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            IndexedEvent row = entry.row();
            StoredEvent e = row.event();
            Map<String, String> metadata = entry.metadata();
            rows.add(new Object[]{row.chainIndex(), row.globalPosition(), e.eventId(), e.aggregateType(),
                    e.aggregateId(), e.sequenceNumber(), e.eventType(), e.payloadType(), e.payloadRevision(),
                    OffsetDateTime.ofInstant(Instant.parse(e.timestamp()), ZoneOffset.UTC), e.timestamp(),
                    metadata.get(MetadataKeys.USER), metadata.get(MetadataKeys.DEPARTMENT),
                    metadata.get(MetadataKeys.CORRELATION_ID), metadata.get(MetadataKeys.CAUSATION_ID),
                    metadata.get(MetadataKeys.COMMAND), e.payload(), e.metadata(), row.eventDigest(),
                    row.aggregateChain(), row.logChain()});
        }
        if (!rows.isEmpty()) {
            template.batchUpdate("INSERT INTO audit_event (" + COLUMNS + ") VALUES ("
                    + "?, ".repeat(INSERT_TYPES.length - 1) + "?)", rows, INSERT_TYPES);
            statistics.inserted("audit_event", rows.size());
        }
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    public AuditedEvent.Page history(String aggregateId, int page, int size) {
        int limit = Math.clamp(size, 1, MAX_PAGE_SIZE);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE aggregate_id = :id").param("id", aggregateId)
                .query(Long.class).single();
        List<AuditedEvent> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE aggregate_id = :id"
                        + " ORDER BY sequence_number LIMIT :limit OFFSET :offset")
                .param("id", aggregateId).param("limit", limit).param("offset", (long) Math.max(page, 0) * limit)
                .query(this::audited).list();
        return new AuditedEvent.Page(items, Math.max(page, 0), limit, total);
    }

    public AuditedEvent.Trail trail(TrailFilter filter, long after, int limit) {
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

    public List<IndexedEvent> chainAfter(long chainIndex, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE chain_index > :i ORDER BY chain_index LIMIT :limit")
                .param("i", chainIndex).param("limit", limit).query(AuditIndex::indexed).list();
    }

    public List<IndexedEvent> ofAggregate(String aggregateId) {
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
                personalData.shown(json.readTree(rs.getString("payload"))), json.readTree(rs.getString("metadata")),
                false);
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
