package com.outsourcingledger.system;

import com.outsourcingledger.platform.axon.GlobalPositions;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the event store holds, read through Axon's {@link EventStore} API from command-side, so that a test
 * proves the same on the JDBC store as on Axon Server. Positions are {@link GlobalPositions}' (1-based on both).
 */
final class StoreTruth {

    private static final int STALL_SECONDS = 30;

    private final EventStore store;

    private StoreTruth(EventStore store) {
        this.store = store;
    }

    static StoreTruth of(LedgerSystem system) {
        return new StoreTruth(system.commandSide().getBean(EventStore.class));
    }

    /** The aggregate's events in sequence order; from sequence 0, so never a snapshot in place of events. */
    List<DomainEventMessage<?>> eventsOf(String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        store.readEvents(aggregateId, 0).forEachRemaining(events::add);
        return events;
    }

    /** The simple names of the aggregate's event types, in sequence order. */
    List<String> typesOf(String aggregateId) {
        return eventsOf(aggregateId).stream().map(event -> event.getPayloadType().getSimpleName()).toList();
    }

    /** How many of the aggregate's events have this type ({@code null}: of any type). */
    long count(String aggregateId, String simpleType) {
        return typesOf(aggregateId).stream().filter(type -> simpleType == null || type.equals(simpleType)).count();
    }

    /** The metadata of the aggregate's one event of this type; fails unless there is exactly one. */
    MetaData metaDataOf(String aggregateId, String simpleType) {
        List<MetaData> matching = eventsOf(aggregateId).stream()
                .filter(event -> event.getPayloadType().getSimpleName().equals(simpleType))
                .map(DomainEventMessage::getMetaData).toList();
        assertThat(matching).as(simpleType + " events of " + aggregateId).hasSize(1);
        return matching.getFirst();
    }

    /** The position of the last event in the store, 0 when it is empty. */
    long head() {
        return GlobalPositions.positionOf(store.createHeadToken());
    }

    /** The events after {@code position}, in log order, up to the head the store reports now. */
    List<TrackedEventMessage<?>> logAfter(long position) {
        long head = head();
        List<TrackedEventMessage<?>> log = new ArrayList<>();
        long read = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (read < head) {
                if (!stream.hasNextAvailable(STALL_SECONDS, TimeUnit.SECONDS)) {
                    throw new AssertionError("the store's stream stopped at position " + read
                            + " before its head " + head);
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                read = positionOf(event);
                if (read > position) {
                    log.add(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return log;
    }

    /** {@code position:eventId} of each event after {@code position}, as the stream and its pages number them. */
    List<String> entriesAfter(long position) {
        return logAfter(position).stream().map(event -> positionOf(event) + ":" + event.getIdentifier()).toList();
    }

    static long positionOf(TrackedEventMessage<?> event) {
        return GlobalPositions.positionOf(event.trackingToken());
    }

    /** The payload of the aggregate's first event of this type, if it is stored. */
    <T> Optional<T> eventOf(String aggregateId, Class<T> type) {
        return eventsOf(aggregateId).stream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).findFirst();
    }

    /** What the probe finds, waiting up to 20 s for processes to store it. */
    static <T> T await(Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            ProjectSteps.sleep(100);
        }
        return probe.get().orElseThrow(() -> new AssertionError("not in the store within 20 s"));
    }
}
