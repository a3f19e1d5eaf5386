package com.outsourcingledger.query.stream.catalog;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.outsourcingledger.api.wire.AddedLater;
import com.outsourcingledger.query.privacy.PersonalDataForTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/** Each event's schema accepts what the wire format writes for it, and nothing more or different. */
class EventSchemasTest {

    /** The wire format as the stream shows it: sealed personal data opened. */
    private static final JsonMapper JSON = PersonalDataForTests.RENDERING.outwardMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static Collection<EventType> everyEventType() {
        return EventCatalog.scan().types();
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void acceptsTheWireFormatOfASample(EventType type) {
        Object sample = Samples.of(type.payloadType());
        assertThat(sample).as("sample of " + type.name()).isNotNull();
        assertThat(schema(type).validate(JSON.writeValueAsString(sample), InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void refusesAnUnknownPropertyAndAMissingOne(EventType type) {
        ObjectNode data = (ObjectNode) JSON.valueToTree(Samples.of(type.payloadType()));
        ObjectNode extra = data.deepCopy().put("unexpected", 1);
        assertThat(schema(type).validate(JSON.writeValueAsString(extra), InputFormat.JSON)).isNotEmpty();
        ObjectNode missing = data.deepCopy();
        missing.remove(type.payloadType().getRecordComponents()[0].getName());
        assertThat(schema(type).validate(JSON.writeValueAsString(missing), InputFormat.JSON)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void acceptsAnEventStoredBeforeAComponentWasAddedLater(EventType type) {
        ObjectNode stored = (ObjectNode) JSON.valueToTree(Samples.of(type.payloadType()));
        for (var component : type.payloadType().getRecordComponents()) {
            if (component.isAnnotationPresent(AddedLater.class)) {
                stored.remove(component.getName());
            }
        }
        assertThat(schema(type).validate(JSON.writeValueAsString(stored), InputFormat.JSON)).isEmpty();
    }

    private static Schema schema(EventType type) {
        return SCHEMAS.getSchema(JSON.writeValueAsString(EventSchemas.of(type)), InputFormat.JSON);
    }
}
