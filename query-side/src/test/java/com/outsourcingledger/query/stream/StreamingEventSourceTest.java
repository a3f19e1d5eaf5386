package com.outsourcingledger.query.stream;

import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmissionRejected;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream's path for a store without a JDBC storage engine, which is how it reads Axon Server: Axon's
 * streaming API, positions from global sequence tokens (zero-based, as Axon Server's are). Axon's embedded
 * store over its in-memory engine hands out the same token type; this is not a test against a live Axon Server.
 */
class StreamingEventSourceTest {

    private static final Duration WAIT = Duration.ofMillis(200);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final StreamPositions positions = new StreamPositions(store);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void handsOutEveryEventInOrderFromPositionOneAndThenWhatArrivesLive() throws InterruptedException {
        List<String> published = publish("v-1", 0, 5);
        assertThat(store.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(4));
        assertThat(positions.head()).isEqualTo(5);

        try (EventCursor cursor = open(0)) {
            List<StreamedEvent> read = read(cursor, 5);
            assertThat(read).extracting(StreamedEvent::position).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(read).extracting(e -> e.message().getIdentifier()).containsExactlyElementsOf(published);

            assertThat(cursor.next(10, WAIT)).as("nothing new yet").isEmpty();
            List<String> live = publish("v-2", 0, 1);
            List<StreamedEvent> arrived = read(cursor, 1);
            assertThat(arrived).extracting(StreamedEvent::position).containsExactly(6L);
            assertThat(arrived.getFirst().message().getIdentifier()).isEqualTo(live.getFirst());
            assertThat(cursor.released()).isEqualTo(6);
        }
    }

    @Test
    void resumesOnTheFirstEventAfterAPositionAClientHolds() throws InterruptedException {
        List<String> published = publish("v-1", 0, 5);

        try (EventCursor cursor = open(3)) {
            List<StreamedEvent> read = read(cursor, 2);
            assertThat(read).extracting(StreamedEvent::position).containsExactly(4L, 5L);
            assertThat(read).extracting(e -> e.message().getIdentifier()).containsExactlyElementsOf(published.subList(3, 5));
            assertThat(cursor.next(10, WAIT)).isEmpty();
        }
    }

    private EventCursor open(long after) {
        return new EventCursor(EventSource.streaming(store.openStream(positions.after(after))),
                new OrderedRelease(after, Duration.ofSeconds(60), Clock.systemUTC()), 1000);
    }

    private List<String> publish(String vendorId, long firstSequence, int count) {
        List<String> identifiers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GenericDomainEventMessage<?> event = new GenericDomainEventMessage<>("Vendor", vendorId, firstSequence + i,
                    new VendorAdmissionRejected(vendorId, List.of("incomplete"), Set.of()));
            store.publish(event);
            identifiers.add(event.getIdentifier());
        }
        return identifiers;
    }

    /** Reads until {@code count} events came, each read waiting a little for more. */
    private static List<StreamedEvent> read(EventCursor cursor, int count) throws InterruptedException {
        List<StreamedEvent> read = new ArrayList<>();
        for (int attempt = 0; attempt < 25 && read.size() < count; attempt++) {
            read.addAll(cursor.next(count - read.size(), WAIT));
        }
        return read;
    }
}
