package com.outsourcingledger.query.privacy;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.platform.privacy.PersonalDataVault;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The query side's one way to show personal data outward: a {@link SealedPersonalData} is written as what it
 * opens to, {@code {"name":…,"idNumber":…,"contact":…}}, or, once its subject is erased, {@code {"erased":true}};
 * never its ciphertext. Typed values (a read view's record, an as-of state) go through {@link #module()} on the
 * mapper that writes them; a stored payload, which the audit and the event stream hold as JSON, goes through
 * {@link #shown(JsonNode)}, which finds each sealed value by its shape and writes it with that same serializer.
 * Only what leaves is opened: the stores, the digests and the proof bundles keep the sealed bytes.
 */
@Component
public class PersonalDataRendering {

    private static final byte[] MARKER = "\"ciphertext\"".getBytes(StandardCharsets.UTF_8);

    private final PersonalDataVault vault;
    private final JsonMapper outward;

    public PersonalDataRendering(PersonalDataVault vault) {
        this.vault = vault;
        this.outward = EventWireFormat.configure(JsonMapper.builder()).addModule(module()).build();
    }

    /** Registered on the HTTP mapper (PersonalDataConfiguration): every sealed value a response holds is shown. */
    public JacksonModule module() {
        return new SimpleModule("personal-data").addSerializer(SealedPersonalData.class, new Shown());
    }

    /** The wire format with {@link #module()}: for turning a state into the tree a diff compares. */
    public JsonMapper outwardMapper() {
        return outward;
    }

    /** {@code stored} with every sealed value in it shown; {@code stored} itself is left as it is. */
    public JsonNode shown(JsonNode stored) {
        if (stored == null) {
            return null;
        }
        if (isSealed(stored)) {
            return outward.valueToTree(new SealedPersonalData(stored.get("subjectId").asString(),
                    stored.get("algorithm").asString(), stored.get("ciphertext").asString()));
        }
        if (stored instanceof ObjectNode object) {
            ObjectNode copy = null;
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                JsonNode shown = shown(property.getValue());
                if (shown != property.getValue()) {
                    copy = copy == null ? object.deepCopy() : copy;
                    copy.set(property.getKey(), shown);
                }
            }
            return copy == null ? stored : copy;
        }
        if (stored instanceof ArrayNode array) {
            ArrayNode copy = null;
            for (int i = 0; i < array.size(); i++) {
                JsonNode shown = shown(array.get(i));
                if (shown != array.get(i)) {
                    copy = copy == null ? array.deepCopy() : copy;
                    copy.set(i, shown);
                }
            }
            return copy == null ? stored : copy;
        }
        return stored;
    }

    /**
     * The stored JSON shown, or empty when it carries no sealed value and can be copied as it is: a byte search
     * first, so that the event stream parses only the payloads that may carry personal data.
     */
    public Optional<JsonNode> shown(byte[] storedJson) {
        if (indexOf(storedJson, MARKER) < 0) {
            return Optional.empty();
        }
        JsonNode stored = outward.readTree(storedJson);
        JsonNode shown = shown(stored);
        return shown == stored ? Optional.empty() : Optional.of(shown);
    }

    private static boolean isSealed(JsonNode node) {
        return node instanceof ObjectNode && node.size() == 3 && node.path("subjectId").isString()
                && node.path("algorithm").isString() && node.path("ciphertext").isString();
    }

    private static int indexOf(byte[] text, byte[] marker) {
        outer:
        for (int i = 0; i <= text.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (text[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private final class Shown extends ValueSerializer<SealedPersonalData> {

        @Override
        public void serialize(SealedPersonalData sealed, JsonGenerator json, SerializationContext context) {
            Optional<PersonalData> opened = vault.open(sealed);
            json.writeStartObject();
            if (opened.isPresent()) {
                json.writeStringProperty("name", opened.get().name());
                json.writeStringProperty("idNumber", opened.get().idNumber());
                json.writeStringProperty("contact", opened.get().contact());
            } else {
                json.writeBooleanProperty("erased", true);
            }
            json.writeEndObject();
        }
    }
}
