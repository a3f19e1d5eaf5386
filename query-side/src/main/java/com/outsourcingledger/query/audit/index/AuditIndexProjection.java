package com.outsourcingledger.query.audit.index;

import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.query.audit.AuditProperties;
import com.outsourcingledger.query.audit.chain.AuditProof;
import com.outsourcingledger.query.audit.chain.IndexedEvent;
import com.outsourcingledger.query.audit.chain.StoredEvent;
import com.outsourcingledger.query.readmodel.BatchScope;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Indexes every event of the store for the audit questions and links it into the hash chains: the whole
 * log's, in the order this single-segment processor receives events, and its aggregate's, in sequence order.
 * Each event is recorded at its own global position: an event whose transaction committed after a higher position
 * was read arrives late, with a token whose position is still that higher one, so the position is told by what
 * the event changed in the positions received ({@link ReceivedPositions}), kept with the index across batches.
 * Every {@code ledger.audit.checkpoint-every} events it signs a checkpoint of the log. It has no reset
 * handler on purpose: a replay skips what is indexed, so the chain keeps what was first seen and a later
 * edit of the event store cannot be laundered into it.
 * <p>
 * A batch of events is chained in memory: the log's head, the aggregates' last links and which of the batch's
 * events are indexed already are read once for the batch, and its rows are inserted with one JDBC batch just before
 * the batch commits. The chains are the same as when each event is chained on its own, in the same order.
 */
@Component
@ProcessingGroup(AuditIndexProjection.PROCESSING_GROUP)
class AuditIndexProjection {

    static final String PROCESSING_GROUP = "audit-index";
    private static final String BATCH = AuditIndexProjection.class.getName() + ".batch";

    private final AuditIndex index;
    private final Checkpoints checkpoints;
    private final Serializer serializer;
    private final int checkpointEvery;

    AuditIndexProjection(AuditIndex index, Checkpoints checkpoints,
                         @Qualifier("eventSerializer") Serializer serializer, AuditProperties properties) {
        this.index = index;
        this.checkpoints = checkpoints;
        this.serializer = serializer;
        this.checkpointEvery = properties.checkpointEvery();
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        Optional<Chaining> batch = BatchScope.current(BATCH, root -> new Chaining(messagesOf(root)), Chaining::flush);
        Chaining chaining = batch.orElseGet(() -> new Chaining(List.of(message)));
        chaining.add(message, token);
        if (batch.isEmpty()) {
            chaining.flush();
        }
    }

    private static List<? extends Message<?>> messagesOf(UnitOfWork<?> root) {
        return root instanceof BatchingUnitOfWork<?> batching ? batching.getMessages() : List.of(root.getMessage());
    }

    /** The chains as far as one batch of events has taken them, and the rows to insert. */
    private final class Chaining {

        private final List<? extends Message<?>> upcoming;
        private final List<AuditIndex.Entry> entries = new ArrayList<>();
        private final List<IndexedEvent> toSign = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private Map<String, String> aggregateChains;
        private ReceivedPositions received;
        private long chainIndex;
        private String logChain;

        Chaining(List<? extends Message<?>> upcoming) {
            this.upcoming = upcoming;
        }

        void add(EventMessage<?> message, TrackingToken token) {
            if (aggregateChains == null) {
                load();
            }
            ReceivedPositions before = received;
            received = ReceivedPositions.of(token);
            if (!seen.add(message.getIdentifier())) {
                return;
            }
            long position = before.positionOf(received);
            StoredEvent event = StoredEvent.of(message, serializer);
            String digest = event.digest();
            String aggregateChain = AuditProof.aggregateLink(
                    aggregateChains.getOrDefault(event.aggregateId(), AuditProof.GENESIS), digest);
            logChain = AuditProof.logLink(logChain, position, digest);
            chainIndex++;
            IndexedEvent row = new IndexedEvent(chainIndex, position, event, digest, aggregateChain, logChain);
            aggregateChains.put(event.aggregateId(), aggregateChain);
            Map<String, String> metadata = new HashMap<>();
            for (String key : new String[]{MetadataKeys.USER, MetadataKeys.DEPARTMENT, MetadataKeys.CORRELATION_ID,
                    MetadataKeys.CAUSATION_ID, MetadataKeys.COMMAND}) {
                Object value = message.getMetaData().get(key);
                metadata.put(key, value == null ? null : value.toString());
            }
            entries.add(new AuditIndex.Entry(row, metadata));
            if (chainIndex % checkpointEvery == 0) {
                toSign.add(row);
            }
        }

        /** What the index already holds of this batch: its events indexed before, its aggregates' last links. */
        private void load() {
            Set<String> eventIds = new LinkedHashSet<>();
            Set<String> aggregateIds = new LinkedHashSet<>();
            for (Message<?> message : upcoming) {
                eventIds.add(message.getIdentifier());
                if (message instanceof DomainEventMessage<?> domain) {
                    aggregateIds.add(domain.getAggregateIdentifier());
                }
            }
            seen.addAll(index.indexedAmong(eventIds));
            aggregateChains = index.lastChainsOf(aggregateIds);
            received = index.received();
            Optional<IndexedEvent> head = index.head();
            chainIndex = head.map(IndexedEvent::chainIndex).orElse(0L);
            logChain = head.map(IndexedEvent::logChain).orElse(AuditProof.GENESIS);
        }

        void flush() {
            index.insert(entries);
            if (received != null) {
                index.received(received);
            }
            toSign.forEach(checkpoints::keep);
            entries.clear();
            toSign.clear();
        }
    }
}
