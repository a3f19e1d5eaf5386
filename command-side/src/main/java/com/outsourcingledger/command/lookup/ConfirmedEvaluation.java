package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.evaluation.EvaluationPeriod;

import java.math.BigDecimal;

/** An evaluation the vendor confirmed: its contract, period and the settlement adjustment of its grade. */
public record ConfirmedEvaluation(String evaluationId, String contractId, EvaluationPeriod period,
                                  BigDecimal adjustmentPercent) {
}
