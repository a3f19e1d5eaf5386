package com.outsourcingledger.query.audit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the whole log, in global order, from where the events are kept. With the JDBC store that is its
 * storage engine: the embedded event store serves recent events to streams from an in-memory cache, which
 * would still show a row deleted from the table seconds ago. With Axon Server it is the event store's stream.
 */
@Component
class StoreReader {

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
        BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null);
        Iterator<TrackedEventMessage<?>> untilIdle = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return stream.hasNextAvailable(500, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }

            @Override
            public TrackedEventMessage<?> next() {
                try {
                    return stream.nextAvailable();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(untilIdle, Spliterator.ORDERED), false)
                .onClose(stream::close);
    }
}
