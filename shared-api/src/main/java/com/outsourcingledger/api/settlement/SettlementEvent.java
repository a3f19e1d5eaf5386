package com.outsourcingledger.api.settlement;

import com.outsourcingledger.api.wire.AddedLater;
import com.outsourcingledger.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to one settlement (费用结算) of a contract: a settlement period of the contract's cycle, or its
 * final settlement (the exit step). Stored type names are forever: evolve with {@code @Revision} and upcasters or
 * {@code @AddedLater}, never by moving or renaming a record.
 */
public sealed interface SettlementEvent {

    String settlementId();

    /** The vendor's request: {@code period} as a contract measurement period ({@code 2026-03}, {@code 2026-Q1}). */
    record SettlementRequested(String settlementId, String contractId, String vendorId, String projectId,
                               String period, boolean finalSettlement, Money claimedAmount, Invoice invoice)
            implements SettlementEvent {
    }

    /** BUSINESS confirmed workload and quality, on a confirmed evaluation or a workload confirmation. */
    record SettlementConfirmed(String settlementId, ConfirmationBasis basis, String evaluationId,
                               String workloadReference, String notes) implements SettlementEvent {
    }

    /** HR's employment-compliance spot check: the sampled workers and the proofs checked. */
    record SettlementComplianceChecked(String settlementId, boolean passed, List<String> sampledWorkers,
                                       List<String> proofsChecked, String notes) implements SettlementEvent {
    }

    /**
     * A failed compliance spot check, or a violation found by the employment-compliance check
     * {@code complianceCheckId} of its cycle (null for a spot check), holds the settlement until HR releases it.
     */
    record SettlementHeld(String settlementId, String reason, @AddedLater String complianceCheckId)
            implements SettlementEvent {
    }

    record SettlementReleased(String settlementId, String reason) implements SettlementEvent {
    }

    /** FINANCE's three-way match of contract, invoice and confirmation. */
    record InvoiceVerified(String settlementId, String invoiceNumber, String notes) implements SettlementEvent {
    }

    /**
     * FINANCE approved the amount: the period's base fee per the fee model, minus each standing penalty of the
     * periods covered (listed by breach), plus or minus the confirmed evaluation's adjustment.
     */
    record SettlementApproved(String settlementId, String contractId, Money baseFee,
                              List<PenaltyDeduction> penalties, Money penaltyTotal, BigDecimal adjustmentPercent,
                              Money adjustment, Money amount) implements SettlementEvent {
    }

    /** One breach's penalty deducted by an approved settlement: the breach → penalty → settlement lineage. */
    record PenaltyDeducted(String settlementId, String contractId, String metricId, String slaPeriod, Money penalty)
            implements SettlementEvent {
    }

    record PaymentRecorded(String settlementId, String contractId, String reference, LocalDate paidOn, Money amount)
            implements SettlementEvent {
    }

    /** Any step may return the request with reasons; {@code step} is where it stood. */
    record SettlementReturned(String settlementId, SettlementStep step, String reasons) implements SettlementEvent {
    }

    /** The vendor resubmitted a returned request, with its claim and invoice as corrected; the steps start over. */
    record SettlementResubmitted(String settlementId, Money claimedAmount, Invoice invoice)
            implements SettlementEvent {
    }
}
