package com.outsourcingledger.query.stream.envelope;

import com.outsourcingledger.api.vendor.VendorEvent.VendorWarned;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.query.privacy.PersonalDataForTests;
import com.outsourcingledger.query.stream.catalog.EventCatalog;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEventWriterTest {

    private static final Serializer SERIALIZER = EventWireFormat.serializer();
    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final Instant STORED = Instant.parse("2026-05-01T08:00:00.120Z");
    private static final String WARNED = VendorWarned.class.getName();
    private final CloudEventWriter writer = new CloudEventWriter(EventCatalog.scan(), SERIALIZER,
            PersonalDataForTests.RENDERING);

    @Test
    void writesTheStoredPayloadAsItIsWithoutWritingItAgain() {
        String payload = "{\"vendorId\":\"v-1\",  \"reason\":\"迟交报告\",\"evidenceRefs\":[\"doc-1\"]}";
        String line = framed(stored(payload, "{\"user\":\"hr\",\"department\":\"HR\",\"correlationId\":\"req-1\"}"));

        assertThat(line).startsWith("id: 7\ndata: {\"specversion\":\"1.0\"").endsWith(",\"data\":" + payload + "}\n\n");
        JsonNode envelope = JSON.readTree(line.substring(line.indexOf('{')));
        assertThat(envelope.get("type").asString()).isEqualTo("outsourcing.vendor.warned.v1");
        assertThat(envelope.get("source").asString()).isEqualTo("/vendors/v-1");
        assertThat(envelope.get("time").asString()).isEqualTo("2026-05-01T08:00:00.120Z");
        assertThat(envelope.get("position").asLong()).isEqualTo(7);
        assertThat(envelope.get("actor").asString()).isEqualTo("hr");
        assertThat(envelope.get("department").asString()).isEqualTo("HR");
        assertThat(envelope.get("correlationid").asString()).isEqualTo("req-1");
        assertThat(envelope.has("causationid")).isFalse();
    }

    @Test
    void writesAPayloadStoredOverSeveralLinesAgainOnOneLine() {
        String payload = "{\n  \"vendorId\" : \"v-1\",\n  \"reason\" : \"迟交报告\",\n  \"evidenceRefs\" : [ \"doc-1\" ]\n}";
        String line = framed(stored(payload, "{\"user\":\"hr\"}"));

        assertThat(line.lines().toList()).hasSize(3).element(1).asString().startsWith("data: {").endsWith("}");
        JsonNode envelope = JSON.readTree(line.substring(line.indexOf('{')));
        assertThat(envelope.get("data")).isEqualTo(JSON.readTree(payload));
    }

    @Test
    void readsMetadataThatIsNotPlainTextThroughAxon() {
        String line = framed(stored("{\"vendorId\":\"v-1\"}",
                "{\"user\":\"hr\",\"causationId\":42,\"trace\":{\"hops\":[1,2]},\"department\":null}"));

        JsonNode envelope = JSON.readTree(line.substring(line.indexOf('{')));
        assertThat(envelope.get("causationid").asString()).isEqualTo("42");
        assertThat(envelope.get("actor").asString()).isEqualTo("hr");
        assertThat(envelope.has("department")).isFalse();
    }

    @Test
    void serializesAPayloadThatWasNeverStored() {
        var event = new GenericDomainEventMessage<>("Vendor", "v-2", 3, new VendorWarned("v-2", "迟交", List.of()),
                MetaData.with("user", "legal"));
        String line = framed(new StreamedEvent(8, new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(7), event)));

        JsonNode envelope = JSON.readTree(line.substring(line.indexOf('{')));
        assertThat(envelope.get("data")).isEqualTo(JSON.valueToTree(new VendorWarned("v-2", "迟交", List.of())));
        assertThat(envelope.get("actor").asString()).isEqualTo("legal");
        assertThat(envelope.get("sequence").asLong()).isEqualTo(3);
    }

    @Test
    void envelopeMetadataIsReadFromTextEntriesOnlyAndRefusesEverythingElse() {
        assertThat(EnvelopeMetadata.parse(bytes("{\"causationId\":\"c\",\"x\":[{\"y\":1}],\"user\":\"u\"}")))
                .containsExactly(null, "c", "u", null);
        assertThat(EnvelopeMetadata.parse(bytes("{\"user\":true}"))).isNull();
        assertThat(EnvelopeMetadata.parse(bytes("[\"user\"]"))).isNull();
        assertThat(EnvelopeMetadata.parse(bytes("{\"user\":"))).isNull();
    }

    private String framed(StreamedEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = writer.framed(out)) {
            json.writeRaw("id: " + event.position() + "\ndata: ");
            writer.write(json, writer.envelope(event, writer.typeOf(event)));
            json.writeRaw("\n\n");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** As the store hands an event out: payload and metadata still serialized. */
    private static StreamedEvent stored(String payload, String metaData) {
        var message = new SerializedMessage<>("e-7",
                new SimpleSerializedObject<>(bytes(payload), byte[].class, WARNED, null),
                new SimpleSerializedObject<>(bytes(metaData), byte[].class, MetaData.class.getName(), null), SERIALIZER);
        return new StreamedEvent(7, new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(6),
                "Vendor", "v-1", 4, message, () -> STORED));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
