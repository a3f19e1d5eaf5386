package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.settlement.PenaltyDeduction;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.query.readmodel.TableStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a settlement event changes in the lineage: the settlement's step, its approval with the penalties it
 * deducted (a later approval after a return replaces them), and its payment.
 */
final class SettlementLinks {

    private final JdbcClient jdbc;
    private final TableStatistics statistics;

    SettlementLinks(JdbcClient jdbc, TableStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    void apply(SettlementEvent event, long seq, String eventId, String eventType) {
        if (event instanceof SettlementRequested e) {
            if (stored(e.settlementId()) == null) {
                jdbc.sql("INSERT INTO lineage_settlement (settlement_id, contract_id, project_id, period,"
                                + " final_settlement, step, requested_event_id, requested_sequence, sequence_number)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(e.settlementId(), e.contractId(), e.projectId(), e.period(), e.finalSettlement(),
                                SettlementStep.REQUESTED.name(), eventId, seq, seq)
                        .update();
                statistics.inserted("lineage_settlement", 1);
            }
            return;
        }
        Long stored = stored(event.settlementId());
        if (stored == null || seq <= stored) {
            return;
        }
        switch (event) {
            case SettlementApproved e -> {
                jdbc.sql("UPDATE lineage_settlement SET step = ?, approved_amount = ?, currency = ?,"
                                + " approved_event_id = ?, approved_sequence = ? WHERE settlement_id = ?")
                        .params(SettlementStep.APPROVED.name(), e.amount().amount(), e.amount().currency(), eventId,
                                seq, e.settlementId())
                        .update();
                jdbc.sql("DELETE FROM lineage_deduction WHERE settlement_id = ?").param(e.settlementId()).update();
                for (PenaltyDeduction deduction : e.penalties()) {
                    deduct(e.settlementId(), e.contractId(), deduction.metricId(), deduction.slaPeriod(),
                            deduction.penalty().amount(), deduction.penalty().currency(), eventId, eventType, seq);
                }
            }
            case PenaltyDeducted e -> {
                jdbc.sql("DELETE FROM lineage_deduction WHERE settlement_id = ? AND metric_id = ? AND period = ?")
                        .params(e.settlementId(), e.metricId(), e.slaPeriod()).update();
                deduct(e.settlementId(), e.contractId(), e.metricId(), e.slaPeriod(), e.penalty().amount(),
                        e.penalty().currency(), eventId, eventType, seq);
            }
            case PaymentRecorded e -> jdbc.sql("UPDATE lineage_settlement SET step = ?, payment_reference = ?,"
                            + " paid_on = ?, paid_amount = ?, currency = COALESCE(currency, ?), paid_event_id = ?,"
                            + " paid_sequence = ? WHERE settlement_id = ?")
                    .params(SettlementStep.PAID.name(), e.reference(), e.paidOn(), e.amount().amount(),
                            e.amount().currency(), eventId, seq, e.settlementId())
                    .update();
            default -> step(event, stepAfter(event));
        }
        jdbc.sql("UPDATE lineage_settlement SET sequence_number = ? WHERE settlement_id = ?")
                .params(seq, event.settlementId()).update();
    }

    private static SettlementStep stepAfter(SettlementEvent event) {
        return switch (event) {
            case SettlementRequested e -> SettlementStep.REQUESTED;
            case SettlementResubmitted e -> SettlementStep.REQUESTED;
            case SettlementConfirmed e -> SettlementStep.CONFIRMED;
            case SettlementComplianceChecked e -> e.passed() ? SettlementStep.COMPLIANCE_CHECKED : null;
            case SettlementHeld e -> SettlementStep.HELD;
            case SettlementReleased e -> SettlementStep.COMPLIANCE_CHECKED;
            case InvoiceVerified e -> SettlementStep.INVOICE_VERIFIED;
            case SettlementApproved e -> SettlementStep.APPROVED;
            case PenaltyDeducted e -> null;
            case PaymentRecorded e -> SettlementStep.PAID;
            case SettlementReturned e -> SettlementStep.RETURNED;
        };
    }

    private void step(SettlementEvent event, SettlementStep step) {
        if (step != null) {
            jdbc.sql("UPDATE lineage_settlement SET step = ? WHERE settlement_id = ?")
                    .params(step.name(), event.settlementId()).update();
        }
    }

    private void deduct(String settlementId, String contractId, String metricId, String period,
                        java.math.BigDecimal penalty, String currency, String eventId, String eventType, long seq) {
        jdbc.sql("INSERT INTO lineage_deduction (settlement_id, metric_id, period, contract_id, penalty, currency,"
                        + " event_id, event_type, sequence_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(settlementId, metricId, period, contractId, penalty, currency, eventId, eventType, seq)
                .update();
        statistics.inserted("lineage_deduction", 1);
    }

    private Long stored(String settlementId) {
        return jdbc.sql("SELECT sequence_number FROM lineage_settlement WHERE settlement_id = ?")
                .param(settlementId).query(Long.class).optional().orElse(null);
    }
}
