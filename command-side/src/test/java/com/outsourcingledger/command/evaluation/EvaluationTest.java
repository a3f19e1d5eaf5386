package com.outsourcingledger.command.evaluation;

import com.outsourcingledger.api.evaluation.EvaluationCommand.*;
import com.outsourcingledger.api.evaluation.EvaluationDimension;
import com.outsourcingledger.api.evaluation.EvaluationEvent.*;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.api.evaluation.EvaluationDimension.*;
import static com.outsourcingledger.command.evaluation.EvaluationSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class EvaluationTest {

    private AggregateTestFixture<Evaluation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Evaluation.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
        fixture.registerInjectableResource(POLICY);
    }

    private TestExecutor<Evaluation> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(events);
    }

    private static ResultValidator<Evaluation> when(TestExecutor<Evaluation> executor, Object command,
                                                    Map<String, ?> metadata) {
        return executor.when(command, MetaData.from(metadata));
    }

    @Nested
    class Opening {

        @Test
        void opensThePeriodWithItsSlaComplianceAndScoringDueTenDaysAfterItsEnd() {
            fixture.givenNoPriorActivity()
                    .when(open())
                    .expectEvents(opened())
                    .expectScheduledDeadlineWithName(Instant.parse("2026-04-10T16:00:00Z"),
                            EvaluationDeadlines.SCORING_DUE);
        }

        @Test
        void recordsNoBonusAsZero() {
            OpenEvaluationPeriod noBonus = new OpenEvaluationPeriod(EVALUATION_ID, CONTRACT_ID, VENDOR_ID, PROJECT_ID,
                    PERIOD, null, null);
            fixture.givenNoPriorActivity()
                    .when(noBonus)
                    .expectEvents(new EvaluationPeriodOpened(EVALUATION_ID, CONTRACT_ID, VENDOR_ID, PROJECT_ID,
                            "2026-Q1", PERIOD.cadence(), DUE_ON, POLICY, BigDecimal.ZERO, List.of()));
        }

        @Test
        void refusesASecondOpeningOfTheSamePeriod() {
            given(opened())
                    .when(open())
                    .expectNoEvents()
                    .expectException(breaks("evaluation.open.already-open", 409));
        }

        @Test
        void refusesAnIdThatIsNotTheContractAndPeriod() {
            fixture.givenNoPriorActivity()
                    .when(new OpenEvaluationPeriod("contract-1:2026-Q2", CONTRACT_ID, VENDOR_ID, PROJECT_ID, PERIOD,
                            BONUS, lines()))
                    .expectNoEvents()
                    .expectException(breaks("evaluation.open.incomplete", 422));
        }

        @Test
        void flagsScoringOverdueWhenNoScoreArrivedByTheDueDate() {
            fixture.givenCurrentTime(NOW).andGivenCommands(open())
                    .whenTimeElapses(java.time.Duration.ofDays(11))
                    .expectEvents(new EvaluationScoringOverdue(EVALUATION_ID, DUE_ON));
        }

        @Test
        void flagsNothingWhenScoredInTime() {
            fixture.givenCurrentTime(NOW).andGivenCommands(open()).andGiven(scored(1, flat(85), "85.00", Grade.B))
                    .whenTimeElapses(java.time.Duration.ofDays(11))
                    .expectNoEvents();
        }
    }

    @Nested
    class Scoring {

        @Test
        void scoresTheWeightedMeanOfTheRequiredDimensionsAndGradesIt() {
            when(given(opened()), new ScoreEvaluation(EVALUATION_ID, gradeAScores(), "按季度评估"), BUSINESS)
                    .expectEvents(new EvaluationScored(EVALUATION_ID, 1, Map.copyOf(gradeAScores()), POLICY,
                            new BigDecimal("91.15"), Grade.A, "按季度评估"));
        }

        @Test
        void weighsTheOptionalDimensionInWhenScoredAndRoundsHalfUp() {
            Map<EvaluationDimension, Integer> scores = new HashMap<>(gradeAScores());
            scores.put(INNOVATION_VALUE_ADD, 60);
            // (9115 + 5·60) / 105 = 89.666…
            when(given(opened()), new ScoreEvaluation(EVALUATION_ID, scores, null), BUSINESS)
                    .expectEvents(new EvaluationScored(EVALUATION_ID, 1, Map.copyOf(scores), POLICY,
                            new BigDecimal("89.67"), Grade.B, null));
        }

        @Test
        void gradesByThePolicyBands() {
            when(given(opened()), new ScoreEvaluation(EVALUATION_ID, flat(60), null), BUSINESS)
                    .expectEvents(new EvaluationScored(EVALUATION_ID, 1, Map.copyOf(flat(60)), POLICY,
                            new BigDecimal("60.00"), Grade.C, null));
        }

        @Test
        void rescoresADisputedEvaluationAsTheNextRound() {
            Object[] disputed = append(shared(Grade.C, "70.00"), new EvaluationDisputed(EVALUATION_ID, 1, "数据有误"));
            when(given(disputed), new ScoreEvaluation(EVALUATION_ID, flat(59), null), BUSINESS)
                    .expectEvents(new EvaluationScored(EVALUATION_ID, 2, Map.copyOf(flat(59)), POLICY,
                            new BigDecimal("59.00"), Grade.D, null));
        }

        @Test
        void refusesAMissingRequiredDimension() {
            Map<EvaluationDimension, Integer> scores = new HashMap<>(gradeAScores());
            scores.remove(COMPLIANCE);
            when(given(opened()), new ScoreEvaluation(EVALUATION_ID, scores, null), BUSINESS)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.scoring.dimension-missing", 422));
        }

        @Test
        void refusesAScoreAbove100() {
            Map<EvaluationDimension, Integer> scores = new HashMap<>(gradeAScores());
            scores.put(QUALITY, 101);
            when(given(opened()), new ScoreEvaluation(EVALUATION_ID, scores, null), BUSINESS)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.scoring.score-out-of-range", 422));
        }

        @Test
        void refusesANegativeScore() {
            Map<EvaluationDimension, Integer> scores = new HashMap<>(gradeAScores());
            scores.put(INNOVATION_VALUE_ADD, -1);
            when(given(opened()), new ScoreEvaluation(EVALUATION_ID, scores, null), BUSINESS)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.scoring.score-out-of-range", 422));
        }

        @Test
        void refusesAnyDepartmentButBusiness() {
            when(given(opened()), new ScoreEvaluation(EVALUATION_ID, gradeAScores(), null), HR)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.scoring.wrong-department", 403));
        }

        @Test
        void refusesAScoredEvaluationUntilItIsDisputed() {
            when(given(opened(), scored(1, flat(70), "70.00", Grade.C)),
                    new ScoreEvaluation(EVALUATION_ID, gradeAScores(), null), BUSINESS)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.scoring.wrong-status", 409));
        }
    }

    @Nested
    class Countersigning {

        @Test
        void countersignsTheRoundScored() {
            when(given(opened(), scored(1, flat(70), "70.00", Grade.C)),
                    new CountersignEvaluation(EVALUATION_ID, "已复核"), HR)
                    .expectEvents(new EvaluationCountersigned(EVALUATION_ID, 1, "已复核"));
        }

        @Test
        void refusesTheScorer() {
            when(given(opened(), scored(1, flat(70), "70.00", Grade.C)),
                    new CountersignEvaluation(EVALUATION_ID, null),
                    Map.of(MetadataKeys.USER, SCORER, MetadataKeys.DEPARTMENT, "HR"))
                    .expectNoEvents()
                    .expectException(breaks("evaluation.countersignature.own-score", 403));
        }

        @Test
        void refusesAnyDepartmentButHr() {
            when(given(opened(), scored(1, flat(70), "70.00", Grade.C)),
                    new CountersignEvaluation(EVALUATION_ID, null), BUSINESS)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.countersignature.wrong-department", 403));
        }

        @Test
        void refusesAnUnscoredEvaluation() {
            when(given(opened()), new CountersignEvaluation(EVALUATION_ID, null), HR)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.countersignature.wrong-status", 409));
        }
    }

    @Nested
    class Sharing {

        @Test
        void sharesACountersignedEvaluationToday() {
            when(given(opened(), scored(1, flat(70), "70.00", Grade.C),
                    new EvaluationCountersigned(EVALUATION_ID, 1, null)), new ShareEvaluation(EVALUATION_ID), BUSINESS)
                    .expectEvents(new EvaluationShared(EVALUATION_ID, 1, TODAY));
        }

        @Test
        void refusesBeforeTheCountersignature() {
            when(given(opened(), scored(1, flat(70), "70.00", Grade.C)), new ShareEvaluation(EVALUATION_ID), BUSINESS)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.sharing.wrong-status", 409));
        }

        @Test
        void refusesAnyDepartmentButBusiness() {
            when(given(opened(), scored(1, flat(70), "70.00", Grade.C),
                    new EvaluationCountersigned(EVALUATION_ID, 1, null)), new ShareEvaluation(EVALUATION_ID), HR)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.sharing.wrong-department", 403));
        }
    }

    @Nested
    class Confirming {

        @Test
        void confirmsABelowStandardResultAndRecordsIt() {
            when(given(shared(Grade.C, "70.00")), new ConfirmEvaluation(EVALUATION_ID), VENDOR_USER)
                    .expectEvents(new EvaluationConfirmed(EVALUATION_ID, CONTRACT_ID, VENDOR_ID, "2026-Q1", 1,
                                    new BigDecimal("70.00"), Grade.C, POLICY.version(), BigDecimal.ZERO),
                            new PerformanceBelowStandard(EVALUATION_ID, CONTRACT_ID, VENDOR_ID, "2026-Q1", Grade.C));
        }

        @Test
        void confirmsAnAWithTheContractsBonusAsItsAdjustment() {
            when(given(shared(Grade.A, "91.15")), new ConfirmEvaluation(EVALUATION_ID), VENDOR_USER)
                    .expectEvents(new EvaluationConfirmed(EVALUATION_ID, CONTRACT_ID, VENDOR_ID, "2026-Q1", 1,
                                    new BigDecimal("91.15"), Grade.A, POLICY.version(), BONUS),
                            new BonusEligibilityRecorded(EVALUATION_ID, CONTRACT_ID, VENDOR_ID, "2026-Q1", BONUS));
        }

        @Test
        void confirmsABWithoutConsequence() {
            when(given(shared(Grade.B, "85.00")), new ConfirmEvaluation(EVALUATION_ID), VENDOR_USER)
                    .expectEvents(new EvaluationConfirmed(EVALUATION_ID, CONTRACT_ID, VENDOR_ID, "2026-Q1", 1,
                            new BigDecimal("85.00"), Grade.B, POLICY.version(), BigDecimal.ZERO));
        }

        @Test
        void refusesAUserOfAnotherVendor() {
            when(given(shared(Grade.B, "85.00")), new ConfirmEvaluation(EVALUATION_ID), OTHER_VENDOR_USER)
                    .expectNoEvents()
                    .expectException(breaks("vendor-scope.other-vendor", 403));
        }

        @Test
        void refusesAnInternalDepartment() {
            when(given(shared(Grade.B, "85.00")), new ConfirmEvaluation(EVALUATION_ID), BUSINESS)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.confirmation.not-a-vendor-user", 403));
        }

        @Test
        void refusesAnEvaluationNotShared() {
            when(given(opened(), scored(1, flat(70), "70.00", Grade.C)), new ConfirmEvaluation(EVALUATION_ID),
                    VENDOR_USER)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.confirmation.wrong-status", 409));
        }
    }

    @Nested
    class Disputing {

        @Test
        void disputesASharedResultWithReasons() {
            when(given(shared(Grade.C, "70.00")), new DisputeEvaluation(EVALUATION_ID, "满意度数据口径有误"), VENDOR_USER)
                    .expectEvents(new EvaluationDisputed(EVALUATION_ID, 1, "满意度数据口径有误"));
        }

        @Test
        void refusesADisputeWithoutReasons() {
            when(given(shared(Grade.C, "70.00")), new DisputeEvaluation(EVALUATION_ID, " "), VENDOR_USER)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.dispute.reasons-required", 422));
        }

        @Test
        void refusesAUserOfAnotherVendor() {
            when(given(shared(Grade.C, "70.00")), new DisputeEvaluation(EVALUATION_ID, "不同意"), OTHER_VENDOR_USER)
                    .expectNoEvents()
                    .expectException(breaks("vendor-scope.other-vendor", 403));
        }

        @Test
        void refusesAnInternalDepartment() {
            when(given(shared(Grade.C, "70.00")), new DisputeEvaluation(EVALUATION_ID, "不同意"), HR)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.dispute.not-a-vendor-user", 403));
        }

        @Test
        void refusesAConfirmedEvaluation() {
            Object[] confirmed = append(shared(Grade.B, "85.00"), new EvaluationConfirmed(EVALUATION_ID, CONTRACT_ID,
                    VENDOR_ID, "2026-Q1", 1, new BigDecimal("85.00"), Grade.B, POLICY.version(), BigDecimal.ZERO));
            when(given(confirmed), new DisputeEvaluation(EVALUATION_ID, "不同意"), VENDOR_USER)
                    .expectNoEvents()
                    .expectException(breaks("evaluation.dispute.wrong-status", 409));
        }
    }

    private static Object[] append(Object[] events, Object event) {
        Object[] all = java.util.Arrays.copyOf(events, events.length + 1);
        all[events.length] = event;
        return all;
    }
}
