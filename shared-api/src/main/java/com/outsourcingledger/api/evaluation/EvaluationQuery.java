package com.outsourcingledger.api.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Questions the evaluation read models answer, and their answers. */
public sealed interface EvaluationQuery {

    record FindEvaluation(String evaluationId) implements EvaluationQuery {
    }

    /** A contract's evaluations, oldest period first: its evaluation history, as the renewal review reads it. */
    record FindContractEvaluations(String contractId) implements EvaluationQuery {
    }

    /** Every evaluation of the vendor's contracts, oldest period first. */
    record FindVendorEvaluations(String vendorId) implements EvaluationQuery {
    }

    /** The vendor scorecard: confirmed grades over time, open rectification notices and PIPs. */
    record FindVendorScorecard(String vendorId) implements EvaluationQuery {
    }

    /** Where an evaluation stands (DOMAIN §9); a dispute goes back to BUSINESS for the next round. */
    enum EvaluationStatus {
        OPEN, SCORED, COUNTERSIGNED, SHARED, DISPUTED, CONFIRMED
    }

    /** One round of scoring: who scored and countersigned it, and how the vendor answered. */
    record RoundView(int round, Map<EvaluationDimension, Integer> scores, BigDecimal overall, Grade grade,
                     String policyVersion, String comments, String scoredBy, Instant scoredAt, String countersignedBy,
                     Instant countersignedAt, String countersignNotes, LocalDate sharedOn, String disputedBy,
                     String disputeReasons, String confirmedBy) {
    }

    /**
     * {@code scoringOverdue}: scoring was due and missed, a fact on record that stays after the late score;
     * {@code adjustmentPercent} and {@code bonusPercent} are set once the evaluation is confirmed.
     */
    record EvaluationDetail(String evaluationId, String contractId, String vendorId, String projectId, String period,
                            EvaluationCadence cadence, EvaluationStatus status, LocalDate scoringDueOn,
                            boolean scoringOverdue, EvaluationPolicy policy, BigDecimal bonusPercent,
                            List<SlaComplianceLine> slaCompliance, List<RoundView> rounds, BigDecimal overall,
                            Grade grade, String policyVersion, BigDecimal adjustmentPercent, boolean belowStandard,
                            boolean bonusEligible, long sequence, Instant lastChangedAt) {
    }

    record EvaluationSummary(String evaluationId, String contractId, String vendorId, String period,
                             EvaluationStatus status, LocalDate scoringDueOn, boolean scoringOverdue,
                             BigDecimal overall, Grade grade, Instant lastChangedAt) {
    }

    record EvaluationList(List<EvaluationSummary> items) {
    }

    /** One confirmed evaluation on the scorecard. */
    record GradeView(String evaluationId, String contractId, String period, LocalDate periodStart, Grade grade,
                     BigDecimal overall, String policyVersion) {
    }

    /** An open rectification notice of one of the vendor's contracts. */
    record OpenNoticeView(String contractId, String noticeId, String status, LocalDate issuedOn, LocalDate dueOn) {
    }

    /** An open performance improvement plan of one of the vendor's contracts. */
    record OpenPipView(String contractId, String pipId, LocalDate initiatedOn, LocalDate planDueOn,
                       boolean planRecorded, boolean planOverdue) {
    }

    /** {@code grades}: confirmed evaluations by period (oldest first), then by contract. */
    record VendorScorecard(String vendorId, List<GradeView> grades, List<OpenNoticeView> openNotices,
                           List<OpenPipView> openPips) {
    }
}
