package com.outsourcingledger.command.specialaudit;

import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.specialaudit.control.AuditedEvent;
import com.outsourcingledger.platform.eventlog.StoreReader;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The whole log as the checklist's controls read it: from the start to the head the store reports when the read
 * begins, in store order, through {@link StoreReader} (the JDBC store's engine, or Axon Server's stream).
 */
@Component
class AuditedLog {

    private final StoreReader log;

    AuditedLog(EventStore eventStore, ObjectProvider<EventStorageEngine> storageEngine) {
        this.log = new StoreReader(eventStore, storageEngine);
    }

    /** Hands every domain event stored before {@code end} to {@code reader}; answers how many. */
    long readBefore(Instant end, Consumer<AuditedEvent> reader) {
        long examined = 0;
        try (Stream<? extends EventMessage<?>> events = log.wholeLog()) {
            Iterator<? extends EventMessage<?>> stored = events.iterator();
            while (stored.hasNext()) {
                if (stored.next() instanceof DomainEventMessage<?> domain && domain.getTimestamp().isBefore(end)) {
                    reader.accept(audited(domain));
                    examined++;
                }
            }
        }
        return examined;
    }

    static AuditedEvent audited(DomainEventMessage<?> stored) {
        return new AuditedEvent(stored.getIdentifier(), stored.getType(), stored.getAggregateIdentifier(),
                stored.getSequenceNumber(), stored.getTimestamp(), stored.getPayload(),
                text(stored.getMetaData().get(MetadataKeys.DEPARTMENT)),
                actor(stored.getMetaData().get(MetadataKeys.USER)));
    }

    /** The ledger's own deadlines act as the system user: no one. */
    private static String actor(Object user) {
        return MetadataKeys.SYSTEM_USER.equals(user) ? null : text(user);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
