package com.outsourcingledger.query.audit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the whole log, in global order, from where the events are kept. With the JDBC store that is its
 * storage engine: the embedded event store serves recent events to streams from an in-memory cache, which
 * would still show a row deleted from the table seconds ago. With Axon Server it is the event store's stream,
 * read up to the head the store reported when the read began: a stream that pauses is waited for, and one that
 * stops short of that head fails the read rather than passing a shortened log off as the whole one.
 */
@Component
class StoreReader {

    /** How long the stream may pause before the read fails. */
    static final Duration STALL = Duration.ofSeconds(30);

    private final EventStore eventStore;
    private final ObjectProvider<EventStorageEngine> storageEngine;

    StoreReader(EventStore eventStore, ObjectProvider<EventStorageEngine> storageEngine) {
        this.eventStore = eventStore;
        this.storageEngine = storageEngine;
    }

    /** The caller closes the stream. */
    Stream<? extends TrackedEventMessage<?>> wholeLog() {
        EventStorageEngine engine = storageEngine.getIfAvailable();
        if (engine != null) {
            return engine.readEvents(null, false);
        }
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
                    if (stream.hasNextAvailable((int) STALL.toMillis(), TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("the event store's stream stopped at " + last
                        + " before reaching its head " + head);
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
