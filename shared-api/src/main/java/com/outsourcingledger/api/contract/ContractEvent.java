package com.outsourcingledger.api.contract;

import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
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

    /** {@code slaReviewMonths}: the policy's SLA review interval that set {@code slaReviewDue}. */
    record ContractActivated(String contractId, LocalDate activatedOn, LocalDate slaReviewDue,
                             @AddedLater Integer slaReviewMonths)
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

    /** {@code slaReviewMonths}: the policy's SLA review interval that set {@code nextDueOn}. */
    record SlaReviewDue(String contractId, LocalDate dueOn, LocalDate nextDueOn, @AddedLater Integer slaReviewMonths)
            implements ContractEvent {
    }

    /** {@code slaReviewMonths}: the policy's SLA review interval that set {@code nextReviewDue}. */
    record SlaReviewed(String contractId, LocalDate reviewedOn, String notes, LocalDate nextReviewDue,
                       @AddedLater Integer slaReviewMonths)
            implements ContractEvent {
    }

    /**
     * {@code automatic} when issued because the same metric was breached in consecutive periods, or for a confirmed
     * below-standard evaluation ({@code trigger} EVALUATION, {@code evaluationId} and its one period in
     * {@code periods}); then {@code dueDays} (and {@code consecutiveBreaches} for SLA breaches) are the policy values
     * that issued it and set its due date (null on a notice issued by hand). Read the trigger through
     * {@link #triggerOrInferred()}. A {@code serious} notice cites {@code evidenceRefs} LEGAL signed off.
     */
    record RectificationNoticeIssued(String contractId, String noticeId, String metricId, List<String> periods,
                                     String reason, LocalDate issuedOn, LocalDate dueOn, boolean automatic,
                                     @AddedLater Integer consecutiveBreaches, @AddedLater Integer dueDays,
                                     @AddedLater RectificationTrigger trigger, @AddedLater String evaluationId,
                                     @AddedLater Boolean serious, @AddedLater List<String> evidenceRefs)
            implements ContractEvent {

        /** The trigger; a notice stored before triggers were recorded was SLA_BREACH when automatic, else MANUAL. */
        public RectificationTrigger triggerOrInferred() {
            if (trigger != null) {
                return trigger;
            }
            return automatic ? RectificationTrigger.SLA_BREACH : RectificationTrigger.MANUAL;
        }
    }

    record RectificationPlanRecorded(String contractId, String noticeId, String plan) implements ContractEvent {
    }

    record RectificationVerified(String contractId, String noticeId, String notes) implements ContractEvent {
    }

    /**
     * {@code belowStandardPeriod}: the evaluation period the failure fell in, which counts as below standard toward
     * a PIP; null in a failure recorded before failures counted (it neither counts nor warns the vendor).
     */
    record RectificationFailed(String contractId, String noticeId, String notes,
                               @AddedLater String belowStandardPeriod) implements ContractEvent {
    }

    /** {@code slas}: the contract's whole new set of SLA metrics, or null when the amendment leaves them as they are. */
    record AmendmentProposed(String contractId, String amendmentId, String changeDescription,
                             ContractContent content, @AddedLater List<SlaMetric> slas) implements ContractEvent {
    }

    record AmendmentApprovalRecorded(String contractId, String amendmentId, Department department,
                                     ReviewOpinion opinion, String comments) implements ContractEvent {
    }

    record AmendmentRejected(String contractId, String amendmentId, Department department, String reasons)
            implements ContractEvent {
    }

    /**
     * The amendment took effect: the contract is now at {@code version}; {@code content} is the full new text and
     * {@code slas} the whole new set of SLA metrics, or null when the amendment left them as they were.
     */
    record ContractAmended(String contractId, String amendmentId, int version, String changeDescription,
                           ContractContent content, @AddedLater List<SlaMetric> slas) implements ContractEvent {
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

    /** {@code signalId}: the confirmed sham-outsourcing signal a RISK_AVOIDANCE recommendation answers, else null. */
    record TerminationRecommended(String contractId, TerminationReason reason, String explanation,
                                  @AddedLater String signalId, @AddedLater String riskId) implements ContractEvent {

        public TerminationRecommended(String contractId, TerminationReason reason, String explanation) {
            this(contractId, reason, explanation, null, null);
        }

        public TerminationRecommended(String contractId, TerminationReason reason, String explanation,
                                      String signalId) {
            this(contractId, reason, explanation, signalId, null);
        }
    }

    /** {@code renewalLeadMonths} (the policy value, three by default) before the end: the renewal review is open. */
    record ContractExpiryApproaching(String contractId, LocalDate endDate, @AddedLater Integer renewalLeadMonths)
            implements ContractEvent {
    }

    record RenewalDecided(String contractId, RenewalDecision decision, Term newTerm, String reason)
            implements ContractEvent {
    }

    /** A co-review REJECT of a renewal; the review stays open for another decision. */
    record RenewalReturned(String contractId, Department department, String reasons) implements ContractEvent {
    }

    /** A sanction on the vendor cancelled a RENEW awaiting its co-review; the review stays open for another decision. */
    record RenewalCancelled(String contractId, String reason) implements ContractEvent {
    }

    record ContractRenewed(String contractId, Term term, int version) implements ContractEvent {
    }

    record ContractExpired(String contractId, LocalDate endDate) implements ContractEvent {
    }

    record TerminationSignedOff(String contractId, List<String> evidenceRefs, String notes)
            implements ContractEvent {
    }

    /**
     * {@code forceMajeureSince}: when the force majeure began, for a termination for FORCE_MAJEURE only; with the
     * contract's {@code forceMajeureThresholdDays} it had to exceed.
     */
    record ContractTerminated(String contractId, TerminationReason reason, String explanation,
                              List<String> evidenceRefs, LocalDate terminatedOn, LocalDate lastServiceDay,
                              @AddedLater LocalDate forceMajeureSince, @AddedLater Integer forceMajeureThresholdDays)
            implements ContractEvent {
    }

    record KnowledgeTransferRecorded(String contractId, LocalDate recordedOn, String notes)
            implements ContractEvent {
    }

    record AssetsRecoveredRecorded(String contractId, LocalDate recordedOn, String notes) implements ContractEvent {
    }

    /** {@code late}: revoked after the last service day, a violation on record (null in events from before). */
    record WorkerAccessRevoked(String contractId, LocalDate revokedOn, LocalDate lastServiceDay, String notes,
                               @AddedLater Boolean late) implements ContractEvent {
    }

    /** {@code settlementId}: the paid final settlement that is this exit step (null in events from before). */
    record FinalSettlementRecorded(String contractId, Money amount, String reference, LocalDate settledOn,
                                   @AddedLater String settlementId)
            implements ContractEvent {
    }

    record ContractClosed(String contractId, LocalDate closedOn) implements ContractEvent {
    }

    /**
     * An approved settlement's amount counted against the contract: {@code reservedTotal} (every settlement's so
     * far, this one's included) never exceeds {@code cap}, the contract amount with its approved amendments; each
     * penalty listed is deducted once per contract.
     */
    record SettlementAmountReserved(String contractId, String settlementId, Money amount,
                                    List<PenaltyDeduction> penalties, Money reservedTotal, Money cap)
            implements ContractEvent {
    }

    /** The draft was given up before signing ({@code previousStatus}); it counts as closed for its project. */
    record ContractDraftWithdrawn(String contractId, String reason, ContractStatus previousStatus,
                                  LocalDate withdrawnOn) implements ContractEvent {
    }

    /**
     * A performance improvement plan opened (at most one open per contract): {@code evaluationIds} are the
     * below-standard periods (confirmed evaluations, or failed rectifications' notices) that triggered it;
     * the plan is due {@code planDueDays} (policy value) after {@code initiatedOn}.
     */
    record PipInitiated(String contractId, String pipId, List<String> evaluationIds, List<String> noticeIds,
                        String reason, LocalDate initiatedOn, LocalDate planDueOn, int planDueDays)
            implements ContractEvent {
    }

    /** The vendor's root-cause analysis and improvement plan. */
    record PipPlanRecorded(String contractId, String pipId, String rootCause, List<String> actions,
                           List<String> milestones) implements ContractEvent {
    }

    record PipPlanOverdue(String contractId, String pipId, LocalDate planDueOn) implements ContractEvent {
    }

    record PipProgressRecorded(String contractId, String pipId, String notes) implements ContractEvent {
    }

    /** BUSINESS concluded the PIP; a FAILED one recommends termination for PIP_FAILED. */
    record PipConcluded(String contractId, String pipId, PipOutcome outcome, String evidence)
            implements ContractEvent {
    }

    record SiteLeadNamed(String contractId, String vendorId, String name, String contact) implements ContractEvent {
    }

    /** An instruction addressed to the vendor; {@code addressedToSiteLead} false is a sham-outsourcing sign. */
    record InstructionIssuedToVendor(String contractId, String instructionId, String vendorId, String addressee,
                                     boolean addressedToSiteLead, String subject, String content)
            implements ContractEvent {
    }

    record RuleViolationReportedToVendor(String contractId, String reportId, String vendorId, String addressee,
                                         boolean addressedToSiteLead, String workerId, String description)
            implements ContractEvent {
    }

    /** The contract's sham-outsourcing risk as HR re-assessed it; {@code signalId} on a confirmed signal. */
    record ShamOutsourcingRiskAssessed(String contractId, String vendorId, ShamOutsourcingRisk risk,
                                       ShamRiskOccasion occasion, String signalId, String reasons)
            implements ContractEvent {
    }
}
