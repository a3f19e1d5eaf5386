package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.evaluation.EvaluationEvent.*;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityRow;

import java.util.HashSet;
import java.util.Set;

/**
 * What an evaluation event changes on the dashboard: its status and the work it waits for, BUSINESS to score
 * (and to re-score a disputed one), HR to countersign, BUSINESS to share, and whether scoring is overdue.
 */
final class EvaluationChanges {

    static final String SCORING = "EVALUATION_SCORING";
    static final String OVERDUE = "EVALUATION_OVERDUE";
    static final String COUNTERSIGN = "EVALUATION_COUNTERSIGN";
    static final String SHARING = "EVALUATION_SHARING";
    private static final String TO_SCORE = SCORING + ":" + Department.BUSINESS.name();
    private static final String OVERDUE_SCORING = OVERDUE + ":" + Department.BUSINESS.name();
    private static final String TO_COUNTERSIGN = COUNTERSIGN + ":" + Department.HR.name();
    private static final String TO_SHARE = SHARING + ":" + Department.BUSINESS.name();

    private EvaluationChanges() {
    }

    /** {@code evaluation} is null before its period opens; {@code name} holds the contract id. */
    static EntityRow apply(EntityRow evaluation, EvaluationEvent event, long sequence) {
        if (evaluation == null) {
            return event instanceof EvaluationPeriodOpened e
                    ? EntityRow.created(DashboardRows.EVALUATION, e.evaluationId(), e.contractId(), e.vendorId(),
                    "OPEN", e.scoringDueOn(), null, sequence).awaiting(Set.of(TO_SCORE))
                    : null;
        }
        return switch (event) {
            case EvaluationPeriodOpened e -> evaluation;
            case EvaluationScoringOverdue e -> evaluation.awaiting().contains(TO_SCORE)
                    ? evaluation.awaiting(plus(evaluation.awaiting(), OVERDUE_SCORING)) : evaluation;
            case EvaluationScored e -> evaluation.status("SCORED").awaiting(Set.of(TO_COUNTERSIGN));
            case EvaluationCountersigned e -> evaluation.status("COUNTERSIGNED").awaiting(Set.of(TO_SHARE));
            case EvaluationShared e -> evaluation.status("SHARED").awaiting(Set.of());
            case EvaluationDisputed e -> evaluation.status("DISPUTED").awaiting(Set.of(TO_SCORE));
            case EvaluationConfirmed e -> evaluation.status("CONFIRMED").awaiting(Set.of());
            case PerformanceBelowStandard e -> evaluation;
            case BonusEligibilityRecorded e -> evaluation;
        };
    }

    private static Set<String> plus(Set<String> items, String item) {
        Set<String> more = new HashSet<>(items);
        more.add(item);
        return more;
    }
}
