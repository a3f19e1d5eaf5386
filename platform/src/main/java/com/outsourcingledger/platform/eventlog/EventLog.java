package com.outsourcingledger.platform.eventlog;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.function.Function;

/**
 * Where this app reads the raw log from, decided in one place: its JDBC storage engine when it has one, otherwise
 * the event store's streaming API, which is how Axon Server is read. The engine is read directly because the
 * embedded event store serves recent events to streams from a cache shared by token equality: it would still show
 * a row deleted from the table seconds ago, and gap-aware tokens of different lineages defeat its sharing.
 *
 * @param engine the JDBC storage engine, or null when the events are kept elsewhere (Axon Server)
 */
public record EventLog(EventStore eventStore, EventStorageEngine engine) {

    public <T> T read(Function<EventStorageEngine, T> fromEngine, Function<EventStore, T> fromStream) {
        return engine != null ? fromEngine.apply(engine) : fromStream.apply(eventStore);
    }
}
