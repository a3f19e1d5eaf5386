package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.evaluation.EvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationDimension;
import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.evaluation.EvaluationEvent.*;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.evaluation.EvaluationPolicy;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.evaluation.SlaComplianceLine;
import com.outsourcingledger.api.money.Money;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationEventWireFormatTest {

    private static final String E = "contract-1:2026-Q1";
    private static final LocalDate DAY = LocalDate.of(2026, 4, 10);
    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<EvaluationEvent> everyEvaluationEvent() {
        EvaluationPolicy policy = EvaluationPolicy.standard();
        Map<EvaluationDimension, Integer> scores = Map.of(EvaluationDimension.EFFICIENCY, 70,
                EvaluationDimension.QUALITY, 65, EvaluationDimension.CUSTOMER_SATISFACTION, 72,
                EvaluationDimension.RESPONSE_SPEED, 60, EvaluationDimension.PERSONNEL_STABILITY, 80,
                EvaluationDimension.COMPLIANCE, 90);
        return Stream.of(
                new EvaluationPeriodOpened(E, "contract-1", "vendor-1", "project-1", "2026-Q1",
                        EvaluationCadence.QUARTERLY, DAY, policy, new BigDecimal("3"),
                        List.of(new SlaComplianceLine("quality", "2026-02", new BigDecimal("93.25"),
                                new BigDecimal("95"), SlaDirection.AT_LEAST, false, true, false,
                                Money.cny("1500.00")))),
                new EvaluationScored(E, 1, scores, policy, new BigDecimal("70.55"), Grade.C, "质量下降"),
                new EvaluationScoringOverdue(E, DAY),
                new EvaluationCountersigned(E, 1, "同意"),
                new EvaluationShared(E, 1, DAY),
                new EvaluationDisputed(E, 1, "二月数据有误"),
                new EvaluationConfirmed(E, "contract-1", "vendor-1", "2026-Q1", 2, new BigDecimal("70.55"), Grade.C,
                        EvaluationPolicy.DEFAULT_VERSION, BigDecimal.ZERO),
                new PerformanceBelowStandard(E, "contract-1", "vendor-1", "2026-Q1", Grade.C),
                new BonusEligibilityRecorded(E, "contract-1", "vendor-1", "2026-Q1", new BigDecimal("3")));
    }

    @Test
    void coversEveryEvaluationEventType() {
        assertThat(everyEvaluationEvent().map(Object::getClass)).containsExactlyInAnyOrder(
                Arrays.stream(EvaluationEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @ParameterizedTest
    @MethodSource("everyEvaluationEvent")
    void everyEventSurvivesTheRoundTripUnchanged(EvaluationEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void recordsThePolicyWholeWithTheScores() {
        String json = new String(serializer.serialize(everyEvaluationEvent().skip(1).findFirst().orElseThrow(),
                byte[].class).getData(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"version\":\"2026-standard\"").contains("\"QUALITY\":25")
                .contains("\"gradeA\":90").contains("\"scoringDueDays\":10");
    }

    @Test
    void periodsOfEveryCadenceKnowTheirDays() {
        assertThat(EvaluationPeriod.containing(LocalDate.of(2026, 8, 15), EvaluationCadence.SEMI_ANNUAL))
                .isEqualTo(EvaluationPeriod.of("2026-H2"));
        assertThat(EvaluationPeriod.of("2026-H2").end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(EvaluationPeriod.of("2026-Q4").next()).isEqualTo(EvaluationPeriod.of("2027-Q1"));
        assertThat(EvaluationPeriod.of("2026").previous()).isEqualTo(EvaluationPeriod.of("2025"));
        assertThat(EvaluationPeriod.of("2026-02").end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(EvaluationPolicy.standard().gradeOf(89.99)).isEqualTo(Grade.B);
        assertThat(EvaluationPolicy.standard().gradeOf(59.99)).isEqualTo(Grade.D);
        assertThatThrownBy(() -> EvaluationPeriod.of("2026-H3")).isInstanceOf(IllegalArgumentException.class);
    }
}
