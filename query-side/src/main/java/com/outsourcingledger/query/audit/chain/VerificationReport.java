package com.outsourcingledger.query.audit.chain;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of recomputing a scope's chain from the event store: INTACT, or TAMPERED with the first
 * divergent event. {@code pending} counts stored events the audit index has not received yet.
 */
public record VerificationReport(String scope, String status, Instant verifiedAt, long eventsChecked,
                                 long checkpointsChecked, long pending, Long headIndex, String headChainHash,
                                 Divergence firstDivergence) {

    public static final String INTACT = "INTACT";
    public static final String TAMPERED = "TAMPERED";

    /**
     * Where the store stopped matching what was recorded. {@code kind}: ALTERED (same event, other content;
     * {@code fields} names what changed), MISSING (gone from the store), MOVED (another event at its place),
     * UNEXPECTED (an event that was never recorded), INDEX_ALTERED (the audit index's own copy or chain was
     * edited), CHECKPOINT_MISMATCH (a signed checkpoint disagrees with the chain, or its signature fails).
     */
    public record Divergence(String kind, Long chainIndex, Long globalPosition, String eventId, String aggregateType,
                             String aggregateId, Long sequenceNumber, List<String> fields, String detail) {

        public static Divergence of(String kind, IndexedEvent row, List<String> fields, String detail) {
            return new Divergence(kind, row.chainIndex(), row.globalPosition(), row.event().eventId(),
                    row.event().aggregateType(), row.event().aggregateId(), row.event().sequenceNumber(), fields,
                    detail);
        }
    }
}
