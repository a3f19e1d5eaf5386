package com.outsourcingledger.command.signal;

import com.outsourcingledger.api.signal.ShamSignalType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SignalRaisingTest {

    /** Seen failing in the running system: {@code INSTRUCTION_NOT_TO_SITE_LEAD:<event id>} was refused as too long. */
    @Test
    void everySignalIdFitsTheCommandIdentifierLimitAndIsTheSameOnRedelivery() {
        String eventId = UUID.randomUUID().toString();
        String contractId = "c".repeat(64);
        for (ShamSignalType type : ShamSignalType.values()) {
            assertThat(SignalRaising.signalIdOf(type, eventId)).hasSizeLessThanOrEqualTo(64)
                    .isEqualTo(SignalRaising.signalIdOf(type, eventId));
            assertThat(SignalRaising.signalIdOf(type, eventId, contractId)).hasSizeLessThanOrEqualTo(64)
                    .isNotEqualTo(SignalRaising.signalIdOf(type, eventId));
        }
        assertThat(Arrays.stream(ShamSignalType.values()).map(type -> SignalRaising.signalIdOf(type, eventId))
                .distinct()).hasSize(ShamSignalType.values().length);
    }
}
