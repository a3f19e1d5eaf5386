package com.outsourcingledger.query.worker;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.api.worker.WorkerQuery.*;
import com.outsourcingledger.api.worker.WorkerStatus;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.privacy.PersonalDataVault;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The worker detail, the rosters and the two work lists: workers lacking a proof, badge or email suffix, and
 * workers holding access after their exit. Each event is folded into the worker's document by {@link WorkerView};
 * events at or below the stored sequence are skipped, so a replay is harmless. The personal data is stored sealed
 * and opened through the {@link PersonalDataVault} only to answer a read.
 */
@Component
@ProcessingGroup(WorkerProjection.PROCESSING_GROUP)
class WorkerProjection {

    static final String PROCESSING_GROUP = "worker-views";
    /** Off the roster: what such a worker lacks is no gap to fill. */
    private static final Set<WorkerStatus> OFF_ROSTER = EnumSet.of(WorkerStatus.FILING_REJECTED,
            WorkerStatus.WITHDRAWN, WorkerStatus.EXITED);

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final DocumentTable<WorkerDocument> table;
    private final BatchedDocuments<WorkerDocument> documents;

    WorkerProjection(DataSource dataSource, PersonalDataVault vault) {
        this.jdbc = JdbcClient.create(dataSource);
        this.vault = vault;
        this.table = new DocumentTable<>(dataSource, "worker_view", "worker_id", WorkerDocument.class,
                d -> d.detail().workerId(), List.of(
                new Column<>("contract_id", Types.VARCHAR, d -> d.detail().contractId()),
                new Column<>("vendor_id", Types.VARCHAR, d -> d.detail().vendorId()),
                new Column<>("status", Types.VARCHAR, d -> d.detail().status().name()),
                new Column<>("missing", Types.VARCHAR, WorkerProjection::missingColumn),
                new Column<>("live_access_after_exit", Types.BOOLEAN, d -> d.detail().liveAccessAfterExit()),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE,
                        d -> OffsetDateTime.ofInstant(d.detail().lastChangedAt(), ZoneOffset.UTC)),
                new Column<>("sequence_number", Types.BIGINT, d -> d.detail().sequence())),
                "sequence_number");
        this.documents = new BatchedDocuments<>(WorkerEvent.class, table);
    }

    @EventHandler
    void on(WorkerEvent event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        documents.evolve(event.workerId(), sequence, d -> d.detail().sequence(),
                before -> WorkerView.evolve(before, event, new Step(at, user, sequence)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM worker_view").update();
    }

    @QueryHandler
    Optional<WorkerDetail> handle(FindWorker query) {
        return table.find(query.workerId()).map(this::opened);
    }

    @QueryHandler
    WorkerPage handle(FindWorkers query) {
        Filter filter = new Filter();
        filter.where("vendor_id = :vendor", "vendor", query.vendorId());
        filter.where("contract_id = :contract", "contract", query.contractId());
        filter.where("status = :status", "status", query.status() == null ? null : query.status().name());
        return page(filter, "contract_id, worker_id", query.page(), query.size());
    }

    @QueryHandler
    WorkerPage handle(FindIncompleteWorkers query) {
        Filter filter = new Filter();
        filter.where("missing LIKE :gap", "gap", query.gap() == null ? "%,%" : "%," + query.gap().name() + ",%");
        filter.where("vendor_id = :vendor", "vendor", query.vendorId());
        return page(filter, "contract_id, worker_id", query.page(), query.size());
    }

    @QueryHandler
    WorkerPage handle(FindExitedWithLiveAccess query) {
        Filter filter = new Filter();
        filter.where("live_access_after_exit = TRUE");
        filter.where("vendor_id = :vendor", "vendor", query.vendorId());
        return page(filter, "contract_id, worker_id", query.page(), query.size());
    }

    private WorkerPage page(Filter filter, String order, int page, int size) {
        DocumentTable.Page<WorkerDocument> found = table.page(filter, order, page, size);
        return new WorkerPage(found.documents().stream().map(this::summary).toList(), found.page(), found.size(),
                found.total());
    }

    /** The detail with its personal data opened, or shown as erased once the worker's key is destroyed. */
    private WorkerDetail opened(WorkerDocument document) {
        WorkerDetail d = document.detail();
        Optional<PersonalData> data = open(document);
        return new WorkerDetail(d.workerId(), d.contractId(), d.vendorId(), d.status(), data.orElse(null),
                document.personalData() != null && data.isEmpty(), d.proofs(), d.submittedBy(), d.verifiedBy(),
                d.filingNotes(), d.rejectionReasons(), d.induction(), d.badgeNumber(), d.emailSuffix(), d.grants(),
                d.assets(), d.missing(), d.lastServiceDay(), d.offboardingReason(), d.withdrawalReason(),
                d.revocationOverdue(), d.exitedOn(), d.exitLate(), d.liveAccessAfterExit(), d.refusedInductions(),
                d.socialInsuranceLapse(), d.sequence(), d.lastChangedAt());
    }

    private WorkerSummary summary(WorkerDocument document) {
        WorkerDetail d = document.detail();
        Optional<PersonalData> data = open(document);
        return new WorkerSummary(d.workerId(), d.contractId(), d.vendorId(), d.status(),
                data.map(PersonalData::name).orElse(null), document.personalData() != null && data.isEmpty(),
                d.badgeNumber(), d.emailSuffix(), d.missing(),
                (int) d.grants().stream().filter(g -> g.state() == GrantState.GRANTED).count(),
                (int) d.assets().stream().filter(a -> a.returnedOn() == null).count(), d.lastServiceDay(),
                d.revocationOverdue(), d.liveAccessAfterExit(), d.lastChangedAt());
    }

    private Optional<PersonalData> open(WorkerDocument document) {
        return document.personalData() == null ? Optional.empty() : vault.open(document.personalData());
    }

    /** What a worker on a roster lacks, as one filter column: {@code ,BADGE,EMAIL_SUFFIX,}; empty for none. */
    private static String missingColumn(WorkerDocument document) {
        WorkerDetail d = document.detail();
        if (OFF_ROSTER.contains(d.status()) || d.missing().isEmpty()) {
            return "";
        }
        return d.missing().stream().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }
}
