package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Indexes every event of the store for the audit questions and links it into the hash chains: the whole
 * log's, in the order this single-segment processor receives events, and its aggregate's, in sequence order.
 * Every {@code ledger.audit.checkpoint-every} events it signs a checkpoint of the log. It has no reset
 * handler on purpose: a replay skips what is indexed, so the chain keeps what was first seen and a later
 * edit of the event store cannot be laundered into it.
 */
@Component
@ProcessingGroup(AuditIndexProjection.PROCESSING_GROUP)
class AuditIndexProjection {

    static final String PROCESSING_GROUP = "audit-index";

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
        if (index.contains(message.getIdentifier())) {
            return;
        }
        StoredEvent event = StoredEvent.of(message, serializer);
        long position = token.position().orElseThrow(() -> new IllegalStateException(
                "the audit index needs tokens that know the global position, not " + token));
        Optional<IndexedEvent> head = index.head();
        String digest = event.digest();
        String aggregateChain = AuditProof.aggregateLink(
                index.lastOf(event.aggregateId()).map(IndexedEvent::aggregateChain).orElse(AuditProof.GENESIS), digest);
        String logChain = AuditProof.logLink(head.map(IndexedEvent::logChain).orElse(AuditProof.GENESIS), position,
                digest);
        IndexedEvent row = new IndexedEvent(head.map(IndexedEvent::chainIndex).orElse(0L) + 1, position, event,
                digest, aggregateChain, logChain);
        Map<String, String> metadata = new HashMap<>();
        for (String key : new String[]{MetadataKeys.USER, MetadataKeys.DEPARTMENT, MetadataKeys.CORRELATION_ID,
                MetadataKeys.CAUSATION_ID, MetadataKeys.COMMAND}) {
            Object value = message.getMetaData().get(key);
            metadata.put(key, value == null ? null : value.toString());
        }
        index.insert(row, metadata);
        if (row.chainIndex() % checkpointEvery == 0) {
            checkpoints.keep(row);
        }
    }
}
