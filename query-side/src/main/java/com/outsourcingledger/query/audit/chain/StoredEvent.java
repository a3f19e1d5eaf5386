package com.outsourcingledger.query.audit.chain;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One event exactly as the event store holds it: its identity, its place and its serialized payload and
 * metadata, byte for byte (read through the serializer that wrote them, so nothing is re-encoded). The
 * digest over these fields is what the hash chains link.
 */
public record StoredEvent(String eventId, String aggregateType, String aggregateId, long sequenceNumber,
                   String payloadType, String payloadRevision, String timestamp, String payload, String metadata) {

    /** A non-domain event is stored under its own id at sequence 0, as Axon stores it. */
    public static StoredEvent of(EventMessage<?> message, Serializer serializer) {
        SerializedObject<byte[]> payload = message.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metadata = message.serializeMetaData(serializer, byte[].class);
        boolean domain = message instanceof DomainEventMessage<?>;
        return new StoredEvent(message.getIdentifier(),
                domain ? ((DomainEventMessage<?>) message).getType() : null,
                domain ? ((DomainEventMessage<?>) message).getAggregateIdentifier() : message.getIdentifier(),
                domain ? ((DomainEventMessage<?>) message).getSequenceNumber() : 0,
                payload.getType().getName(), payload.getType().getRevision(), message.getTimestamp().toString(),
                new String(payload.getData(), StandardCharsets.UTF_8),
                new String(metadata.getData(), StandardCharsets.UTF_8));
    }

    public String digest() {
        return AuditProof.eventDigest(eventId, aggregateType, aggregateId, sequenceNumber, payloadType,
                payloadRevision, timestamp, payload, metadata);
    }

    /** The simple name of the payload class, e.g. {@code VendorAdmitted}. */
    public String eventType() {
        return payloadType.replaceAll(".*[.$]", "");
    }

    /** Names the fields in which {@code other} differs from this event, for a verification report. */
    public List<String> differences(StoredEvent other) {
        List<String> fields = new ArrayList<>();
        compare(fields, "eventId", eventId, other.eventId);
        compare(fields, "aggregateType", aggregateType, other.aggregateType);
        compare(fields, "aggregateId", aggregateId, other.aggregateId);
        compare(fields, "sequenceNumber", sequenceNumber, other.sequenceNumber);
        compare(fields, "payloadType", payloadType, other.payloadType);
        compare(fields, "payloadRevision", payloadRevision, other.payloadRevision);
        compare(fields, "timestamp", timestamp, other.timestamp);
        compare(fields, "payload", payload, other.payload);
        compare(fields, "metadata", metadata, other.metadata);
        return fields;
    }

    private static void compare(List<String> fields, String name, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            fields.add(name);
        }
    }
}
