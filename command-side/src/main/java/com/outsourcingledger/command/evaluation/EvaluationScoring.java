package com.outsourcingledger.command.evaluation;

import com.outsourcingledger.api.evaluation.EvaluationDimension;
import com.outsourcingledger.api.evaluation.EvaluationPolicy;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.refusal.EvaluationRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The scores of one round, checked, and what they come to: the overall score is the mean of the scored dimensions
 * weighted by the policy (scale 2, HALF_UP), the grade the policy's band it falls in.
 */
record EvaluationScoring(Map<EvaluationDimension, Integer> scores, BigDecimal overall, Grade grade) {

    static final Set<EvaluationDimension> OPTIONAL = EnumSet.of(EvaluationDimension.INNOVATION_VALUE_ADD);
    static final int LOWEST = 0;
    static final int HIGHEST = 100;

    static EvaluationScoring of(EvaluationPolicy policy, Map<EvaluationDimension, Integer> given) {
        Map<EvaluationDimension, Integer> scores = new EnumMap<>(EvaluationDimension.class);
        if (given != null) {
            given.forEach((dimension, score) -> {
                if (dimension != null) {
                    scores.put(dimension, score);
                }
            });
        }
        Set<EvaluationDimension> missing = EnumSet.complementOf(EnumSet.copyOf(OPTIONAL));
        missing.removeAll(scores.keySet());
        if (!missing.isEmpty()) {
            throw Refusal.unprocessable(EvaluationRuleCodes.SCORING_DIMENSION_MISSING,
                    "An evaluation scores every required dimension; missing: " + missing);
        }
        scores.forEach((dimension, score) -> {
            if (score == null || score < LOWEST || score > HIGHEST) {
                throw Refusal.unprocessable(EvaluationRuleCodes.SCORING_SCORE_OUT_OF_RANGE,
                        "A dimension is scored " + LOWEST + " to " + HIGHEST + "; " + dimension + " is " + score);
            }
        });
        BigDecimal overall = weightedMean(policy, scores);
        return new EvaluationScoring(Map.copyOf(scores), overall, policy.gradeOf(overall.doubleValue()));
    }

    /** A policy that weighs none of the scored dimensions counts each alike. */
    private static BigDecimal weightedMean(EvaluationPolicy policy, Map<EvaluationDimension, Integer> scores) {
        long weights = scores.keySet().stream().mapToLong(policy::weightOf).sum();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<EvaluationDimension, Integer> score : scores.entrySet()) {
            long weight = weights == 0 ? 1 : policy.weightOf(score.getKey());
            sum = sum.add(BigDecimal.valueOf(weight * score.getValue()));
        }
        long divisor = weights == 0 ? scores.size() : weights;
        return sum.divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP);
    }
}
