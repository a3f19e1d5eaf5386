package com.outsourcingledger.query.stream.envelope;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.query.privacy.PersonalDataRendering;
import com.outsourcingledger.query.stream.catalog.EventCatalog;
import com.outsourcingledger.query.stream.catalog.EventType;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;

/**
 * Writes an event as a CloudEvents 1.0 structured JSON object: the required attributes, {@code subject},
 * {@code time}, {@code data} by the shared wire format, and the ledger's extension attributes. Reading an event
 * into its {@link Envelope} and writing that are separate steps, so that they can run on different threads.
 * <p>
 * {@code data} is the payload as the store holds it (after upcasting), which the shared wire format wrote:
 * copied, not deserialized and written again. A payload the store's serializer did not write is serialized
 * by the wire format, and so is one that spans lines, which a {@code data:} line cannot carry.
 */
public final class CloudEventWriter {

    /** The wire format, without the space it puts between top-level values: the caller frames them. */
    private static final JsonMapper FRAMED = EventWireFormat.configure(
            JsonMapper.builder(JsonFactory.builder().rootValueSeparator((String) null).build())).build();

    private final EventCatalog catalog;
    private final Serializer serializer;
    private final PersonalDataRendering personalData;

    public CloudEventWriter(EventCatalog catalog, Serializer serializer, PersonalDataRendering personalData) {
        this.catalog = catalog;
        this.serializer = serializer;
        this.personalData = personalData;
    }

    public EventType typeOf(StreamedEvent event) {
        TrackedEventMessage<?> message = event.message();
        String aggregateType = message instanceof DomainEventMessage<?> domain ? domain.getType() : null;
        return catalog.typeOf(message.getPayloadType(), aggregateType);
    }

    public Envelope envelope(StreamedEvent event, EventType type) {
        TrackedEventMessage<?> message = event.message();
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        String aggregateId = domain == null ? null : domain.getAggregateIdentifier();
        byte[] payload = message.serializePayload(serializer, byte[].class).getData();
        RawJson stored = new RawJson(payload);
        Object data = personalData.shown(payload).map(Object.class::cast)
                .orElseGet(() -> stored.singleLine() ? stored : message.getPayload());
        return new Envelope(event.position(), type, message.getIdentifier(), type.source(aggregateId), aggregateId,
                message::getTimestamp, domain == null ? null : domain.getSequenceNumber(),
                EnvelopeMetadata.of(message, serializer), data);
    }

    /** A generator for events written one after another to {@code out}, framed by raw text between them. */
    public JsonGenerator framed(OutputStream out) {
        return FRAMED.createGenerator(out);
    }

    public void write(JsonGenerator json, Envelope event) {
        json.writeStartObject();
        json.writeStringProperty("specversion", "1.0");
        json.writeStringProperty("id", event.id());
        json.writeStringProperty("source", event.source());
        json.writeStringProperty("type", event.type().name());
        writeIfPresent(json, "subject", event.subject());
        json.writeStringProperty("time", event.time().get().toString());
        json.writeStringProperty("datacontenttype", "application/json");
        json.writeNumberProperty("position", event.position());
        if (event.sequence() != null) {
            json.writeNumberProperty("sequence", event.sequence());
        }
        json.writeStringProperty("aggregatetype", event.type().aggregate());
        writeIfPresent(json, "correlationid", event.metadata().correlationId());
        writeIfPresent(json, "causationid", event.metadata().causationId());
        writeIfPresent(json, "actor", event.metadata().user());
        writeIfPresent(json, "department", event.metadata().department());
        json.writeName("data");
        if (event.data() instanceof RawJson stored) {
            json.writeRawValue(stored);
        } else {
            json.writePOJO(event.data());
        }
        json.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.writeStringProperty(name, value);
        }
    }
}
