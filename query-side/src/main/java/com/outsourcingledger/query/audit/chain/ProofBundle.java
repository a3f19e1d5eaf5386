package com.outsourcingledger.query.audit.chain;

import java.util.List;

/**
 * Everything an auditor needs to check a scope's history offline with {@link AuditProof}: the events as
 * recorded (payload and metadata as the exact stored JSON text), their digests and chain hashes, the chain
 * value before the first of them, and the signed checkpoints over them.
 */
public record ProofBundle(String format, String scope, String publicKey, Anchor anchor, List<Event> events,
                          List<Checkpoint> checkpoints, VerificationReport verification) {

    /** The chain hash after the event at {@code index}, the one before the bundle's first event. */
    public record Anchor(long index, String chainHash) {
    }

    /** {@code index}: the log's chain index, or the aggregate's sequence number. */
    public record Event(long index, long globalPosition, String eventId, String aggregateType, String aggregateId,
                        long sequenceNumber, String payloadType, String payloadRevision, String timestamp,
                        String payload, String metadata, String eventDigest, String chainHash) {

        public static Event of(long index, IndexedEvent row, String chainHash) {
            StoredEvent e = row.event();
            return new Event(index, row.globalPosition(), e.eventId(), e.aggregateType(), e.aggregateId(),
                    e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), e.metadata(),
                    row.eventDigest(), chainHash);
        }
    }
}
