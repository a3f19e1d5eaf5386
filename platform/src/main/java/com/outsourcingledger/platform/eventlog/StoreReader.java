package com.outsourcingledger.platform.eventlog;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the whole log, in global order, from where the events are kept ({@link EventLog}). With the JDBC store
 * that is its storage engine: the embedded event store serves recent events to streams from an in-memory cache,
 * which would still show a row deleted from the table seconds ago. With Axon Server it is the event store's
 * stream, read up to the head the store reported when the read began: a stream that pauses is waited for, and one
 * that stops short of that head fails the read (503) rather than passing a shortened log off as the whole one.
 */
public class StoreReader {

    private final EventStore eventStore;
    private final ObjectProvider<EventStorageEngine> storageEngine;
    private final Duration stall;

    public StoreReader(EventStore eventStore, ObjectProvider<EventStorageEngine> storageEngine) {
        this(eventStore, storageEngine, Duration.ofSeconds(30));
    }

    /** {@code stall}: how long the stream may pause before the read fails. */
    public StoreReader(EventStore eventStore, ObjectProvider<EventStorageEngine> storageEngine, Duration stall) {
        this.eventStore = eventStore;
        this.storageEngine = storageEngine;
        this.stall = stall;
    }

    /** The caller closes the stream. */
    public Stream<? extends TrackedEventMessage<?>> wholeLog() {
        return new EventLog(eventStore, storageEngine.getIfAvailable())
                .<Stream<? extends TrackedEventMessage<?>>>read(engine -> engine.readEvents(null, false), this::toHead);
    }

    private Stream<? extends TrackedEventMessage<?>> toHead(EventStore eventStore) {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null || head.position().orElse(0) < 0) {
            return Stream.empty();
        }
        BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null);
        Iterator<TrackedEventMessage<?>> toHead = new Iterator<>() {
            private TrackingToken last;

            @Override
            public boolean hasNext() {
                if (last != null && last.covers(head)) {
                    return false;
                }
                try {
                    if (stream.hasNextAvailable((int) stall.toMillis(), TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The event store's stream"
                        + " stopped at " + last + " for " + stall.toSeconds() + " s before reaching its head " + head
                        + "; the log was not read to its end, so nothing is concluded from it. Retry later.");
            }

            @Override
            public TrackedEventMessage<?> next() {
                try {
                    TrackedEventMessage<?> message = stream.nextAvailable();
                    last = message.trackingToken();
                    return message;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(toHead, Spliterator.ORDERED), false)
                .onClose(stream::close);
    }
}
