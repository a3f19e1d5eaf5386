package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.SlaBreachWithdrawn;
import com.outsourcingledger.api.contract.ContractEvent.SlaBreached;
import com.outsourcingledger.api.lineage.LineageQuery.BreachLineage;
import com.outsourcingledger.api.lineage.LineageQuery.ContractLineage;
import com.outsourcingledger.api.lineage.LineageQuery.FindBreachLineage;
import com.outsourcingledger.api.lineage.LineageQuery.FindContractLineage;
import com.outsourcingledger.api.lineage.LineageQuery.FindSettlementLineage;
import com.outsourcingledger.api.lineage.LineageQuery.SettlementLineage;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.query.readmodel.BatchScope;
import com.outsourcingledger.query.readmodel.TableStatistics;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The breach → penalty → settlement → payment lineage: a contract's breach decisions and the settlements that
 * deducted and paid them, each link with the id of its event. Only breach and settlement events write; events at
 * or below their aggregate's stored sequence are skipped, so a replay changes nothing. A batch of events is folded
 * in memory and written once ({@link LineageBatch}); the planner statistics follow bulk inserts
 * ({@link TableStatistics}): a contract's lineage is a few indexed joins.
 */
@Component
@ProcessingGroup(LineageProjection.PROCESSING_GROUP)
class LineageProjection {

    static final String PROCESSING_GROUP = "lineage-views";
    private static final String BATCH = LineageBatch.class.getName();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final LineageReads reads;
    private final TableStatistics statistics;

    LineageProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
        this.statistics = new TableStatistics(dataSource);
        this.reads = new LineageReads(jdbc);
    }

    @EventHandler
    void on(ContractEvent event, @SequenceNumber Long sequence, EventMessage<?> message) {
        long seq = sequence == null ? Long.MAX_VALUE : sequence;
        switch (event) {
            case ContractDrafted e -> within(batch -> batch.contractDrafted(e.contractId()));
            case SlaBreached e -> within(batch -> decide(batch, e.contractId(), e.metricId(), e.period(), seq, message,
                    false, e.penalty().amount(), e.penalty().currency(), null));
            case SlaBreachWithdrawn e -> within(batch -> decide(batch, e.contractId(), e.metricId(), e.period(), seq,
                    message, true, null, null, e.reason()));
            default -> {
            }
        }
    }

    @EventHandler
    void on(SettlementEvent event, @SequenceNumber Long sequence, EventMessage<?> message) {
        within(batch -> SettlementLinks.apply(batch, event, sequence == null ? Long.MAX_VALUE : sequence,
                message.getIdentifier(), message.getPayloadType().getSimpleName()));
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("lineage_breach", "lineage_decision", "lineage_settlement", "lineage_deduction",
                "lineage_contract")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    @QueryHandler
    Optional<BreachLineage> handle(FindBreachLineage query) {
        return reads.breach(query.contractId(), query.metricId(), query.period());
    }

    @QueryHandler
    Optional<SettlementLineage> handle(FindSettlementLineage query) {
        return reads.settlement(query.settlementId());
    }

    @QueryHandler
    Optional<ContractLineage> handle(FindContractLineage query) {
        return reads.contract(query.contractId());
    }

    /** The change, in the batch's memory when a tracking processor hands a batch, else written at once. */
    private void within(Consumer<LineageBatch> change) {
        Optional<LineageBatch> inBatch = BatchScope.current(BATCH,
                root -> LineageBatch.of(jdbc, template, statistics, root), LineageBatch::flush);
        LineageBatch batch = inBatch.orElseGet(() -> new LineageBatch(jdbc, template, statistics, List.of(), List.of(),
                List.of()));
        change.accept(batch);
        if (inBatch.isEmpty()) {
            batch.flush();
        }
    }

    private static void decide(LineageBatch batch, String contractId, String metricId, String period, long seq,
                               EventMessage<?> message, boolean withdrawn, BigDecimal penalty, String currency,
                               String reason) {
        if (!batch.decided(contractId, seq)) {
            batch.decision(contractId, seq, metricId, period, withdrawn, penalty, currency, reason,
                    message.getIdentifier(), message.getPayloadType().getSimpleName());
        }
    }
}
