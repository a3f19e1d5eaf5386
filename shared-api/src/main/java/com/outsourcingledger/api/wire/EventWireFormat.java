package com.outsourcingledger.api.wire;

import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The single definition of how messages are written to the event store, to Axon Server and to integrators:
 * JSON by Jackson 3, ISO-8601 dates, decimals kept exact, unknown properties tolerated so old readers
 * survive additive changes. Types named in the JSON itself (Axon's tracking tokens after a replay, for one)
 * may only be Axon's or ours: Jackson 3 refuses them all by default, which failed every token claim after a
 * projection rebuild.
 */
public final class EventWireFormat {

    private EventWireFormat() {
    }

    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .allowIfSubType("com.outsourcingledger.")
                        .allowIfSubType(String.class)
                        .allowIfSubType(Long.class)
                        .allowIfSubType(Integer.class)
                        .build())
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
