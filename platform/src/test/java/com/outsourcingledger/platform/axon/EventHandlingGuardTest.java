package com.outsourcingledger.platform.axon;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EventHandlingGuardTest {

    private final ProcessorFailures failures = new ProcessorFailures(Clock.systemUTC());

    @Test
    void anEventAHandlerCannotApplyIsNamedAndTheNextBatchWritesOneEventAtATime() throws Exception {
        EventHandlingGuard guard = new EventHandlingGuard("views", failures, SkippedEvents.NONE);
        TrackedEventMessage<?> poison = event(12);
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(event(11), poison));

        var result = batch.executeWithResult(() -> guard.handle(batch, () -> {
            if (batch.getMessage() == poison) {
                throw new IllegalStateException("invalid byte sequence for encoding \"UTF8\": 0x00");
            }
            return null;
        }));
        assertThat(result.isExceptional()).isTrue();

        assertThat(failures.of("views")).singleElement().satisfies(failure -> {
            assertThat(failure.eventId()).isEqualTo(poison.getIdentifier());
            assertThat(failure.position()).isEqualTo(12);
            assertThat(failure.pinpointed()).isTrue();
            assertThat(failure.error()).contains("0x00");
        });
        assertThat(failures.oneEventAtATime("views", 0)).isTrue();
    }

    @Test
    void aBatchOfNothingButTheSkippedEventClearsTheFailureItPasses() throws Exception {
        TrackedEventMessage<?> poison = event(12);
        failures.failedAt("views", 0, poison.getIdentifier(), "VendorRegistered", 12L, new IllegalStateException("0x00"));
        Set<String> skipped = Set.of(poison.getIdentifier());
        EventHandlingGuard guard = new EventHandlingGuard("views", failures, (p, id) -> skipped.contains(id));
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(poison));

        batch.executeWithResult(() -> guard.handle(batch, () -> {
            throw new AssertionError("a skipped event reaches no handler");
        }));

        assertThat(failures.of("views")).isEmpty();
        assertThat(failures.oneEventAtATime("views", 0)).isFalse();
    }

    @Test
    void aFailureIsKeptPerSegment() {
        failures.failedAt("views", 1, "e-1", "VendorRegistered", 12L, new IllegalStateException("0x00"));
        failures.passed("views", 0, 20);
        assertThat(failures.of("views")).extracting(ProcessorFailures.Failure::segment).containsExactly(1);
        failures.passed("views", 1, 12);
        assertThat(failures.of("views")).isEmpty();
    }

    private static TrackedEventMessage<?> event(long position) {
        return new GenericTrackedEventMessage<>(GapAwareTrackingToken.newInstance(position, List.of()),
                GenericEventMessage.asEventMessage("payload-" + position));
    }
}
