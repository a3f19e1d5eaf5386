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
import com.outsourcingledger.query.readmodel.TableStatistics;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

/**
 * The breach → penalty → settlement → payment lineage: a contract's breach decisions and the settlements that
 * deducted and paid them, each link with the id of its event. Only breach and settlement events write; each
 * write is skipped when the stored sequence of its aggregate already holds it, so a replay changes nothing. The
 * planner statistics follow bulk inserts ({@link TableStatistics}): a contract's lineage is a few indexed joins.
 */
@Component
@ProcessingGroup(LineageProjection.PROCESSING_GROUP)
class LineageProjection {

    static final String PROCESSING_GROUP = "lineage-views";

    private final JdbcClient jdbc;
    private final SettlementLinks settlements;
    private final LineageReads reads;
    private final TableStatistics statistics;

    LineageProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.statistics = new TableStatistics(dataSource);
        this.settlements = new SettlementLinks(jdbc, statistics);
        this.reads = new LineageReads(jdbc);
    }

    @EventHandler
    void on(ContractEvent event, @SequenceNumber Long sequence, EventMessage<?> message) {
        long seq = sequence == null ? Long.MAX_VALUE : sequence;
        switch (event) {
            case ContractDrafted e -> {
                if (jdbc.sql("SELECT COUNT(*) FROM lineage_contract WHERE contract_id = ?").param(e.contractId())
                        .query(Long.class).single() == 0) {
                    jdbc.sql("INSERT INTO lineage_contract (contract_id) VALUES (?)").param(e.contractId()).update();
                    statistics.inserted("lineage_contract", 1);
                }
            }
            case SlaBreached e -> decide(e.contractId(), e.metricId(), e.period(), seq, message, false,
                    e.penalty().amount(), e.penalty().currency(), null);
            case SlaBreachWithdrawn e -> decide(e.contractId(), e.metricId(), e.period(), seq, message, true,
                    null, null, e.reason());
            default -> {
            }
        }
    }

    @EventHandler
    void on(SettlementEvent event, @SequenceNumber Long sequence, EventMessage<?> message) {
        settlements.apply(event, sequence == null ? Long.MAX_VALUE : sequence, message.getIdentifier(),
                message.getPayloadType().getSimpleName());
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

    private void decide(String contractId, String metricId, String period, long seq, EventMessage<?> message,
                        boolean withdrawn, java.math.BigDecimal penalty, String currency, String reason) {
        if (jdbc.sql("SELECT COUNT(*) FROM lineage_decision WHERE contract_id = ? AND sequence_number = ?")
                .params(contractId, seq).query(Long.class).single() > 0) {
            return;
        }
        String type = message.getPayloadType().getSimpleName();
        jdbc.sql("INSERT INTO lineage_decision (contract_id, sequence_number, metric_id, period, decision, penalty,"
                        + " currency, reason, event_id, event_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(contractId, seq, metricId, period, withdrawn ? "WITHDRAWN" : "BREACHED", penalty, currency,
                        reason, message.getIdentifier(), type)
                .update();
        statistics.inserted("lineage_decision", 1);
        int updated = withdrawn
                ? jdbc.sql("UPDATE lineage_breach SET withdrawn = TRUE, event_id = ?, sequence_number = ?"
                        + " WHERE contract_id = ? AND metric_id = ? AND period = ? AND sequence_number < ?")
                .params(message.getIdentifier(), seq, contractId, metricId, period, seq).update()
                : jdbc.sql("UPDATE lineage_breach SET withdrawn = FALSE, penalty = ?, currency = ?, event_id = ?,"
                        + " sequence_number = ? WHERE contract_id = ? AND metric_id = ? AND period = ?"
                        + " AND sequence_number < ?")
                .params(penalty, currency, message.getIdentifier(), seq, contractId, metricId, period, seq).update();
        if (updated == 0 && !withdrawn && jdbc.sql("SELECT COUNT(*) FROM lineage_breach WHERE contract_id = ?"
                + " AND metric_id = ? AND period = ?").params(contractId, metricId, period).query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO lineage_breach (contract_id, metric_id, period, withdrawn, penalty, currency, event_id,"
                            + " sequence_number) VALUES (?, ?, ?, FALSE, ?, ?, ?, ?)")
                    .params(contractId, metricId, period, penalty, currency, message.getIdentifier(), seq).update();
            statistics.inserted("lineage_breach", 1);
        }
    }
}
