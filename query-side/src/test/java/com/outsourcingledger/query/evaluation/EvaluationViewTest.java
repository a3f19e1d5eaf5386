package com.outsourcingledger.query.evaluation;

import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.evaluation.EvaluationEvent.*;
import com.outsourcingledger.api.evaluation.EvaluationQuery.EvaluationDetail;
import com.outsourcingledger.api.evaluation.EvaluationQuery.EvaluationStatus;
import com.outsourcingledger.api.evaluation.EvaluationQuery.RoundView;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.outsourcingledger.query.evaluation.EvaluationSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class EvaluationViewTest {

    private static final Instant T0 = Instant.parse("2026-04-02T02:00:00Z");
    private static final String ID = id("c-1", "2026-Q1");

    private static EvaluationDetail fold(List<String> users, EvaluationEvent... events) {
        EvaluationDetail detail = null;
        for (int i = 0; i < events.length; i++) {
            detail = EvaluationView.evolve(detail, events[i], new Step(T0.plusSeconds(i), users.get(i), i));
        }
        return detail;
    }

    @Test
    void opensPreFilledWithTheSlaComplianceOfThePeriod() {
        EvaluationDetail detail = fold(List.of("system"), opened("c-1", "v-1", "2026-Q1"));

        assertThat(detail.status()).isEqualTo(EvaluationStatus.OPEN);
        assertThat(detail.scoringDueOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(detail.slaCompliance()).extracting(l -> l.metricId(), l -> l.breached()).containsExactly(tuple("quality", true));
        assertThat(detail.policy().version()).isEqualTo("2026-standard");
        assertThat(detail.rounds()).isEmpty();
    }

    @Test
    void recordsWhoScoredCountersignedAndConfirmedAndTheConfirmedGrade() {
        EvaluationDetail detail = fold(List.of("system", "business", "hr", "hr", "vendor-user"),
                confirmedEvaluation("c-1", "v-1", "2026-Q1", Grade.B).toArray(EvaluationEvent[]::new));

        assertThat(detail.status()).isEqualTo(EvaluationStatus.CONFIRMED);
        assertThat(detail.grade()).isEqualTo(Grade.B);
        assertThat(detail.overall()).isEqualByComparingTo("85");
        assertThat(detail.policyVersion()).isEqualTo("2026-standard");
        assertThat(detail.rounds()).extracting(RoundView::round, RoundView::scoredBy, RoundView::countersignedBy,
                RoundView::confirmedBy, RoundView::policyVersion).containsExactly(tuple(1, "business", "hr",
                "vendor-user", "2026-standard"));
        assertThat(detail.sequence()).isEqualTo(4);
    }

    @Test
    void aDisputeGoesBackForARescoreInTheNextRound() {
        EvaluationDetail detail = fold(List.of("system", "system", "business", "hr", "hr", "vendor-user", "business"),
                opened("c-1", "v-1", "2026-Q1"), new EvaluationScoringOverdue(ID, LocalDate.of(2026, 4, 10)),
                scored(ID, 1, 70, Grade.C), new EvaluationCountersigned(ID, 1, null),
                new EvaluationShared(ID, 1, LocalDate.of(2026, 4, 12)), new EvaluationDisputed(ID, 1, "数据有误"),
                scored(ID, 2, 82, Grade.B));

        assertThat(detail.status()).isEqualTo(EvaluationStatus.SCORED);
        assertThat(detail.scoringOverdue()).isTrue();
        assertThat(detail.rounds()).extracting(RoundView::round, RoundView::grade, RoundView::disputedBy,
                RoundView::disputeReasons).containsExactly(tuple(1, Grade.C, "vendor-user", "数据有误"),
                tuple(2, Grade.B, null, null));
        assertThat(detail.grade()).isNull();
    }

    @Test
    void marksBelowStandardAndBonusEligibility() {
        EvaluationDetail below = fold(List.of("system", "vendor-user", "system"), opened("c-1", "v-1", "2026-Q1"),
                confirmed("c-1", "v-1", "2026-Q1", 1, Grade.D),
                new PerformanceBelowStandard(ID, "c-1", "v-1", "2026-Q1", Grade.D));
        EvaluationDetail bonus = fold(List.of("system", "vendor-user", "system"), opened("c-1", "v-1", "2026-Q1"),
                confirmed("c-1", "v-1", "2026-Q1", 1, Grade.A),
                new BonusEligibilityRecorded(ID, "c-1", "v-1", "2026-Q1", new BigDecimal("5")));

        assertThat(below.belowStandard()).isTrue();
        assertThat(below.bonusEligible()).isFalse();
        assertThat(bonus.bonusEligible()).isTrue();
        assertThat(bonus.bonusPercent()).isEqualByComparingTo("5");
        assertThat(bonus.adjustmentPercent()).isEqualByComparingTo("3");
    }

    @Test
    void refusesAnEventBeforeThePeriodOpened() {
        assertThatThrownBy(() -> fold(List.of("business"), scored(ID, 1, 80, Grade.B)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ID);
    }
}
