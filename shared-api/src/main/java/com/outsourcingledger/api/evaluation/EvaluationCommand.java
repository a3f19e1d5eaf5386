package com.outsourcingledger.api.evaluation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything that can be asked of a periodic performance evaluation, id {@code {contractId}:{period}}. The acting
 * user, department and (for a vendor user) vendor travel as message metadata. Nothing here names a worker.
 */
public sealed interface EvaluationCommand {

    String evaluationId();

    /** The evaluation id of a contract and period, e.g. {@code c-1:2026-Q1}. */
    static String idOf(String contractId, EvaluationPeriod period) {
        return contractId + ":" + period.value();
    }

    /**
     * Sent by the evaluation process at a period's end: opens the period pre-filled with the SLA compliance lines
     * whose SLA period ends within it. {@code bonusPercent} is the contract's bonus for an A grade (null: none).
     */
    record OpenEvaluationPeriod(@TargetAggregateIdentifier String evaluationId, String contractId, String vendorId,
                                String projectId, EvaluationPeriod period, BigDecimal bonusPercent,
                                List<SlaComplianceLine> slaCompliance) implements EvaluationCommand {
    }

    /** BUSINESS scores each dimension 0–100; {@link EvaluationDimension#INNOVATION_VALUE_ADD} may be left out. */
    record ScoreEvaluation(@TargetAggregateIdentifier String evaluationId, Map<EvaluationDimension, Integer> scores,
                           String comments) implements EvaluationCommand {
    }

    record CountersignEvaluation(@TargetAggregateIdentifier String evaluationId, String notes)
            implements EvaluationCommand {
    }

    record ShareEvaluation(@TargetAggregateIdentifier String evaluationId) implements EvaluationCommand {
    }

    record ConfirmEvaluation(@TargetAggregateIdentifier String evaluationId) implements EvaluationCommand {
    }

    record DisputeEvaluation(@TargetAggregateIdentifier String evaluationId, String reasons)
            implements EvaluationCommand {
    }
}
