package com.outsourcingledger.api.contract;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.project.ProjectScope;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything that can be asked of a contract. The acting user and department travel as message metadata. */
public sealed interface ContractCommand {

    String contractId();

    /** {@code projectId} is null for a contract drafted on its own, outside a sourcing project. */
    record DraftContract(@TargetAggregateIdentifier String contractId, String projectId, String vendorId,
                         String title, Term term, ContractContent content) implements ContractCommand {
    }

    /**
     * Sent by the contracting process when a sourcing is awarded: a draft holding what the award knows (the
     * project's scope, period and budget), which BUSINESS completes by revision before co-review.
     */
    record DraftContractFromAward(@TargetAggregateIdentifier String contractId, String projectId, String sourcingId,
                                  String vendorId, ProjectScope scope) implements ContractCommand {
    }

    record ReviseContractDraft(@TargetAggregateIdentifier String contractId, String title, Term term,
                               ContractContent content) implements ContractCommand {
    }

    record DefineSla(@TargetAggregateIdentifier String contractId, SlaMetric metric) implements ContractCommand {
    }

    record RemoveSla(@TargetAggregateIdentifier String contractId, String metricId) implements ContractCommand {
    }

    record RecordNda(@TargetAggregateIdentifier String contractId, String ndaReference, LocalDate signedOn)
            implements ContractCommand {
    }

    record SubmitContractForCoReview(@TargetAggregateIdentifier String contractId) implements ContractCommand {
    }

    /** The reviewing department is the acting user's; a REJECT states its reasons. */
    record RecordCoReviewOpinion(@TargetAggregateIdentifier String contractId, ReviewOpinion opinion,
                                 String comments) implements ContractCommand {
    }

    record SignContract(@TargetAggregateIdentifier String contractId) implements ContractCommand {
    }

    record RecordSlaMeasurement(@TargetAggregateIdentifier String contractId, String metricId, SlaPeriod period,
                                BigDecimal value) implements ContractCommand {
    }

    record CorrectSlaMeasurement(@TargetAggregateIdentifier String contractId, String metricId, SlaPeriod period,
                                 BigDecimal value, String reason) implements ContractCommand {
    }

    record RecordSlaReview(@TargetAggregateIdentifier String contractId, String notes) implements ContractCommand {
    }

    /**
     * {@code metricId} is null for a notice about something other than one SLA metric; {@code trigger} is MANUAL
     * when not stated (EVALUATION and SLA_BREACH notices are the contract's own, never issued by hand). A
     * {@code serious} breach's notice cites evidence, every reference of it signed off by LEGAL.
     */
    record IssueRectificationNotice(@TargetAggregateIdentifier String contractId, String noticeId, String metricId,
                                    String reason, LocalDate dueOn, RectificationTrigger trigger, boolean serious,
                                    List<String> evidenceRefs)
            implements ContractCommand {
    }

    /**
     * Sent by the evaluation consequence process for a confirmed below-standard evaluation: {@code period} as in
     * {@code EvaluationPeriod}, {@code grade} its name (C or D); plain strings, so the contract's API does not
     * depend on the evaluation's, which depends on it.
     */
    record IssueEvaluationRectificationNotice(@TargetAggregateIdentifier String contractId, String evaluationId,
                                              String period, String grade) implements ContractCommand {
    }

    record RecordRectificationPlan(@TargetAggregateIdentifier String contractId, String noticeId, String plan)
            implements ContractCommand {
    }

    record ConcludeRectification(@TargetAggregateIdentifier String contractId, String noticeId,
                                 RectificationOutcome outcome, String notes) implements ContractCommand {
    }

    /**
     * {@code content} replaces the contract content when given; null amends the wording only. {@code slas}, when
     * given, replaces the contract's SLA metrics as a whole: after signing, SLAs change only by amendment.
     */
    record ProposeAmendment(@TargetAggregateIdentifier String contractId, String amendmentId,
                            String changeDescription, ContractContent content, List<SlaMetric> slas)
            implements ContractCommand {
    }

    /** The approving department (LEGAL or FINANCE) is the acting user's. */
    record RecordAmendmentApproval(@TargetAggregateIdentifier String contractId, String amendmentId,
                                   ReviewOpinion opinion, String comments) implements ContractCommand {
    }

    record SuspendContract(@TargetAggregateIdentifier String contractId, String reason) implements ContractCommand {
    }

    record ResumeContract(@TargetAggregateIdentifier String contractId, String reason) implements ContractCommand {
    }

    /** {@code newTerm} is required for RENEW and must start the day after the current term ends. */
    record DecideRenewal(@TargetAggregateIdentifier String contractId, RenewalDecision decision, Term newTerm,
                         String reason) implements ContractCommand {
    }

    record SignOffTermination(@TargetAggregateIdentifier String contractId, List<String> evidenceRefs,
                              String notes) implements ContractCommand {
    }

    /** {@code forceMajeureSince}: when the force majeure began, for a termination for FORCE_MAJEURE only. */
    record TerminateContract(@TargetAggregateIdentifier String contractId, TerminationReason reason,
                             String explanation, List<String> evidenceRefs, LocalDate lastServiceDay,
                             LocalDate forceMajeureSince)
            implements ContractCommand {
    }

    record RecordKnowledgeTransfer(@TargetAggregateIdentifier String contractId, String notes)
            implements ContractCommand {
    }

    record RecordAssetsRecovered(@TargetAggregateIdentifier String contractId, String notes)
            implements ContractCommand {
    }

    record RecordWorkerAccessRevoked(@TargetAggregateIdentifier String contractId, LocalDate revokedOn,
                                     String notes) implements ContractCommand {
    }

    /** Sent by the settlement process once the final settlement {@code settlementId} is paid. */
    record RecordFinalSettlement(@TargetAggregateIdentifier String contractId, Money amount, String reference,
                                 String settlementId) implements ContractCommand {
    }

    /** Sent by the settlement process for an approved settlement: counts its amount and penalties once. */
    record ReserveSettlementAmount(@TargetAggregateIdentifier String contractId, String settlementId, Money amount,
                                   List<PenaltyDeduction> penalties) implements ContractCommand {
    }

    /** Sent by the vendor sanction process when the contract's vendor is suspended. */
    record FlagContractForVendorSuspension(@TargetAggregateIdentifier String contractId, String vendorId,
                                           String reason) implements ContractCommand {
    }

    /** Sent by the vendor sanction process when the contract's vendor is reinstated. */
    record ClearContractFlag(@TargetAggregateIdentifier String contractId, String vendorId, String reason)
            implements ContractCommand {
    }

    /** Sent by the vendor sanction process when the contract's vendor is eliminated or blacklisted. */
    record SanctionContractForVendor(@TargetAggregateIdentifier String contractId, String vendorId,
                                     String sanction, String reason) implements ContractCommand {
    }

    /** The vendor's (or BUSINESS on its behalf) root-cause analysis and improvement plan for an open PIP. */
    record RecordPipPlan(@TargetAggregateIdentifier String contractId, String pipId, String rootCause,
                         List<String> actions, List<String> milestones) implements ContractCommand {
    }

    record RecordPipProgress(@TargetAggregateIdentifier String contractId, String pipId, String notes)
            implements ContractCommand {
    }

    record ConcludePip(@TargetAggregateIdentifier String contractId, String pipId, PipOutcome outcome,
                       String evidence) implements ContractCommand {
    }

    /** Gives up a draft that has not been signed; the reason stays on record. */
    record WithdrawContractDraft(@TargetAggregateIdentifier String contractId, String reason)
            implements ContractCommand {
    }

    /** BUSINESS, when the contract starts (SIGNED or ACTIVE): the vendor's site lead every instruction goes to. */
    record NameSiteLead(@TargetAggregateIdentifier String contractId, String name, String contact)
            implements ContractCommand {
    }

    /**
     * BUSINESS: an instruction about the work, addressed to the vendor ({@code addressee} is whom it was given to).
     * One not addressed to the named site lead is recorded all the same, and raises a sham-outsourcing signal.
     */
    record IssueInstructionToVendor(@TargetAggregateIdentifier String contractId, String instructionId,
                                    String addressee, String subject, String content) implements ContractCommand {
    }

    /** BUSINESS: a worker's breach of site rules, reported to the vendor for its own handling (never sanctioned
     * by the client); {@code workerId} may be null. Not addressed to the site lead, it raises a signal. */
    record ReportRuleViolationToVendor(@TargetAggregateIdentifier String contractId, String reportId,
                                       String addressee, String workerId, String description)
            implements ContractCommand {
    }

    /**
     * HR re-assesses the contract's sham-outsourcing risk: at renewal ({@code occasion} RENEWAL), on a confirmed
     * signal (SIGNAL_CONFIRMED, naming it; sent by the signal's process) or ad hoc.
     */
    record AssessShamOutsourcingRisk(@TargetAggregateIdentifier String contractId, ShamOutsourcingRisk risk,
                                     ShamRiskOccasion occasion, String signalId, String reasons)
            implements ContractCommand {
    }

    /** Sent by the sham-signal process when HR confirmed a signal with the response TERMINATION. */
    record RecommendTerminationForRiskAvoidance(@TargetAggregateIdentifier String contractId, String signalId,
                                                String explanation) implements ContractCommand {
    }

    /**
     * Sent by the risk process when the owner of a risk registered on this contract plans (or, at a review, keeps
     * or changes to) the response AVOID: termination recommended for RISK_AVOIDANCE, naming the risk.
     */
    record RecommendTerminationForAvoidedRisk(@TargetAggregateIdentifier String contractId, String riskId,
                                              String explanation) implements ContractCommand {
    }
}
