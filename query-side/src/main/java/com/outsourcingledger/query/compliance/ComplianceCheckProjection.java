package com.outsourcingledger.query.compliance;

import com.outsourcingledger.api.compliance.ComplianceCheckEvent;
import com.outsourcingledger.api.compliance.ComplianceCheckQuery.*;
import com.outsourcingledger.api.compliance.ComplianceCheckStatus;
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
 * The compliance-check detail, the lists by vendor, contract and status, and the work list of the checks still
 * waiting for proofs. Each event is folded into the check's document by {@link ComplianceCheckView}; events at or
 * below the stored sequence are skipped, so a replay is harmless.
 */
@Component
@ProcessingGroup(ComplianceCheckProjection.PROCESSING_GROUP)
class ComplianceCheckProjection {

    static final String PROCESSING_GROUP = "compliance-check-views";
    private static final String ORDER = "due_on, check_id";

    private final JdbcClient jdbc;
    private final DocumentTable<ComplianceCheckDetail> table;
    private final BatchedDocuments<ComplianceCheckDetail> documents;

    ComplianceCheckProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = new DocumentTable<>(dataSource, "compliance_check_view", "check_id", ComplianceCheckDetail.class,
                ComplianceCheckDetail::checkId, List.of(
                new Column<>("contract_id", Types.VARCHAR, ComplianceCheckDetail::contractId),
                new Column<>("vendor_id", Types.VARCHAR, ComplianceCheckDetail::vendorId),
                new Column<>("status", Types.VARCHAR, d -> d.status().name()),
                new Column<>("due_on", Types.DATE, ComplianceCheckDetail::dueOn),
                new Column<>("overdue", Types.BOOLEAN, ComplianceCheckDetail::overdue),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE,
                        d -> OffsetDateTime.ofInstant(d.lastChangedAt(), ZoneOffset.UTC)),
                new Column<>("sequence_number", Types.BIGINT, ComplianceCheckDetail::sequence)),
                "sequence_number");
        this.documents = new BatchedDocuments<>(ComplianceCheckEvent.class, table);
    }

    @EventHandler
    void on(ComplianceCheckEvent event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        documents.evolve(event.checkId(), sequence, ComplianceCheckDetail::sequence,
                before -> ComplianceCheckView.evolve(before, event, new Step(at, user, sequence)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM compliance_check_view").update();
    }

    @QueryHandler
    Optional<ComplianceCheckDetail> handle(FindComplianceCheck query) {
        return table.find(query.checkId());
    }

    @QueryHandler
    ComplianceCheckPage handle(FindComplianceChecks query) {
        Filter filter = new Filter();
        filter.where("vendor_id = :vendor", "vendor", query.vendorId());
        filter.where("contract_id = :contract", "contract", query.contractId());
        filter.where("status = :status", "status", query.status() == null ? null : query.status().name());
        return page(filter, query.page(), query.size());
    }

    @QueryHandler
    ComplianceCheckPage handle(FindDueComplianceChecks query) {
        Filter filter = new Filter();
        filter.where("status = :status", "status", ComplianceCheckStatus.PROOFS_REQUESTED.name());
        filter.where("vendor_id = :vendor", "vendor", query.vendorId());
        if (query.overdueOnly()) {
            filter.where("overdue = TRUE");
        }
        return page(filter, query.page(), query.size());
    }

    private ComplianceCheckPage page(Filter filter, int page, int size) {
        DocumentTable.Page<ComplianceCheckDetail> found = table.page(filter, ORDER, page, size);
        return new ComplianceCheckPage(found.documents().stream().map(ComplianceCheckProjection::summary).toList(),
                found.page(), found.size(), found.total());
    }

    private static ComplianceCheckSummary summary(ComplianceCheckDetail d) {
        return new ComplianceCheckSummary(d.checkId(), d.contractId(), d.vendorId(), d.occasion(), d.settlementId(),
                d.period(), d.status(), d.dueOn(), d.overdue(), d.missing(), d.lastChangedAt());
    }
}
