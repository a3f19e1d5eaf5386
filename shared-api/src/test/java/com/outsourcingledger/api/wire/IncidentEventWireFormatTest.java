package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.incident.*;
import com.outsourcingledger.api.incident.IncidentEvent.*;
import com.outsourcingledger.api.organization.Department;
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

class IncidentEventWireFormatTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 15);
    private static final Instant AT = Instant.parse("2026-04-15T08:30:00Z");
    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<IncidentEvent> everyIncidentEvent() {
        return Stream.of(
                new IncidentReported("incident-1", "contract-1", "vendor-1", IncidentType.WORK_INJURY, true, AT,
                        "搬运时扭伤", List.of("worker-1"), "vendor-1",
                        List.of(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR, NotifiedParty.MANAGEMENT),
                        AT.plusSeconds(86_400), 24),
                new IncidentPartyNotified("incident-1", NotifiedParty.HR, AT.plusSeconds(600), false, "电话通知"),
                new IncidentNotificationOverdue("incident-1", "contract-1", "vendor-1", AT.plusSeconds(86_400),
                        List.of(NotifiedParty.LEGAL)),
                new IncidentAcknowledgedByVendor("incident-1", "vendor-1", "已安排就医"),
                new EmergencyPlanActivated("incident-1", "工伤应急预案"),
                new EmergencyTeamFormed("incident-1", List.of(new EmergencyTeamMember("张三", Department.BUSINESS,
                        "组长"), new EmergencyTeamMember("李四", null, "乙方现场负责人"))),
                new ManagementInformed("incident-1", "已送医"),
                new IncidentResolved("incident-1", "地面湿滑", "一人受伤，停工半天", "已就医并完善防滑措施"),
                new IncidentReviewed("incident-1", "增加防滑垫"));
    }

    @Test
    void coversEveryIncidentEventType() {
        assertThat(everyIncidentEvent().map(Object::getClass)).containsExactlyInAnyOrder(
                Arrays.stream(IncidentEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @ParameterizedTest
    @MethodSource("everyIncidentEvent")
    void everyEventSurvivesTheRoundTripUnchanged(IncidentEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }
}
