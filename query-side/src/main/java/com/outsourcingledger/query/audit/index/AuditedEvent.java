package com.outsourcingledger.query.audit.index;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One event as an auditor reads it: its place in the log and its aggregate, what it says, who caused it; what
 * it says is null when {@code payloadSealed}: the read model keeps it from this reader for now.
 */
public record AuditedEvent(long globalPosition, String eventId, String aggregateType, String aggregateId,
                           long sequenceNumber, String type, String payloadType, String revision, Instant timestamp,
                           String user, String department, String correlationId, String causationId, String command,
                           JsonNode payload, JsonNode metadata, boolean payloadSealed) {

    /** The event without its payload, which is sealed from the reader for now (another member's score sheet). */
    public AuditedEvent sealed() {
        return new AuditedEvent(globalPosition, eventId, aggregateType, aggregateId, sequenceNumber, type, payloadType,
                revision, timestamp, user, department, correlationId, causationId, command, null, metadata, true);
    }

    /** A page of one aggregate's history, in sequence order. */
    public record Page(List<AuditedEvent> items, int page, int size, long totalItems) {
    }

    /**
     * A slice of a cross-aggregate trail in log order; pass {@code next} as {@code after} for the following
     * slice, none when this is the last.
     */
    public record Trail(List<AuditedEvent> items, Long next) {
    }
}
