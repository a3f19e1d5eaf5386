package com.outsourcingledger.api.settlement;

import com.outsourcingledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything that can be asked of a settlement ({@code {contractId}:settlement:{period}} or {@code {contractId}:settlement:final}). The
 * acting user, department and, for a vendor user, vendor travel as message metadata.
 */
public sealed interface SettlementCommand {

    String settlementId();

    /** {@code period} is a period of the contract's settlement cycle ({@code 2026-03}, {@code 2026-Q1}) or {@code final}. */
    record RequestSettlement(@TargetAggregateIdentifier String settlementId, String contractId, String period,
                             Money claimedAmount, Invoice invoice) implements SettlementCommand {
    }

    /** {@code evaluationId} with basis EVALUATION, {@code workloadReference} with basis WORKLOAD. */
    record ConfirmSettlement(@TargetAggregateIdentifier String settlementId, ConfirmationBasis basis,
                             String evaluationId, String workloadReference, String notes) implements SettlementCommand {
    }

    record CheckSettlementCompliance(@TargetAggregateIdentifier String settlementId, boolean passed,
                                     List<String> sampledWorkers, List<String> proofsChecked, String notes)
            implements SettlementCommand {
    }

    /** HR releases a settlement its failed compliance check held. */
    record ReleaseSettlement(@TargetAggregateIdentifier String settlementId, String reason)
            implements SettlementCommand {
    }

    record VerifyInvoice(@TargetAggregateIdentifier String settlementId, String invoiceNumber, String notes)
            implements SettlementCommand {
    }

    record ApproveSettlement(@TargetAggregateIdentifier String settlementId) implements SettlementCommand {
    }

    record RecordPayment(@TargetAggregateIdentifier String settlementId, String reference, LocalDate paidOn)
            implements SettlementCommand {
    }

    record ReturnSettlement(@TargetAggregateIdentifier String settlementId, String reasons)
            implements SettlementCommand {
    }

    record ResubmitSettlement(@TargetAggregateIdentifier String settlementId, Money claimedAmount, Invoice invoice)
            implements SettlementCommand {
    }

    /** Sent by the settlement process when the contract refused to reserve the approved amount (over the cap). */
    record WithdrawSettlementApproval(@TargetAggregateIdentifier String settlementId, String reasons)
            implements SettlementCommand {
    }

    /** Sent by the compliance process when a check of this settlement's cycle found a violation. */
    record HoldSettlementForCompliance(@TargetAggregateIdentifier String settlementId, String complianceCheckId,
                                       String reason) implements SettlementCommand {
    }
}
