package com.outsourcingledger.api.evaluation;

import java.util.Map;

/**
 * The evaluation policy in force, recorded whole in the events that applied it (DOMAIN §16), like the sourcing's
 * scoring policy: dimension weights in percent, the lowest overall score of grades A, B and C (below C is D), and
 * the days after a period's end within which it must be scored. Not validated here (old events must load).
 */
public record EvaluationPolicy(String version, Map<EvaluationDimension, Integer> weights, int gradeA, int gradeB,
                               int gradeC, int scoringDueDays) {

    public static final String DEFAULT_VERSION = "2026-standard";

    /** DOMAIN §9: A ≥ 90, B ≥ 80, C ≥ 60, D below; scoring due 10 days after the period ends. */
    public static EvaluationPolicy standard() {
        return new EvaluationPolicy(DEFAULT_VERSION, Map.of(
                EvaluationDimension.EFFICIENCY, 20,
                EvaluationDimension.QUALITY, 25,
                EvaluationDimension.CUSTOMER_SATISFACTION, 20,
                EvaluationDimension.RESPONSE_SPEED, 15,
                EvaluationDimension.PERSONNEL_STABILITY, 10,
                EvaluationDimension.COMPLIANCE, 10,
                EvaluationDimension.INNOVATION_VALUE_ADD, 5), 90, 80, 60, 10);
    }

    public int weightOf(EvaluationDimension dimension) {
        Integer weight = weights == null ? null : weights.get(dimension);
        return weight == null ? 0 : weight;
    }

    public Grade gradeOf(double overall) {
        return overall >= gradeA ? Grade.A : overall >= gradeB ? Grade.B : overall >= gradeC ? Grade.C : Grade.D;
    }
}
