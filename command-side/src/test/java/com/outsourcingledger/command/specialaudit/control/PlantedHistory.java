package com.outsourcingledger.command.specialaudit.control;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One aggregate's history as the store would hold it, for planting: events in sequence, each at the current instant
 * (moved on with {@link #after}), by the current department and user (set with {@link #by}; null for the ledger's
 * own processes). Event identifiers are derived from the aggregate and sequence, so a plant is the same every run.
 */
public final class PlantedHistory {

    private final String aggregateType;
    private final String aggregateId;
    private final List<AuditedEvent> events = new ArrayList<>();
    private Instant at;
    private String department;
    private String user;

    private PlantedHistory(String aggregateType, String aggregateId, Instant start) {
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.at = start;
    }

    public static PlantedHistory of(String aggregateType, String aggregateId, Instant start) {
        return new PlantedHistory(aggregateType, aggregateId, start);
    }

    public PlantedHistory by(String department, String user) {
        this.department = department;
        this.user = user;
        return this;
    }

    public PlantedHistory after(Duration duration) {
        at = at.plus(duration);
        return this;
    }

    public PlantedHistory at(Instant instant) {
        at = instant;
        return this;
    }

    public PlantedHistory event(Object payload) {
        long sequence = events.size();
        String eventId = UUID.nameUUIDFromBytes((aggregateType + "/" + aggregateId + "/" + sequence)
                .getBytes(StandardCharsets.UTF_8)).toString();
        events.add(new AuditedEvent(eventId, aggregateType, aggregateId, sequence, at, payload, department, user));
        return this;
    }

    public String eventId(int sequence) {
        return events.get(sequence).eventId();
    }

    public List<AuditedEvent> events() {
        return List.copyOf(events);
    }
}
