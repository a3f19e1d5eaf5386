package com.outsourcingledger.api.lineage;

import com.outsourcingledger.api.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The lineage of SLA penalties (DOMAIN §11): from a breach to the penalty decided, the settlement that deducted
 * it and that settlement's payment, and back. Every link names the event behind it, so an auditor can open it
 * in the audit history.
 */
public sealed interface LineageQuery {

    /** A breach of one metric in one SLA period ({@code 2026-03}, {@code 2026-Q1}) of a contract. */
    record FindBreachLineage(String contractId, String metricId, String period) implements LineageQuery {
    }

    record FindSettlementLineage(String settlementId) implements LineageQuery {
    }

    /** Every breach of a contract with its deduction state, by metric and period. */
    record FindContractLineage(String contractId) implements LineageQuery {
    }

    /** Where a breach's penalty stands. */
    enum DeductionState {
        /** Decided and standing, not deducted by any approved settlement yet. */
        STANDING,
        /** Deducted by an approved settlement that is not paid yet. */
        DEDUCTED,
        /** Deducted by a settlement that is paid. */
        PAID,
        /** A correction withdrew the breach: no penalty stands. */
        WITHDRAWN
    }

    /**
     * The stored event behind a link: its id, its global position in the audit history ({@code GET
     * /audit/events?after=position-1&limit=1}; null until the audit index has it), its type, aggregate and sequence.
     */
    record EventLink(String eventId, Long globalPosition, String eventType, String aggregateId, long sequenceNumber) {
    }

    /** One decision about a breach's penalty: {@code BREACHED} (decided or re-decided) or {@code WITHDRAWN}. */
    record PenaltyDecision(String decision, Money penalty, String reason, EventLink event) {
    }

    /** A payment recorded for a settlement. */
    record Payment(String reference, LocalDate paidOn, Money amount, EventLink event) {
    }

    /** A settlement as a lineage link: its approval and payment, each with its event. */
    record SettlementLink(String settlementId, String contractId, String projectId, String period,
                          boolean finalSettlement, String step, Money approvedAmount, EventLink requested,
                          EventLink approved, Payment payment) {
    }

    /** A settlement's deduction of one breach's penalty, with the event that recorded it. */
    record Deduction(String settlementId, Money penalty, EventLink deducted, SettlementLink settlement) {
    }

    /** Breach → penalty → settlement → payment. */
    record BreachLineage(String contractId, String metricId, String period, DeductionState state, Money penalty,
                         List<PenaltyDecision> decisions, List<Deduction> deductions) {
    }

    /** One penalty a settlement deducted, back to its breach. */
    record DeductedBreach(String metricId, String period, Money penalty, EventLink deducted, DeductionState state,
                          List<PenaltyDecision> decisions) {
    }

    /** Payment → settlement → each deducted penalty → its breach. */
    record SettlementLineage(SettlementLink settlement, List<DeductedBreach> deductions) {
    }

    /** A breach of the contract with its state; {@code settlementId} the settlement that deducted it, if any. */
    record BreachState(String metricId, String period, DeductionState state, Money penalty, String settlementId,
                       EventLink breach) {
    }

    record ContractLineage(String contractId, List<BreachState> items) {
    }
}
