package com.outsourcingledger.query.signal;

import com.outsourcingledger.api.signal.ShamSignalEvent;
import com.outsourcingledger.api.signal.ShamSignalQuery.*;
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
import java.util.List;
import java.util.Optional;

/**
 * The sham-outsourcing signals (§13): one document per signal, folded by {@link ShamSignalView}; events at or below
 * the stored sequence are skipped, so a replay is harmless. The contracts' risk levels are kept beside it, in the
 * same processing group, by {@link ShamRiskProjection}.
 */
@Component
@ProcessingGroup(ShamSignalProjection.PROCESSING_GROUP)
class ShamSignalProjection {

    static final String PROCESSING_GROUP = "sham-signal-views";

    private final JdbcClient jdbc;
    private final DocumentTable<ShamSignalDetail> table;
    private final BatchedDocuments<ShamSignalDetail> documents;

    ShamSignalProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = new DocumentTable<>(dataSource, "sham_signal_view", "signal_id", ShamSignalDetail.class,
                ShamSignalDetail::signalId, List.of(
                new Column<>("contract_id", Types.VARCHAR, ShamSignalDetail::contractId),
                new Column<>("vendor_id", Types.VARCHAR, ShamSignalDetail::vendorId),
                new Column<>("project_id", Types.VARCHAR, ShamSignalDetail::projectId),
                new Column<>("type", Types.VARCHAR, d -> d.type().name()),
                new Column<>("status", Types.VARCHAR, d -> d.status().name()),
                new Column<>("raised_at", Types.TIMESTAMP_WITH_TIMEZONE, d -> utc(d.raisedAt())),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE, d -> utc(d.lastChangedAt())),
                new Column<>("sequence_number", Types.BIGINT, ShamSignalDetail::sequence)),
                "sequence_number");
        this.documents = new BatchedDocuments<>(ShamSignalEvent.class, table);
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    @EventHandler
    void on(ShamSignalEvent event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        documents.evolve(event.signalId(), sequence, ShamSignalDetail::sequence,
                before -> ShamSignalView.evolve(before, event, new Step(at, user, sequence)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM sham_signal_view").update();
    }

    @QueryHandler
    Optional<ShamSignalDetail> handle(FindShamSignal query) {
        return table.find(query.signalId());
    }

    @QueryHandler
    ShamSignalPage handle(FindShamSignals query) {
        Filter filter = new Filter()
                .where("contract_id = :contract_id", "contract_id", query.contractId())
                .where("vendor_id = :vendor_id", "vendor_id", query.vendorId())
                .where("status = :status", "status", query.status() == null ? null : query.status().name())
                .where("type = :type", "type", query.type() == null ? null : query.type().name());
        DocumentTable.Page<ShamSignalDetail> found = table.page(filter, "raised_at DESC, signal_id", query.page(),
                query.size());
        return new ShamSignalPage(found.documents().stream().map(ShamSignalProjection::summary).toList(),
                found.page(), found.size(), found.total());
    }

    private static ShamSignalSummary summary(ShamSignalDetail d) {
        return new ShamSignalSummary(d.signalId(), d.contractId(), d.vendorId(), d.projectId(), d.type(),
                d.description(), d.status(), d.sources().size(), d.legalOpinion() != null, d.raisedAt(),
                d.lastChangedAt());
    }
}
