package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.specialaudit.*;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.*;
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

class SpecialAuditEventWireFormatTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 15);
    private static final Instant AT = Instant.parse("2026-04-15T08:30:00Z");
    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<SpecialAuditEvent> everySpecialAuditEvent() {
        return Stream.of(
                new SpecialAuditOpened("audit-2026", DAY.minusYears(1), DAY, List.of(), "全部外包业务"),
                new SpecialAuditJoinedByHr("audit-2026"),
                new AuditChecklistGenerated("audit-2026", DAY.minusYears(1), DAY, List.of(
                        new ControlAnswer(AuditControl.NDA_BEFORE_SIGNING, 12, List.of(new ControlException(
                                AggregateKind.CONTRACT, "contract-1", "签署时无保密协议",
                                List.of("5d2f3c1e-0000-4000-8000-000000000001")))),
                        new ControlAnswer(AuditControl.PIP_CONCLUDED, 0, List.of())), 4_200),
                new AuditFindingRecorded("audit-2026", "finding-1", AuditControl.NDA_BEFORE_SIGNING,
                        FindingSeverity.HIGH, "合同签署前未签保密协议", List.of("5d2f3c1e-0000-4000-8000-000000000001"),
                        Department.BUSINESS, DAY.plusDays(30), "contract-1", "audit-2026:finding-1"),
                new AuditFindingResolved("audit-2026", "finding-1", "已补签"),
                new AuditFindingAccepted("audit-2026", "finding-2", "风险可接受"),
                new AuditFindingOverdue("audit-2026", "finding-1", DAY.plusDays(30)),
                new SpecialAuditReportSigned("audit-2026", Department.AUDIT, "控制措施基本落实"),
                new SpecialAuditClosed("audit-2026", DAY.plusDays(40), DAY.plusDays(40).plusMonths(12), 12),
                new SpecialAuditOverdue("audit-2026", DAY.plusDays(40).plusMonths(12)));
    }

    @Test
    void coversEverySpecialAuditEventType() {
        assertThat(everySpecialAuditEvent().map(Object::getClass)).containsExactlyInAnyOrder(
                Arrays.stream(SpecialAuditEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @ParameterizedTest
    @MethodSource("everySpecialAuditEvent")
    void everyEventSurvivesTheRoundTripUnchanged(SpecialAuditEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }
}
