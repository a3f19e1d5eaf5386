package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.risk.*;
import com.outsourcingledger.api.risk.RiskEvent.*;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RiskEventWireFormatTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 15);
    private static final Instant AT = Instant.parse("2026-04-15T08:30:00Z");
    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<RiskEvent> everyRiskEvent() {
        return Stream.of(
                new RiskIdentified("risk-1", RiskSubjectKind.CONTRACT, "contract-1", RiskCategory.EMPLOYMENT,
                        "驻场人员由甲方直接管理", "考勤由甲方直接记录", Department.HR),
                new RiskSuggested("risk-2", RiskSubjectKind.VENDOR, "vendor-1", RiskCategory.FINANCIAL, "年审存疑",
                        "年度财务审查结论为存疑", Department.FINANCE, RiskSuggestionSource.ANNUAL_REVIEW_CONCERNS,
                        "0b7c2f0e-4c59-4a8e-9a43-4f6ad0f7b6a1"),
                new RiskSuggestionDismissed("risk-2", "已由年审跟进"),
                new RiskAssessed("risk-1", 4, 4, 16, RiskLevel.HIGH, 15, 6, "多名人员"),
                new RiskResponsePlanned("risk-1", RiskSubjectKind.CONTRACT, "contract-1", RiskResponseStrategy.REDUCE,
                        "由乙方现场负责人统一管理", DAY.plusMonths(6), 12),
                new RiskEscalated("risk-1", RiskSubjectKind.CONTRACT, "contract-1", RiskLevel.HIGH,
                        Department.MANAGEMENT),
                new RiskEscalationAcknowledged("risk-1", "三个月内整改"),
                new RiskReviewed("risk-1", RiskSubjectKind.CONTRACT, "contract-1", 2, 2, 4, RiskLevel.LOW, 15, 6,
                        RiskResponseStrategy.ACCEPT, "季度监控", DAY.plusMonths(12), 12, "已整改"),
                new RiskReviewOverdue("risk-1", RiskSubjectKind.CONTRACT, "contract-1", DAY),
                new RiskClosed("risk-1", "合同已终止"));
    }

    @Test
    void coversEveryRiskEventType() {
        assertThat(everyRiskEvent().map(Object::getClass)).containsExactlyInAnyOrder(
                Arrays.stream(RiskEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @ParameterizedTest
    @MethodSource("everyRiskEvent")
    void everyEventSurvivesTheRoundTripUnchanged(RiskEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }
}
