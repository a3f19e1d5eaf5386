package com.outsourcingledger.api.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What happened to a periodic performance evaluation (定期绩效评估) of one contract and period. It rates the
 * service of the contract as a whole: nothing in it names a worker. Stored type names are forever: evolve with
 * {@code @Revision} and upcasters or {@code @AddedLater}, never by moving or renaming a record.
 */
public sealed interface EvaluationEvent {

    String evaluationId();

    /**
     * The period ended: its evaluation opens pre-filled with the period's SLA compliance. {@code bonusPercent} is
     * the contract's bonus for an A grade, {@code scoringDueOn} the period end plus the policy's scoring days.
     */
    record EvaluationPeriodOpened(String evaluationId, String contractId, String vendorId, String projectId,
                                  String period, EvaluationCadence cadence, LocalDate scoringDueOn,
                                  EvaluationPolicy policy, BigDecimal bonusPercent,
                                  List<SlaComplianceLine> slaCompliance) implements EvaluationEvent {
    }

    /** BUSINESS's scores (a re-score after a dispute is the next {@code round}); overall = weighted mean. */
    record EvaluationScored(String evaluationId, int round, Map<EvaluationDimension, Integer> scores,
                                       EvaluationPolicy policy, BigDecimal overall, Grade grade, String comments)
            implements EvaluationEvent {
    }

    /** Scoring was due and no score was recorded. */
    record EvaluationScoringOverdue(String evaluationId, LocalDate scoringDueOn) implements EvaluationEvent {
    }

    /** HR countersigned the score (never the scorer). */
    record EvaluationCountersigned(String evaluationId, int round, String notes) implements EvaluationEvent {
    }

    record EvaluationShared(String evaluationId, int round, LocalDate sharedOn)
            implements EvaluationEvent {
    }

    /** The vendor disputed the shared result; it goes back to BUSINESS for a re-score. */
    record EvaluationDisputed(String evaluationId, int round, String reasons)
            implements EvaluationEvent {
    }

    /**
     * The vendor confirmed the result: only a confirmed evaluation counts (settlement, renewal, PIP).
     * {@code adjustmentPercent} is what the settlements of the period add (+) or deduct (−) for the grade: the
     * contract's A-grade bonus for an A, zero for every other grade (a C or D is answered by a rectification notice).
     */
    record EvaluationConfirmed(String evaluationId, String contractId, String vendorId, String period,
                                          int round, BigDecimal overall, Grade grade, String policyVersion,
                                          BigDecimal adjustmentPercent) implements EvaluationEvent {
    }

    /** A confirmed C or D: the contract owes a rectification notice (trigger EVALUATION). */
    record PerformanceBelowStandard(String evaluationId, String contractId, String vendorId, String period,
                                    Grade grade) implements EvaluationEvent {
    }

    /** A confirmed A: the vendor is eligible for the contract's bonus for the period. */
    record BonusEligibilityRecorded(String evaluationId, String contractId, String vendorId, String period,
                                    BigDecimal bonusPercent) implements EvaluationEvent {
    }
}
