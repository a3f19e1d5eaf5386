package com.outsourcingledger.system;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.outsourcingledger.api.wire.EventWireFormat;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks one envelope by parts the project did not write: the CloudEvents SDK's JSON format parses it (and
 * refuses what the spec forbids), and a JSON Schema validator checks its data against the schema query-side
 * serves for its type.
 */
final class CloudEventChecks {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final Function<String, String> servedSchema;
    private final Map<String, Schema> schemas = new HashMap<>();

    /** @param servedSchema fetches {@code /events/catalog/schemas/{type}.json} */
    CloudEventChecks(Function<String, String> servedSchema) {
        this.servedSchema = servedSchema;
    }

    void check(String envelope) {
        CloudEvent event = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE)
                .deserialize(envelope.getBytes(StandardCharsets.UTF_8));
        assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(event.getId()).isNotBlank();
        assertThat(event.getType()).matches("outsourcing\\.[a-z0-9-]+(\\.[a-z0-9]+)+\\.v[0-9]+");
        assertThat(event.getSource()).isEqualTo(URI.create("/vendors/" + event.getSubject()));
        assertThat(event.getTime()).isNotNull();
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getExtensionNames())
                .contains("position", "sequence", "correlationid", "causationid", "actor")
                .allMatch(name -> name.matches("[a-z0-9]{1,20}"), "CloudEvents attribute naming");
        JsonNode json = EventWireFormat.jsonMapper().readTree(envelope);
        Schema schema = schemas.computeIfAbsent(event.getType(),
                type -> REGISTRY.getSchema(servedSchema.apply(type), InputFormat.JSON));
        assertThat(schema.validate(json.get("data").toString(), InputFormat.JSON))
                .as("data of " + event.getType() + " against its schema").isEmpty();
    }
}
