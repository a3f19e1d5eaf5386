package com.outsourcingledger.platform.eventlog;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadEventSourceTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final ReadAheadEventSource source = new ReadAheadEventSource(store, 100);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void handsOutEveryEventInTheStoresOrderWithItsTokenThoughItHoldsFewerAtOnce() throws InterruptedException {
        List<String> published = publish(2_500);

        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            List<TrackedEventMessage<?>> read = new ArrayList<>();
            while (read.size() < published.size() && stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                read.add(stream.nextAvailable());
            }
            assertThat(read).extracting(TrackedEventMessage::getIdentifier).containsExactlyElementsOf(published);
            assertThat(read.getLast().trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(2_499));
        }
    }

    @Test
    void resumesAfterTheTokenItIsOpenedWith() throws InterruptedException {
        List<String> published = publish(10);

        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(new GlobalSequenceTrackingToken(6))) {
            assertThat(stream.nextAvailable().getIdentifier()).isEqualTo(published.get(7));
        }
    }

    @Test
    void waitsForAnEventThatArrivesLaterAndPeeksWithoutTakingIt() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(stream.peek()).isEmpty();

            String later = publish(1).getFirst();

            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.peek().map(TrackedEventMessage::getIdentifier)).contains(later);
            assertThat(stream.nextAvailable().getIdentifier()).isEqualTo(later);
            assertThat(stream.hasNextAvailable()).isFalse();
        }
    }

    @Test
    void aProcessorThatWaitedLingersSoThatEventsArrivingMeanwhileMakeOneBatch() throws InterruptedException {
        ReadAheadEventSource lingering = new ReadAheadEventSource(store, 100, java.time.Duration.ofMillis(300));
        try (BlockingStream<TrackedEventMessage<?>> stream = lingering.openStream(null)) {
            assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
            Thread publisher = Thread.ofPlatform().start(() -> {
                publish(1);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                publish(2);
            });

            long started = System.nanoTime();
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(System.nanoTime() - started).as("lingered").isGreaterThanOrEqualTo(300_000_000L);
            publisher.join();
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            while (stream.hasNextAvailable()) {
                batch.add(stream.nextAvailable());
            }
            assertThat(batch).as("the first event and the two that came while it lingered").hasSize(3);
        }
    }

    @Test
    void aProcessorWithEventsWaitingDoesNotLinger() throws InterruptedException {
        publish(5);
        ReadAheadEventSource lingering = new ReadAheadEventSource(store, 100, java.time.Duration.ofSeconds(30));
        try (BlockingStream<TrackedEventMessage<?>> stream = lingering.openStream(null)) {
            while (!stream.hasNextAvailable()) {
                Thread.sleep(10);
            }
            long started = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
                stream.nextAvailable();
            }
            assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
        }
    }

    @Test
    void aFailureOfTheStoreReachesTheConsumerAfterTheEventsReadBeforeIt() throws InterruptedException {
        FailingStream failing = new FailingStream(3);
        ReadAheadEventSource.ReadAheadStream stream = new ReadAheadEventSource.ReadAheadStream(failing, 100);

        for (int i = 0; i < 3; i++) {
            assertThat(stream.nextAvailable().trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(i));
        }
        assertThatThrownBy(() -> stream.hasNextAvailable(5, TimeUnit.SECONDS)).hasMessage("database gone");
        assertThat(failing.closed.await(5, TimeUnit.SECONDS)).as("the failed source is closed").isTrue();
    }

    @Test
    void closingStopsTheReaderAndClosesTheSource() throws InterruptedException {
        FailingStream endless = new FailingStream(Integer.MAX_VALUE);
        ReadAheadEventSource.ReadAheadStream stream = new ReadAheadEventSource.ReadAheadStream(endless, 10);
        stream.nextAvailable();

        stream.close();

        assertThat(endless.closed.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 50 && stream.reading(); i++) {
            Thread.sleep(100);
        }
        assertThat(stream.reading()).isFalse();
    }

    private List<String> publish(int count) {
        List<String> identifiers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var event = GenericEventMessage.asEventMessage("event " + i);
            store.publish(event);
            identifiers.add(event.getIdentifier());
        }
        return identifiers;
    }

    /** {@code events} events, then a failure; counts as closed once closed. */
    private static final class FailingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final int events;
        private final CountDownLatch closed = new CountDownLatch(1);
        private int handedOut;

        FailingStream(int events) {
            this.events = events;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            throw new UnsupportedOperationException("the reader does not peek");
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            if (handedOut >= events) {
                throw new IllegalStateException("database gone");
            }
            return true;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(handedOut++),
                    GenericEventMessage.asEventMessage("event"));
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }
}
