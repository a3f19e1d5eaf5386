package com.outsourcingledger.query.stream;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringWriter;
import java.util.Map;

/**
 * Writes an event as a CloudEvents 1.0 structured JSON object: the required attributes, {@code subject},
 * {@code time}, {@code data} by the shared wire format, and the ledger's extension attributes.
 */
final class CloudEventWriter {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();

    private final EventCatalog catalog;

    CloudEventWriter(EventCatalog catalog) {
        this.catalog = catalog;
    }

    EventType typeOf(StreamedEvent event) {
        TrackedEventMessage<?> message = event.message();
        String aggregateType = message instanceof DomainEventMessage<?> domain ? domain.getType() : null;
        return catalog.typeOf(message.getPayloadType(), aggregateType);
    }

    String toJson(StreamedEvent event, EventType type) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(json, event, type);
        }
        return out.toString();
    }

    void write(JsonGenerator json, StreamedEvent event, EventType type) {
        TrackedEventMessage<?> message = event.message();
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        json.writeStartObject();
        json.writeStringProperty("specversion", "1.0");
        json.writeStringProperty("id", message.getIdentifier());
        json.writeStringProperty("source", type.source(aggregateId));
        json.writeStringProperty("type", type.name());
        if (aggregateId != null) {
            json.writeStringProperty("subject", aggregateId);
        }
        json.writeStringProperty("time", message.getTimestamp().toString());
        json.writeStringProperty("datacontenttype", "application/json");
        json.writeNumberProperty("position", event.position());
        if (message instanceof DomainEventMessage<?> domain) {
            json.writeNumberProperty("sequence", domain.getSequenceNumber());
        }
        json.writeStringProperty("aggregatetype", type.aggregate());
        Map<String, ?> metaData = message.getMetaData();
        writeIfPresent(json, "correlationid", metaData.get(MetadataKeys.CORRELATION_ID));
        writeIfPresent(json, "causationid", metaData.get(MetadataKeys.CAUSATION_ID));
        writeIfPresent(json, "actor", metaData.get(MetadataKeys.USER));
        writeIfPresent(json, "department", metaData.get(MetadataKeys.DEPARTMENT));
        json.writePOJOProperty("data", message.getPayload());
        json.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator json, String name, Object value) {
        if (value != null) {
            json.writeStringProperty(name, value.toString());
        }
    }
}
