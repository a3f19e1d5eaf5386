package com.outsourcingledger.api.contract;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.wire.AddedLater;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a contract. Stored type names are forever: evolve with {@code @Revision} and upcasters,
 * never by moving or renaming a record. Periods are written as in {@link SlaPeriod}.
 */
public sealed interface ContractEvent {

    String contractId();

    record ContractDrafted(String contractId, String projectId, String vendorId, String title, Term term,
                           ContractContent content) implements ContractEvent {
    }

    record ContractDraftRevised(String contractId, String title, Term term, ContractContent content)
            implements ContractEvent {
    }

    record SlaDefined(String contractId, SlaMetric metric) implements ContractEvent {
    }

    record SlaRemoved(String contractId, String metricId) implements ContractEvent {
    }

    record NdaRecorded(String contractId, String ndaReference, LocalDate signedOn) implements ContractEvent {
    }

    record ContractSubmittedForCoReview(String contractId, int version) implements ContractEvent {
    }

    record CoReviewOpinionRecorded(String contractId, Department department, ReviewOpinion opinion, String comments)
            implements ContractEvent {
    }

    /** A co-review REJECT; the reasons stay on record for the next draft. */
    record ContractReturnedToDrafting(String contractId, Department department, String reasons)
            implements ContractEvent {
    }

    record ContractApproved(String contractId, int version) implements ContractEvent {
    }

    record ContractSigned(String contractId, LocalDate signedOn, int version) implements ContractEvent {
    }

    record ContractActivated(String contractId, LocalDate activatedOn, LocalDate slaReviewDue)
            implements ContractEvent {
    }

    record SlaMeasurementRecorded(String contractId, String metricId, String period, BigDecimal value,
                                  BigDecimal target, SlaDirection direction, boolean met) implements ContractEvent {
    }

    record SlaMeasurementCorrected(String contractId, String metricId, String period, BigDecimal previousValue,
                                   BigDecimal value, String reason, boolean met) implements ContractEvent {
    }

    /**
     * A missed target and the penalty decided for it: {@code min(penaltyPercent % of periodFee, cap)}, where
     * the period fee is the contract amount divided by the months of the term (rounded up), times the months
     * of the metric's period; scale 2, HALF_UP. A later breach of the same metric and period (after a
     * correction) replaces this one.
     */
    record SlaBreached(String contractId, String metricId, String period, BigDecimal target, BigDecimal actual,
                       BigDecimal shortfall, Money periodFee, BigDecimal penaltyPercent, Money penaltyCap,
                       Money penalty) implements ContractEvent {
    }

    /** A correction showed the target was met after all; the breach and its penalty no longer stand. */
    record SlaBreachWithdrawn(String contractId, String metricId, String period, String reason)
            implements ContractEvent {
    }

    record SlaReviewDue(String contractId, LocalDate dueOn, LocalDate nextDueOn) implements ContractEvent {
    }

    record SlaReviewed(String contractId, LocalDate reviewedOn, String notes, LocalDate nextReviewDue)
            implements ContractEvent {
    }

    /** {@code automatic} when issued because the same metric was breached in consecutive periods. */
    record RectificationNoticeIssued(String contractId, String noticeId, String metricId, List<String> periods,
                                     String reason, LocalDate issuedOn, LocalDate dueOn, boolean automatic)
            implements ContractEvent {
    }

    record RectificationPlanRecorded(String contractId, String noticeId, String plan) implements ContractEvent {
    }

    record RectificationVerified(String contractId, String noticeId, String notes) implements ContractEvent {
    }

    record RectificationFailed(String contractId, String noticeId, String notes) implements ContractEvent {
    }

    record AmendmentProposed(String contractId, String amendmentId, String changeDescription,
                             ContractContent content) implements ContractEvent {
    }

    record AmendmentApprovalRecorded(String contractId, String amendmentId, Department department,
                                     ReviewOpinion opinion, String comments) implements ContractEvent {
    }

    record AmendmentRejected(String contractId, String amendmentId, Department department, String reasons)
            implements ContractEvent {
    }

    /** The amendment took effect: the contract is now at {@code version}; {@code content} is the full new text. */
    record ContractAmended(String contractId, String amendmentId, int version, String changeDescription,
                           ContractContent content) implements ContractEvent {
    }

    record ContractSuspended(String contractId, SuspensionGround ground, String reason) implements ContractEvent {
    }

    record ContractResumed(String contractId, String reason, ContractStatus status) implements ContractEvent {
    }

    /** The vendor is suspended: the contract may be neither signed nor renewed until the flag clears. */
    record ContractFlagged(String contractId, String vendorId, String reason) implements ContractEvent {
    }

    record ContractFlagCleared(String contractId, String vendorId, String reason) implements ContractEvent {
    }

    record TerminationRecommended(String contractId, TerminationReason reason, String explanation)
            implements ContractEvent {
    }

    /** Three months before the end: the renewal review is open. */
    record ContractExpiryApproaching(String contractId, LocalDate endDate) implements ContractEvent {
    }

    record RenewalDecided(String contractId, RenewalDecision decision, Term newTerm, String reason)
            implements ContractEvent {
    }

    /** A co-review REJECT of a renewal; the review stays open for another decision. */
    record RenewalReturned(String contractId, Department department, String reasons) implements ContractEvent {
    }

    record ContractRenewed(String contractId, Term term, int version) implements ContractEvent {
    }

    record ContractExpired(String contractId, LocalDate endDate) implements ContractEvent {
    }

    record TerminationSignedOff(String contractId, List<String> evidenceRefs, String notes)
            implements ContractEvent {
    }

    /** {@code forceMajeureSince}: when the force majeure began, for a termination for FORCE_MAJEURE only. */
    record ContractTerminated(String contractId, TerminationReason reason, String explanation,
                              List<String> evidenceRefs, LocalDate terminatedOn, LocalDate lastServiceDay,
                              @AddedLater LocalDate forceMajeureSince)
            implements ContractEvent {
    }

    record KnowledgeTransferRecorded(String contractId, LocalDate recordedOn, String notes)
            implements ContractEvent {
    }

    record AssetsRecoveredRecorded(String contractId, LocalDate recordedOn, String notes) implements ContractEvent {
    }

    record WorkerAccessRevoked(String contractId, LocalDate revokedOn, LocalDate lastServiceDay, String notes)
            implements ContractEvent {
    }

    record FinalSettlementRecorded(String contractId, Money amount, String reference, LocalDate settledOn)
            implements ContractEvent {
    }

    record ContractClosed(String contractId, LocalDate closedOn) implements ContractEvent {
    }

    /** The draft was given up before signing ({@code previousStatus}); it counts as closed for its project. */
    record ContractDraftWithdrawn(String contractId, String reason, ContractStatus previousStatus,
                                  LocalDate withdrawnOn) implements ContractEvent {
    }
}
