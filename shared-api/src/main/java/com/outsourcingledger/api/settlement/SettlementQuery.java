package com.outsourcingledger.api.settlement;

import com.outsourcingledger.api.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Questions the settlement read models answer, and their answers. */
public sealed interface SettlementQuery {

    record FindSettlement(String settlementId) implements SettlementQuery {
    }

    /** A contract's settlements, oldest period first. */
    record FindContractSettlements(String contractId) implements SettlementQuery {
    }

    /** Settlements by step, vendor and contract; any filter may be null. */
    record FindSettlements(SettlementStep step, String vendorId, String contractId, int page, int size)
            implements SettlementQuery {
    }

    record ConfirmationView(ConfirmationBasis basis, String evaluationId, String workloadReference, String notes,
                            String by) {
    }

    record ComplianceCheckView(boolean passed, List<String> sampledWorkers, List<String> proofsChecked, String notes,
                               String by) {
    }

    record SettlementApprovalView(Money baseFee, List<PenaltyDeduction> penalties, Money penaltyTotal,
                        BigDecimal adjustmentPercent, Money adjustment, Money amount, String by) {
    }

    record PaymentView(String reference, LocalDate paidOn, Money amount, String by) {
    }

    /** A return, hold or release: {@code step} is where the settlement stood. */
    record StepHistoryEntry(String kind, SettlementStep step, String reasons, String by, Instant at) {
    }

    /** {@code step} is where it stands now; {@code returnedFrom}/{@code heldAt} the step a return or hold left. */
    record SettlementDetail(String settlementId, String contractId, String vendorId, String projectId, String period,
                            boolean finalSettlement, SettlementStep step, Money claimedAmount, Invoice invoice,
                            String requestedBy, ConfirmationView confirmation, ComplianceCheckView complianceCheck,
                            String invoiceVerifiedBy, SettlementApprovalView approval, PaymentView payment,
                            SettlementStep returnedFrom, SettlementStep heldAt, List<StepHistoryEntry> history,
                            long sequence, Instant lastChangedAt) {
    }

    record SettlementSummary(String settlementId, String contractId, String vendorId, String period,
                             boolean finalSettlement, SettlementStep step, Money claimedAmount, Money approvedAmount,
                             Money paidAmount, Instant lastChangedAt) {
    }

    record SettlementList(List<SettlementSummary> items) {
    }

    record SettlementPage(List<SettlementSummary> items, int page, int size, long totalItems) {
    }
}
