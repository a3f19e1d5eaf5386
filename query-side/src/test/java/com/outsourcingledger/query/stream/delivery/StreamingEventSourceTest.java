package com.outsourcingledger.query.stream.delivery;

import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmissionRejected;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.platform.eventlog.EventSource;
import com.outsourcingledger.query.privacy.PersonalDataForTests;
import com.outsourcingledger.query.sse.EventStreamProperties;
import com.outsourcingledger.query.stream.catalog.EventCatalog;
import com.outsourcingledger.query.stream.envelope.StreamedEvent;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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

    /** Axon Server's stream fills asynchronously: a page opened on it used to answer empty, every time. */
    @Test
    void aPageReadsEverythingUpToTheHeadTheStoreReported() throws InterruptedException {
        InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
        EmbeddedEventStore writer = EmbeddedEventStore.builder().storageEngine(engine).build();
        for (int i = 0; i < 5; i++) {
            writer.publish(new GenericDomainEventMessage<>("Vendor", "v-1", i,
                    new VendorAdmissionRejected("v-1", List.of("incomplete"), Set.of())));
        }
        EmbeddedEventStore reader = EmbeddedEventStore.builder().storageEngine(engine).build();
        EventStreamService service = new EventStreamService(filledAsynchronously(reader), null, Duration.ofMillis(20), EventCatalog.scan(),
                EventWireFormat.serializer(), PersonalDataForTests.RENDERING, new EventStreamProperties(null, null, 0, 0, 0), Clock.systemUTC());
        try {
            JsonNode page = EventWireFormat.jsonMapper().readTree(service.page(0, 10, EventFilter.ALL));
            assertThat(page.get("events")).hasSize(5);
            assertThat(page.get("nextAfter").asLong()).isEqualTo(5);
            assertThat(page.get("headPosition").asLong()).isEqualTo(5);

            JsonNode rest = EventWireFormat.jsonMapper().readTree(service.page(3, 10, EventFilter.ALL));
            assertThat(rest.get("events")).hasSize(2);
            assertThat(rest.get("nextAfter").asLong()).isEqualTo(5);

            long started = System.nanoTime();
            JsonNode atHead = EventWireFormat.jsonMapper().readTree(service.page(5, 10, EventFilter.ALL));
            assertThat(atHead.get("events")).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("nothing to wait for at the head")
                    .isLessThan(Duration.ofSeconds(1));
        } finally {
            service.shutDown();
            reader.shutDown();
            writer.shutDown();
        }
    }

    /**
     * The store as Axon Server's connector presents it: a stream just opened has nothing available yet, its
     * buffer is filled from the server a moment later (here 100 ms).
     */
    private static EventStore filledAsynchronously(EventStore store) {
        return (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[]{EventStore.class},
                (proxy, method, args) -> {
                    Object result = invoke(store, method, args);
                    return method.getName().equals("openStream") ? cold((BlockingStream<?>) result) : result;
                });
    }

    private static Object cold(BlockingStream<?> stream) {
        long readyAt = System.nanoTime() + Duration.ofMillis(100).toNanos();
        return Proxy.newProxyInstance(TrackingEventStream.class.getClassLoader(),
                new Class<?>[]{TrackingEventStream.class}, (proxy, method, args) -> {
                    if (method.getName().equals("hasNextAvailable")) {
                        long timeoutNanos = args == null ? 0 : ((TimeUnit) args[1]).toNanos((Integer) args[0]);
                        long left = readyAt - System.nanoTime();
                        if (left > timeoutNanos) {
                            Thread.sleep(Duration.ofNanos(timeoutNanos));
                            return false;
                        }
                        Thread.sleep(Duration.ofNanos(Math.max(0, left)));
                        return stream.hasNextAvailable((int) Math.max(0, (timeoutNanos - left) / 1_000_000),
                                TimeUnit.MILLISECONDS);
                    }
                    return invoke(stream, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
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
