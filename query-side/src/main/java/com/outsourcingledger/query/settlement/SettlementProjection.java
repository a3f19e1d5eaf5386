package com.outsourcingledger.query.settlement;

import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.settlement.SettlementQuery.*;
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
 * The settlement detail and the settlement lists. Each event is folded into the settlement's detail document by
 * {@link SettlementView}; events at or below the stored sequence are skipped, so a replay is harmless.
 */
@Component
@ProcessingGroup(SettlementProjection.PROCESSING_GROUP)
class SettlementProjection {

    static final String PROCESSING_GROUP = "settlement-views";

    private final JdbcClient jdbc;
    private final DocumentTable<SettlementDetail> table;
    private final BatchedDocuments<SettlementDetail> documents;

    SettlementProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = new DocumentTable<>(dataSource, "settlement_view", "settlement_id", SettlementDetail.class,
                SettlementDetail::settlementId, List.of(
                new Column<>("contract_id", Types.VARCHAR, SettlementDetail::contractId),
                new Column<>("vendor_id", Types.VARCHAR, SettlementDetail::vendorId),
                new Column<>("period", Types.VARCHAR, SettlementDetail::period),
                new Column<>("final_settlement", Types.BOOLEAN, SettlementDetail::finalSettlement),
                new Column<>("step", Types.VARCHAR, d -> d.step().name()),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE,
                        d -> OffsetDateTime.ofInstant(d.lastChangedAt(), ZoneOffset.UTC)),
                new Column<>("sequence_number", Types.BIGINT, SettlementDetail::sequence)),
                "sequence_number");
        this.documents = new BatchedDocuments<>(SettlementEvent.class, table);
    }

    @EventHandler
    void on(SettlementEvent event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        documents.evolve(event.settlementId(), sequence, SettlementDetail::sequence,
                before -> SettlementView.evolve(before, event, new Step(at, user, sequence)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM settlement_view").update();
    }

    @QueryHandler
    Optional<SettlementDetail> handle(FindSettlement query) {
        return table.find(query.settlementId());
    }

    /** Periods sort as written ({@code 2026-03}, {@code 2026-Q1}); the final settlement comes last. */
    @QueryHandler
    SettlementList handle(FindContractSettlements query) {
        return new SettlementList(jdbc.sql("SELECT document FROM settlement_view WHERE contract_id = :contract"
                        + " ORDER BY final_settlement, period, settlement_id")
                .param("contract", query.contractId())
                .query(String.class)
                .list().stream()
                .map(document -> summary(table.parse(document)))
                .toList());
    }

    @QueryHandler
    SettlementPage handle(FindSettlements query) {
        Filter filter = new Filter()
                .where("step = :step", "step", query.step() == null ? null : query.step().name())
                .where("vendor_id = :vendor", "vendor", query.vendorId())
                .where("contract_id = :contract", "contract", query.contractId());
        DocumentTable.Page<SettlementDetail> found = table.page(filter, "last_changed_at, settlement_id",
                query.page(), query.size());
        return new SettlementPage(found.documents().stream().map(SettlementProjection::summary).toList(),
                found.page(), found.size(), found.total());
    }

    private static SettlementSummary summary(SettlementDetail d) {
        return new SettlementSummary(d.settlementId(), d.contractId(), d.vendorId(), d.period(), d.finalSettlement(),
                d.step(), d.claimedAmount(), d.approval() == null ? null : d.approval().amount(),
                d.payment() == null ? null : d.payment().amount(), d.lastChangedAt());
    }
}
