package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.compliance.ComplianceCheckEvent;
import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.dashboard.DashboardQuery.*;
import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.ShamOutsourcingRiskAssessed;
import com.outsourcingledger.api.project.ProjectEvent.ProjectReviewed;
import com.outsourcingledger.api.signal.ShamSignalEvent;
import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.query.readmodel.BatchScope;
import com.outsourcingledger.query.readmodel.TableStatistics;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityKey;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityRow;
import com.outsourcingledger.query.dashboard.DashboardRows.SlaKey;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dashboard read model: status counts, approval and work queues, expiry, SLA compliance, penalties accrued
 * and deducted, rectification notices, PIPs, settlements and paid against budget, kept incrementally from vendor,
 * project, contract, evaluation, settlement, worker and sham-signal events. A batch of events is folded in memory
 * and written once ({@link DashboardBatch}); events at or below an aggregate's stored sequence are skipped.
 * Live subscribers get the new dashboard after each committed batch, never during a replay.
 */
@Component
@ProcessingGroup(DashboardProjection.PROCESSING_GROUP)
class DashboardProjection {

    static final String PROCESSING_GROUP = "dashboard-views";
    private static final String BATCH = DashboardBatch.class.getName();
    private static final String EMISSION = DashboardProjection.class.getName() + ".emission";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DashboardReads reads;
    private final Clock clock;
    private final QueryUpdateEmitter emitter;
    private final TableStatistics statistics;

    DashboardProjection(DataSource dataSource, Clock clock, QueryUpdateEmitter emitter) {
        this.statistics = new TableStatistics(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
        this.reads = new DashboardReads(jdbc);
        this.clock = clock;
        this.emitter = emitter;
    }

    @EventHandler
    void on(VendorEvent event, @SequenceNumber Long sequence, ReplayStatus replay) {
        fold(new EntityKey(DashboardRows.VENDOR, event.vendorId()), sequence, replay,
                (batch, vendor) -> VendorChanges.apply(batch, vendor, event, sequence));
    }

    @EventHandler
    void on(ProjectEvent event, @SequenceNumber Long sequence, ReplayStatus replay) {
        fold(new EntityKey(DashboardRows.PROJECT, event.projectId()), sequence, replay,
                (batch, project) -> ProjectChanges.apply(project, event, sequence));
        if (event instanceof ProjectReviewed) {
            fold(new EntityKey(DashboardRows.PROJECT_RISK, event.projectId()), sequence, replay,
                    (batch, project) -> ShamSignalChanges.projectRisk(project, event, sequence(sequence)));
        }
    }

    @EventHandler
    void on(ContractEvent event, @SequenceNumber Long sequence, ReplayStatus replay) {
        fold(new EntityKey(DashboardRows.CONTRACT, event.contractId()), sequence, replay,
                (batch, contract) -> ContractChanges.apply(batch, contract, event, sequence));
        if (event instanceof ContractDrafted || event instanceof ShamOutsourcingRiskAssessed) {
            fold(new EntityKey(DashboardRows.SHAM_RISK, event.contractId()), sequence, replay,
                    (batch, risk) -> ShamSignalChanges.contractRisk(batch, risk, event, sequence(sequence)));
        }
    }

    @EventHandler
    void on(EvaluationEvent event, @SequenceNumber Long sequence, ReplayStatus replay) {
        fold(new EntityKey(DashboardRows.EVALUATION, event.evaluationId()), sequence, replay,
                (batch, evaluation) -> EvaluationChanges.apply(evaluation, event, sequence(sequence)));
    }

    @EventHandler
    void on(SettlementEvent event, @SequenceNumber Long sequence, ReplayStatus replay) {
        fold(new EntityKey(DashboardRows.SETTLEMENT, event.settlementId()), sequence, replay,
                (batch, settlement) -> SettlementChanges.apply(batch, settlement, event, sequence(sequence)));
    }

    @EventHandler
    void on(WorkerEvent event, @SequenceNumber Long sequence, ReplayStatus replay) {
        fold(new EntityKey(DashboardRows.WORKER, event.workerId()), sequence, replay,
                (batch, worker) -> WorkerChanges.apply(worker, event, sequence(sequence)));
    }

    @EventHandler
    void on(ShamSignalEvent event, @SequenceNumber Long sequence, ReplayStatus replay) {
        fold(new EntityKey(DashboardRows.SHAM_SIGNAL, event.signalId()), sequence, replay,
                (batch, signal) -> ShamSignalChanges.signal(signal, event, sequence(sequence)));
    }

    @EventHandler
    void on(ComplianceCheckEvent event, @SequenceNumber Long sequence, ReplayStatus replay) {
        fold(new EntityKey(DashboardRows.COMPLIANCE_CHECK, event.checkId()), sequence, replay,
                (batch, check) -> ComplianceCheckChanges.apply(check, event, sequence(sequence)));
    }

    private static long sequence(Long sequence) {
        return sequence == null ? Long.MAX_VALUE : sequence;
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("dashboard_entity", "dashboard_counter", "dashboard_qualification", "dashboard_sla",
                "dashboard_sla_month", "dashboard_penalty", "dashboard_rectification", "dashboard_settlement",
                "dashboard_money", "dashboard_pip")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    @QueryHandler
    Dashboard handle(FindDashboard query) {
        return reads.dashboard(LocalDate.now(clock));
    }

    @QueryHandler
    SlaCompliance handle(FindSlaCompliance query) {
        return new SlaCompliance(reads.sla(query));
    }

    @QueryHandler
    ExpiringContracts handle(FindExpiringContracts query) {
        return new ExpiringContracts(reads.expiringContracts(LocalDate.now(clock), query.withinDays()));
    }

    @QueryHandler
    OpenRectifications handle(FindOpenRectifications query) {
        return reads.openRectifications(LocalDate.now(clock), query.overdueOnly(), query.page(), query.size());
    }

    @QueryHandler
    Risks handle(FindRisks query) {
        return reads.risks(query.flag(), query.page(), query.size());
    }

    @QueryHandler
    Penalties handle(FindPenalties query) {
        return reads.penalties();
    }

    @QueryHandler
    ProjectBudgets handle(FindProjectBudgets query) {
        return new ProjectBudgets(reads.projectBudgets());
    }

    @QueryHandler
    OpenPips handle(FindOpenPips query) {
        return reads.openPips(LocalDate.now(clock), query.overdueOnly(), query.page(), query.size());
    }

    private interface Change {
        EntityRow apply(DashboardBatch batch, EntityRow current);
    }

    private void fold(EntityKey key, Long sequence, ReplayStatus replay, Change change) {
        Optional<DashboardBatch> inBatch = BatchScope.current(BATCH, root -> new DashboardBatch(jdbc, template,
                statistics, upcoming(root), upcomingMeasurements(root)), DashboardBatch::flush);
        DashboardBatch batch = inBatch.orElseGet(() -> new DashboardBatch(jdbc, template, statistics, List.of(), List.of()));
        batch.fetch(key);
        Optional<EntityRow> current = batch.entities.get(key);
        long seq = sequence == null ? Long.MAX_VALUE : sequence;
        if (current.isPresent() && seq <= current.get().sequence()) {
            return;
        }
        EntityRow after = change.apply(batch, current.orElse(null));
        if (after != null) {
            batch.entities.put(key, after.sequence(seq));
        }
        if (inBatch.isEmpty()) {
            batch.flush();
            publish(replay);
        } else if (!replay.isReplay()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            root.getOrComputeResource(EMISSION, k -> {
                root.afterCommit(u -> publish(replay));
                return Boolean.TRUE;
            });
        }
    }

    /** The aggregates of every event in a tracking processor's batch, read by type without deserializing payloads. */
    private static List<EntityKey> upcoming(UnitOfWork<?> root) {
        List<EntityKey> keys = new ArrayList<>();
        BatchScope.aggregates(root, VendorEvent.class).forEach(id -> keys.add(new EntityKey(DashboardRows.VENDOR, id)));
        BatchScope.aggregates(root, ProjectEvent.class).forEach(id -> keys.add(new EntityKey(DashboardRows.PROJECT, id)));
        BatchScope.aggregates(root, ContractEvent.class).forEach(id -> keys.add(new EntityKey(DashboardRows.CONTRACT, id)));
        BatchScope.aggregates(root, EvaluationEvent.class)
                .forEach(id -> keys.add(new EntityKey(DashboardRows.EVALUATION, id)));
        BatchScope.aggregates(root, SettlementEvent.class)
                .forEach(id -> keys.add(new EntityKey(DashboardRows.SETTLEMENT, id)));
        BatchScope.aggregates(root, WorkerEvent.class).forEach(id -> keys.add(new EntityKey(DashboardRows.WORKER, id)));
        BatchScope.aggregates(root, ShamSignalEvent.class)
                .forEach(id -> keys.add(new EntityKey(DashboardRows.SHAM_SIGNAL, id)));
        BatchScope.aggregates(root, ComplianceCheckEvent.class)
                .forEach(id -> keys.add(new EntityKey(DashboardRows.COMPLIANCE_CHECK, id)));
        return keys;
    }

    /** The measurements the batch's contract events name; these payloads are read by the handler anyway. */
    private static List<SlaKey> upcomingMeasurements(UnitOfWork<?> root) {
        if (!(root instanceof BatchingUnitOfWork<?> batching)) {
            return List.of();
        }
        return batching.getMessages().stream()
                .filter(m -> ContractEvent.class.isAssignableFrom(m.getPayloadType()))
                .map(m -> ContractChanges.measurementOf((ContractEvent) m.getPayload()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** A side effect: live subscribers hear of the change, but never while the projection replays history. */
    private void publish(ReplayStatus replay) {
        if (replay.isReplay() || emitter.activeSubscriptions().stream()
                .noneMatch(q -> q.getPayload() instanceof FindDashboard)) {
            return;
        }
        emitter.emit(FindDashboard.class, q -> true, reads.dashboard(LocalDate.now(clock)));
    }
}
