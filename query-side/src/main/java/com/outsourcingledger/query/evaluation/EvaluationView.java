package com.outsourcingledger.query.evaluation;

import com.outsourcingledger.api.evaluation.EvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.evaluation.EvaluationEvent.*;
import com.outsourcingledger.api.evaluation.EvaluationPolicy;
import com.outsourcingledger.api.evaluation.EvaluationQuery.EvaluationDetail;
import com.outsourcingledger.api.evaluation.EvaluationQuery.EvaluationStatus;
import com.outsourcingledger.api.evaluation.EvaluationQuery.RoundView;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.evaluation.SlaComplianceLine;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The evaluation detail as a pure fold over the evaluation's events: the live read model and the audit's as-of and
 * diff both go through {@link #evolve}. Who scored, countersigned, disputed and confirmed comes from the {@link Step}.
 */
@Component
public final class EvaluationView implements ViewFold<EvaluationDetail> {

    EvaluationView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.EVALUATION.aggregateType();
    }

    @Override
    public Class<EvaluationDetail> viewType() {
        return EvaluationDetail.class;
    }

    @Override
    public EvaluationDetail evolve(EvaluationDetail current, Object event, Step step) {
        return evolve(current, (EvaluationEvent) event, step);
    }

    /** {@code current} is null before the evaluation's first event. */
    public static EvaluationDetail evolve(EvaluationDetail current, EvaluationEvent event, Step step) {
        if (current == null) {
            if (event instanceof EvaluationPeriodOpened e) {
                return new EvaluationDetail(e.evaluationId(), e.contractId(), e.vendorId(), e.projectId(), e.period(),
                        e.cadence(), EvaluationStatus.OPEN, e.scoringDueOn(), false, e.policy(), e.bonusPercent(),
                        e.slaCompliance() == null ? List.of() : List.copyOf(e.slaCompliance()), List.of(), null, null,
                        null, null, false, false, step.sequence(), step.at());
            }
            throw new IllegalArgumentException("evaluation " + event.evaluationId() + " has no opened period before "
                    + event.getClass().getSimpleName());
        }
        Draft d = Draft.of(current);
        switch (event) {
            case EvaluationPeriodOpened e -> throw new IllegalArgumentException("evaluation " + e.evaluationId()
                    + " is already open");
            case EvaluationScored e -> {
                d.rounds.removeIf(r -> r.round() == e.round());
                d.rounds.add(new RoundView(e.round(), e.scores(), e.overall(), e.grade(),
                        e.policy() == null ? null : e.policy().version(), e.comments(), step.user(), step.at(), null,
                        null, null, null, null, null, null));
                d.status = EvaluationStatus.SCORED;
            }
            case EvaluationScoringOverdue e -> {
                d.scoringOverdue = true;
                d.scoringDueOn = e.scoringDueOn();
            }
            case EvaluationCountersigned e -> {
                round(d, e.round(), r -> new RoundView(r.round(), r.scores(), r.overall(), r.grade(), r.policyVersion(),
                        r.comments(), r.scoredBy(), r.scoredAt(), step.user(), step.at(), e.notes(), r.sharedOn(),
                        r.disputedBy(), r.disputeReasons(), r.confirmedBy()));
                d.status = EvaluationStatus.COUNTERSIGNED;
            }
            case EvaluationShared e -> {
                round(d, e.round(), r -> new RoundView(r.round(), r.scores(), r.overall(), r.grade(), r.policyVersion(),
                        r.comments(), r.scoredBy(), r.scoredAt(), r.countersignedBy(), r.countersignedAt(),
                        r.countersignNotes(), e.sharedOn(), r.disputedBy(), r.disputeReasons(), r.confirmedBy()));
                d.status = EvaluationStatus.SHARED;
            }
            case EvaluationDisputed e -> {
                round(d, e.round(), r -> new RoundView(r.round(), r.scores(), r.overall(), r.grade(), r.policyVersion(),
                        r.comments(), r.scoredBy(), r.scoredAt(), r.countersignedBy(), r.countersignedAt(),
                        r.countersignNotes(), r.sharedOn(), step.user(), e.reasons(), r.confirmedBy()));
                d.status = EvaluationStatus.DISPUTED;
            }
            case EvaluationConfirmed e -> {
                round(d, e.round(), r -> new RoundView(r.round(), r.scores(), r.overall(), r.grade(), r.policyVersion(),
                        r.comments(), r.scoredBy(), r.scoredAt(), r.countersignedBy(), r.countersignedAt(),
                        r.countersignNotes(), r.sharedOn(), r.disputedBy(), r.disputeReasons(), step.user()));
                d.status = EvaluationStatus.CONFIRMED;
                d.overall = e.overall();
                d.grade = e.grade();
                d.policyVersion = e.policyVersion();
                d.adjustmentPercent = e.adjustmentPercent();
            }
            case PerformanceBelowStandard e -> d.belowStandard = true;
            case BonusEligibilityRecorded e -> {
                d.bonusEligible = true;
                d.bonusPercent = e.bonusPercent();
            }
        }
        d.sequence = step.sequence();
        d.lastChangedAt = step.at();
        return d.freeze();
    }

    private static void round(Draft d, int round, UnaryOperator<RoundView> change) {
        d.rounds.replaceAll(r -> r.round() == round ? change.apply(r) : r);
    }

    /** A mutable working copy of an {@link EvaluationDetail}, local to one step of the fold. */
    private static final class Draft {

        String evaluationId, contractId, vendorId, projectId, period, policyVersion;
        EvaluationCadence cadence;
        EvaluationStatus status;
        LocalDate scoringDueOn;
        boolean scoringOverdue, belowStandard, bonusEligible;
        EvaluationPolicy policy;
        BigDecimal bonusPercent, overall, adjustmentPercent;
        List<SlaComplianceLine> slaCompliance;
        List<RoundView> rounds;
        Grade grade;
        long sequence;
        Instant lastChangedAt;

        static Draft of(EvaluationDetail e) {
            Draft x = new Draft();
            x.evaluationId = e.evaluationId();
            x.contractId = e.contractId();
            x.vendorId = e.vendorId();
            x.projectId = e.projectId();
            x.period = e.period();
            x.cadence = e.cadence();
            x.status = e.status();
            x.scoringDueOn = e.scoringDueOn();
            x.scoringOverdue = e.scoringOverdue();
            x.policy = e.policy();
            x.bonusPercent = e.bonusPercent();
            x.slaCompliance = e.slaCompliance();
            x.rounds = new ArrayList<>(e.rounds());
            x.overall = e.overall();
            x.grade = e.grade();
            x.policyVersion = e.policyVersion();
            x.adjustmentPercent = e.adjustmentPercent();
            x.belowStandard = e.belowStandard();
            x.bonusEligible = e.bonusEligible();
            x.sequence = e.sequence();
            x.lastChangedAt = e.lastChangedAt();
            return x;
        }

        EvaluationDetail freeze() {
            return new EvaluationDetail(evaluationId, contractId, vendorId, projectId, period, cadence, status,
                    scoringDueOn, scoringOverdue, policy, bonusPercent, slaCompliance, List.copyOf(rounds), overall,
                    grade, policyVersion, adjustmentPercent, belowStandard, bonusEligible, sequence, lastChangedAt);
        }
    }
}
