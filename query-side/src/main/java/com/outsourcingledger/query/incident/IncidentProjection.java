package com.outsourcingledger.query.incident;

import com.outsourcingledger.api.incident.IncidentEvent;
import com.outsourcingledger.api.incident.IncidentQuery.*;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.query.readmodel.BatchedDocuments;
import com.outsourcingledger.query.readmodel.DocumentTable;
import com.outsourcingledger.query.readmodel.DocumentTable.Column;
import com.outsourcingledger.query.readmodel.DocumentTable.Filter;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The incident detail, the lists by type, status, contract and vendor, and the work list of the incidents past their
 * notification limit with a required party still not told. Each event is folded into the incident's document by
 * {@link IncidentView}; events at or below the stored sequence are skipped, so a replay is harmless.
 */
@Component
@ProcessingGroup(IncidentProjection.PROCESSING_GROUP)
class IncidentProjection {

    static final String PROCESSING_GROUP = "incident-views";
    private static final String OPEN = "status IN ('REPORTED', 'RESPONDING')";

    private final JdbcClient jdbc;
    private final DocumentTable<IncidentDetail> table;
    private final BatchedDocuments<IncidentDetail> documents;

    IncidentProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = new DocumentTable<>(dataSource, "incident_view", "incident_id", IncidentDetail.class,
                IncidentDetail::incidentId, List.of(
                new Column<>("contract_id", Types.VARCHAR, IncidentDetail::contractId),
                new Column<>("vendor_id", Types.VARCHAR, IncidentDetail::vendorId),
                new Column<>("type", Types.VARCHAR, d -> d.type().name()),
                new Column<>("major", Types.BOOLEAN, IncidentDetail::major),
                new Column<>("status", Types.VARCHAR, d -> d.status().name()),
                new Column<>("occurred_at", Types.TIMESTAMP_WITH_TIMEZONE, d -> utc(d.occurredAt())),
                new Column<>("notify_by", Types.TIMESTAMP_WITH_TIMEZONE, d -> utc(d.notifyBy())),
                new Column<>("notification_overdue", Types.BOOLEAN, IncidentProjection::stillOverdue),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE, d -> utc(d.lastChangedAt())),
                new Column<>("sequence_number", Types.BIGINT, IncidentDetail::sequence)),
                "sequence_number");
        this.documents = new BatchedDocuments<>(IncidentEvent.class, table);
    }

    @EventHandler
    void on(IncidentEvent event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        documents.evolve(event.incidentId(), sequence, IncidentDetail::sequence,
                before -> IncidentView.evolve(before, event, new Step(at, user, sequence)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM incident_view").update();
    }

    @QueryHandler
    Optional<IncidentDetail> handle(FindIncident query) {
        return table.find(query.incidentId());
    }

    @QueryHandler
    IncidentPage handle(FindIncidents query) {
        Filter filter = new Filter();
        filter.where("type = :type", "type", query.type() == null ? null : query.type().name());
        filter.where("status = :status", "status", query.status() == null ? null : query.status().name());
        filter.where("contract_id = :contract", "contract", query.contractId());
        filter.where("vendor_id = :vendor", "vendor", query.vendorId());
        if (query.openOnly()) {
            filter.where(OPEN);
        }
        return page(filter, "occurred_at DESC, incident_id", query.page(), query.size());
    }

    @QueryHandler
    IncidentPage handle(FindOverdueIncidentNotifications query) {
        Filter filter = new Filter();
        filter.where("notification_overdue = TRUE");
        filter.where("vendor_id = :vendor", "vendor", query.vendorId());
        return page(filter, "notify_by, incident_id", query.page(), query.size());
    }

    @QueryHandler
    IncidentCounts handle(FindIncidentCounts query) {
        Map<IncidentType, Long> byType = new EnumMap<>(IncidentType.class);
        for (IncidentType type : IncidentType.values()) {
            byType.put(type, 0L);
        }
        jdbc.sql("SELECT type, COUNT(*) AS n FROM incident_view WHERE " + OPEN + " GROUP BY type").query(rs -> {
            byType.put(IncidentType.valueOf(rs.getString("type")), rs.getLong("n"));
        });
        return new IncidentCounts(byType.values().stream().mapToLong(Long::longValue).sum(),
                count(OPEN + " AND major = TRUE"), byType, count("notification_overdue = TRUE"));
    }

    private long count(String where) {
        return jdbc.sql("SELECT COUNT(*) FROM incident_view WHERE " + where).query(Long.class).single();
    }

    private IncidentPage page(Filter filter, String order, int page, int size) {
        DocumentTable.Page<IncidentDetail> found = table.page(filter, order, page, size);
        return new IncidentPage(found.documents().stream().map(IncidentProjection::summary).toList(),
                found.page(), found.size(), found.total());
    }

    /** Past the limit with a required party still not notified. */
    private static boolean stillOverdue(IncidentDetail d) {
        return d.notificationOverdue() && !d.missing().isEmpty();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static IncidentSummary summary(IncidentDetail d) {
        return new IncidentSummary(d.incidentId(), d.contractId(), d.vendorId(), d.type(), d.major(),
                d.occurredAt(), d.status(), d.notifyBy(), d.missing(), stillOverdue(d), d.acknowledgement() != null,
                d.lastChangedAt());
    }
}
