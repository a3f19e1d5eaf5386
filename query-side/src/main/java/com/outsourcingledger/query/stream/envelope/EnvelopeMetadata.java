package com.outsourcingledger.query.stream.envelope;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.messaging.Message;
import org.axonframework.serialization.Serializer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * The metadata entries an envelope carries, read from the stored metadata JSON without building a map for each
 * event; metadata in any other shape (a non-text value among these entries, say) is read through Axon as usual.
 */
record EnvelopeMetadata(String correlationId, String causationId, String user, String department) {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final List<String> KEYS = List.of(MetadataKeys.CORRELATION_ID, MetadataKeys.CAUSATION_ID,
            MetadataKeys.USER, MetadataKeys.DEPARTMENT);

    static EnvelopeMetadata of(Message<?> message, Serializer serializer) {
        String[] values = parse(message.serializeMetaData(serializer, byte[].class).getData());
        if (values == null) {
            Map<String, ?> metaData = message.getMetaData();
            values = KEYS.stream().map(key -> metaData.get(key) == null ? null : metaData.get(key).toString())
                    .toArray(String[]::new);
        }
        return new EnvelopeMetadata(values[0], values[1], values[2], values[3]);
    }

    /** The values of {@link #KEYS} in order, or null unless the JSON is an object giving each as text or null. */
    static String[] parse(byte[] json) {
        String[] values = new String[KEYS.size()];
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                int key = KEYS.indexOf(parser.currentName());
                JsonToken value = parser.nextToken();
                if (key < 0) {
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL) {
                    values[key] = value == JsonToken.VALUE_NULL ? null : parser.getString();
                } else {
                    return null;
                }
            }
            return parser.currentToken() == JsonToken.END_OBJECT ? values : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
