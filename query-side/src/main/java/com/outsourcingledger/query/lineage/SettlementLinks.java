package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.settlement.PenaltyDeduction;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.query.lineage.LineageBatch.Deduction;
import com.outsourcingledger.query.lineage.LineageBatch.Settlement;

/**
 * What a settlement event changes in the lineage: the settlement's step, its approval with the penalties it
 * deducted (a later approval after a return replaces them), and its payment. Events at or below the settlement's
 * stored sequence are skipped, so a replay changes nothing.
 */
final class SettlementLinks {

    private SettlementLinks() {
    }

    static void apply(LineageBatch batch, SettlementEvent event, long seq, String eventId, String eventType) {
        Settlement stored = batch.settlement(event.settlementId());
        if (event instanceof SettlementRequested e) {
            if (stored == null) {
                batch.settlement(new Settlement(e.settlementId(), e.contractId(), e.projectId(), e.period(),
                        e.finalSettlement(), SettlementStep.REQUESTED.name(), eventId, seq, null, null, null, null,
                        null, null, null, null, null, seq));
            }
            return;
        }
        if (stored == null || seq <= stored.sequence()) {
            return;
        }
        Settlement after = switch (event) {
            case SettlementApproved e -> {
                batch.replaceDeductions(e.settlementId(), e.penalties().stream()
                        .map(d -> deduction(e.settlementId(), e.contractId(), d, eventId, eventType, seq)).toList());
                yield stored.step(SettlementStep.APPROVED.name())
                        .approved(e.amount().amount(), e.amount().currency(), eventId, seq);
            }
            case PenaltyDeducted e -> {
                batch.replaceDeduction(new Deduction(e.settlementId(), e.metricId(), e.slaPeriod(), e.contractId(),
                        e.penalty().amount(), e.penalty().currency(), eventId, eventType, seq));
                yield stored;
            }
            case PaymentRecorded e -> stored.step(SettlementStep.PAID.name()).paid(e.reference(), e.paidOn(),
                    e.amount().amount(), e.amount().currency(), eventId, seq);
            default -> {
                SettlementStep step = stepAfter(event);
                yield step == null ? stored : stored.step(step.name());
            }
        };
        batch.settlement(after.at(seq));
    }

    private static Deduction deduction(String settlementId, String contractId, PenaltyDeduction deduction,
                                       String eventId, String eventType, long seq) {
        return new Deduction(settlementId, deduction.metricId(), deduction.slaPeriod(), contractId,
                deduction.penalty().amount(), deduction.penalty().currency(), eventId, eventType, seq);
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
}
