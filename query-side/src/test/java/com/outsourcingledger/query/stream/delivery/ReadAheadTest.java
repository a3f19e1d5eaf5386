package com.outsourcingledger.query.stream.delivery;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.platform.eventlog.EventSource;
import com.outsourcingledger.query.privacy.PersonalDataForTests;
import com.outsourcingledger.query.stream.catalog.EventCatalog;
import com.outsourcingledger.query.stream.envelope.CloudEventWriter;
import com.outsourcingledger.query.stream.envelope.Envelope;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final CloudEventWriter WRITER = new CloudEventWriter(EventCatalog.scan(), EventWireFormat.serializer(),
            PersonalDataForTests.RENDERING);
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void handsOutEveryEventInOrderAndReadsAtMostOneBatchAhead() throws Exception {
        Store store = new Store(1_000, null);
        try (ReadAhead events = readAhead(store, EventFilter.ALL)) {
            List<Long> received = new ArrayList<>(positions(events.next(WAIT)));
            Thread.sleep(200);
            assertThat(store.reads.get()).as("batches read while one was taken").isLessThanOrEqualTo(3);
            while (received.size() < 1_000) {
                received.addAll(positions(events.next(WAIT)));
            }
            assertThat(received).hasSize(1_000).isSortedAccordingTo(Long::compare).startsWith(1L).endsWith(1_000L);
            assertThat(events.next(Duration.ofMillis(100))).isNull();
        }
    }

    @Test
    void batchesTheFilterLeftEmptyStillSayHowFarTheyRead() throws Exception {
        Store store = new Store(250, null);
        try (ReadAhead events = readAhead(store, EventFilter.of(List.of("contract"), null))) {
            ReadAhead.Batch batch = events.next(WAIT);
            while (batch.released() < 250) {
                assertThat(batch.envelopes()).isEmpty();
                batch = events.next(WAIT);
            }
            assertThat(batch.envelopes()).isEmpty();
        }
    }

    @Test
    void closingStopsTheReaderAndClosesTheCursor() throws Exception {
        Store store = new Store(0, null);
        ReadAhead events = readAhead(store, EventFilter.ALL);
        events.close();
        assertThat(store.closed.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailedReadFailsTheSubscriberAfterTheEventsReadBeforeIt() throws Exception {
        Store store = new Store(100, new IllegalStateException("database gone"));
        try (ReadAhead events = readAhead(store, EventFilter.ALL)) {
            assertThat(events.next(WAIT).envelopes()).hasSize(100);
            assertThatThrownBy(() -> {
                while (true) {
                    events.next(WAIT);
                }
            }).hasRootCauseMessage("database gone");
        }
    }

    private ReadAhead readAhead(Store store, EventFilter filter) {
        EventCursor cursor = new EventCursor(store, new OrderedRelease(0, Duration.ofSeconds(60), Clock.systemUTC()),
                10_000);
        return new ReadAhead(cursor, WRITER, filter, 100, Duration.ofMillis(20), executor);
    }

    private static List<Long> positions(ReadAhead.Batch batch) {
        return batch.envelopes().stream().map(Envelope::position).toList();
    }

    /** {@code size} events at positions 1.., then nothing new, or {@code failure} once they are read. */
    private static final class Store implements EventSource {

        private final int size;
        private final RuntimeException failure;
        private final AtomicInteger reads = new AtomicInteger();
        private final CountDownLatch closed = new CountDownLatch(1);
        private long next = 1;

        Store(int size, RuntimeException failure) {
            this.size = size;
            this.failure = failure;
        }

        @Override
        public List<TrackedEventMessage<?>> read(int max, Duration wait) throws InterruptedException {
            if (next > size) {
                if (failure != null) {
                    throw failure;
                }
                Thread.sleep(wait.toMillis());
                return List.of();
            }
            reads.incrementAndGet();
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            for (; batch.size() < max && next <= size; next++) {
                batch.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(next - 1),
                        new GenericDomainEventMessage<>("Vendor", "v-" + next, 0, "event " + next)));
            }
            return batch;
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }
}
