package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.compliance.ComplianceCheckEvent;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.*;
import com.outsourcingledger.api.compliance.ComplianceCheckOccasion;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.compliance.ComplianceViolationKind;
import com.outsourcingledger.api.compliance.ProofSubmission;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceCheckEventWireFormatTest {

    private static final String ID = "check-1";
    private static final LocalDate DAY = LocalDate.of(2026, 4, 15);
    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<ComplianceCheckEvent> everyComplianceCheckEvent() {
        return Stream.of(
                new ComplianceProofsRequested(ID, "contract-1", "vendor-1", ComplianceCheckOccasion.SETTLEMENT_CYCLE,
                        "contract-1:2026-03", "2026-03", List.of(ComplianceProof.ROSTER, ComplianceProof.WAGE_VOUCHERS),
                        DAY, 10),
                new ComplianceProofsSubmitted(ID, "contract-1",
                        List.of(new ProofSubmission(ComplianceProof.ROSTER, "花名册-2026-03"))),
                new ComplianceProofsOverdue(ID, "contract-1", "vendor-1", DAY, List.of(ComplianceProof.WAGE_VOUCHERS)),
                new EmploymentComplianceVerified(ID, "contract-1", "材料齐全"),
                new EmploymentComplianceViolationFound(ID, "contract-1", "vendor-1", "contract-1:2026-03",
                        ComplianceViolationKind.SOCIAL_INSURANCE, "三人社保断缴", List.of("社保清单-2026-03")));
    }

    @Test
    void coversEveryComplianceCheckEventType() {
        assertThat(everyComplianceCheckEvent().map(Object::getClass)).containsExactlyInAnyOrder(
                Arrays.stream(ComplianceCheckEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @ParameterizedTest
    @MethodSource("everyComplianceCheckEvent")
    void everyEventSurvivesTheRoundTripUnchanged(ComplianceCheckEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }
}
