package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.signal.ShamSignalEvent;
import com.outsourcingledger.api.signal.ShamSignalEvent.*;
import com.outsourcingledger.api.signal.ShamSignalResponse;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.signal.SignalSource;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ShamSignalEventWireFormatTest {

    private static final String ID = "signal-1";
    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<ShamSignalEvent> everyShamSignalEvent() {
        return Stream.of(
                new ShamSignalRaised(ID, "contract-1", "vendor-1", "project-1", ShamSignalType.PER_HEAD_PRICING,
                        "按人头计费", List.of(new SignalSource("e-1", "Contract", "contract-1", 3, "ContractDrafted"))),
                new ShamSignalLegalOpinionRecorded(ID, "contract-1", "构成劳务派遣风险"),
                new ShamSignalDismissed(ID, "contract-1", "vendor-1", "按成果验收，非按人头"),
                new ShamSignalConfirmed(ID, "contract-1", "vendor-1", ShamSignalType.PER_HEAD_PRICING,
                        ShamSignalResponse.AMENDMENT, "改为按成果计费", ShamOutsourcingRisk.MEDIUM));
    }

    @Test
    void coversEveryShamSignalEventType() {
        assertThat(everyShamSignalEvent().map(Object::getClass)).containsExactlyInAnyOrder(
                Arrays.stream(ShamSignalEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @ParameterizedTest
    @MethodSource("everyShamSignalEvent")
    void everyEventSurvivesTheRoundTripUnchanged(ShamSignalEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }
}
