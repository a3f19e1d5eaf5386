package com.outsourcingledger.query.audit.asof;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** A field whose value differs between two instants, with the events between them that changed it. */
public record StateChange(String path, JsonNode before, JsonNode after, List<Cause> causes) {

    /** An event that changed the field, and who caused it under which request. */
    public record Cause(long sequenceNumber, String eventId, String type, Instant timestamp, String user,
                        String correlationId) {
    }

    /** The view at {@code at}: the same shape the live read model serves; null state before the first event. */
    public record AsOf(String aggregateType, String aggregateId, Instant at, Long sequenceNumber, Object state) {
    }

    /** Every field that differs between the state at {@code from} and at {@code to}, by path. */
    public record Diff(String aggregateType, String aggregateId, Instant from, Instant to, Long fromSequence,
                       Long toSequence, List<StateChange> changes) {
    }
}
