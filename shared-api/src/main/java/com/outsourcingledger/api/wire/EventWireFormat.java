package com.outsourcingledger.api.wire;

import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single definition of how messages are written to the event store, to Axon Server and to integrators:
 * JSON by Jackson 3, ISO-8601 dates, decimals kept exact, unknown properties tolerated so old readers
 * survive additive changes.
 */
public final class EventWireFormat {

    private EventWireFormat() {
    }

    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    public static JsonMapper jsonMapper() {
        return configure(JsonMapper.builder()).build();
    }

    public static Jackson3Serializer serializer() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(EventWireFormat::configure)
                .build();
    }
}
