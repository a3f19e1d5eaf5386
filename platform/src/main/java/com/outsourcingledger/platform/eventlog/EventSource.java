package com.outsourcingledger.platform.eventlog;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Where one consumer's events come from, in the store's order, each with the token that follows it. */
public interface EventSource extends AutoCloseable {

    /** Up to {@code max} events after the last one read; waits up to {@code wait} when there are none yet. */
    List<TrackedEventMessage<?>> read(int max, Duration wait) throws InterruptedException;

    @Override
    void close();

    /** This consumer's events after {@code start}, from where {@link EventLog} says the log is read. */
    static EventSource of(EventLog log, TrackingToken start, Duration pollDelay) {
        return log.read(engine -> polling(engine, start, pollDelay), store -> streaming(store.openStream(start)));
    }

    /**
     * The JDBC store, read through its storage engine with this consumer's own gap-aware token, so that every
     * gap is tracked and re-queried for this consumer alone (the shared event-store cache joins streams by
     * token equality, which gap tokens of different lineages defeat).
     */
    static EventSource polling(EventStorageEngine engine, TrackingToken start, Duration pollDelay) {
        return new EventSource() {
            private TrackingToken last = start;

            @Override
            public List<TrackedEventMessage<?>> read(int max, Duration wait) throws InterruptedException {
                long deadline = System.nanoTime() + wait.toNanos();
                while (true) {
                    List<TrackedEventMessage<?>> batch;
                    try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(last, false)) {
                        batch = new ArrayList<>(events.limit(max).toList());
                    }
                    if (!batch.isEmpty()) {
                        last = batch.getLast().trackingToken();
                        return batch;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return batch;
                    }
                    Thread.sleep(Math.max(1, Math.min(pollDelay.toMillis(), TimeUnit.NANOSECONDS.toMillis(left))));
                }
            }

            @Override
            public void close() {
            }
        };
    }

    /** Any other store, Axon Server included, through its streaming API. */
    static EventSource streaming(BlockingStream<TrackedEventMessage<?>> stream) {
        return new EventSource() {
            @Override
            public List<TrackedEventMessage<?>> read(int max, Duration wait) throws InterruptedException {
                List<TrackedEventMessage<?>> batch = new ArrayList<>();
                if (stream.hasNextAvailable((int) wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    do {
                        batch.add(stream.nextAvailable());
                    } while (batch.size() < max && stream.hasNextAvailable());
                }
                return batch;
            }

            @Override
            public void close() {
                stream.close();
            }
        };
    }
}
