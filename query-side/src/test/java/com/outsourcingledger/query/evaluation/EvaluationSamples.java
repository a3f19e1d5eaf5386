package com.outsourcingledger.query.evaluation;

import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.evaluation.EvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationDimension;
import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.evaluation.EvaluationEvent.*;
import com.outsourcingledger.api.evaluation.EvaluationPolicy;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.evaluation.SlaComplianceLine;
import com.outsourcingledger.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Evaluation events of one contract and period, as the evaluation aggregate records them. */
public final class EvaluationSamples {

    private EvaluationSamples() {
    }

    public static String id(String contractId, String period) {
        return contractId + ":" + period;
    }

    public static EvaluationPeriodOpened opened(String contractId, String vendorId, String period) {
        return new EvaluationPeriodOpened(id(contractId, period), contractId, vendorId, "p-1", period,
                EvaluationCadence.QUARTERLY, LocalDate.of(2026, 4, 10), EvaluationPolicy.standard(),
                new BigDecimal("3"), List.of(new SlaComplianceLine("quality", "2026-02", new BigDecimal("90"),
                new BigDecimal("95"), SlaDirection.AT_LEAST, false, true, false, Money.cny("1500.00"))));
    }

    public static EvaluationScored scored(String evaluationId, int round, int score, Grade grade) {
        Map<EvaluationDimension, Integer> scores = Map.of(EvaluationDimension.QUALITY, score,
                EvaluationDimension.EFFICIENCY, score);
        return new EvaluationScored(evaluationId, round, scores, EvaluationPolicy.standard(), new BigDecimal(score),
                grade, "整体表现");
    }

    public static EvaluationConfirmed confirmed(String contractId, String vendorId, String period, int round, Grade grade) {
        return new EvaluationConfirmed(id(contractId, period), contractId, vendorId, period, round,
                new BigDecimal(grade == Grade.A ? "92" : grade == Grade.B ? "85" : "70"), grade,
                EvaluationPolicy.DEFAULT_VERSION, grade == Grade.A ? new BigDecimal("3") : BigDecimal.ZERO);
    }

    /** Opened, scored, countersigned, shared and confirmed in round 1. */
    public static List<EvaluationEvent> confirmedEvaluation(String contractId, String vendorId, String period, Grade grade) {
        String id = id(contractId, period);
        return List.of(opened(contractId, vendorId, period), scored(id, 1, 85, grade),
                new EvaluationCountersigned(id, 1, "复核无误"), new EvaluationShared(id, 1, LocalDate.of(2026, 4, 8)),
                confirmed(contractId, vendorId, period, 1, grade));
    }
}
