package com.outsourcingledger.query.stream.catalog;

import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.wire.AddedLater;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * JSON Schema (draft 2020-12) of an event's {@code data}, derived from the record's components as the wire
 * format writes them. Events never validate, so every reference-typed property may be null; every component
 * is always written, so every one is required, except one {@link AddedLater} (events stored before it lack it),
 * and nothing else may appear.
 */
final class EventSchemas {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventSchemas() {
    }

    static ObjectNode of(EventType type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", "urn:outsourcing-ledger:event:" + type.name());
        schema.put("title", type.name());
        schema.put("description", "The data of " + type.name() + ", the " + type.aggregate() + " event "
                + type.payloadType().getSimpleName() + ".");
        ObjectNode definitions = NODES.objectNode();
        schema.setAll(recordSchema(type.payloadType(), definitions));
        if (!definitions.isEmpty()) {
            schema.set("$defs", definitions);
        }
        return schema;
    }

    private static ObjectNode recordSchema(Class<?> record, ObjectNode definitions) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(component.getName(), property(component.getGenericType(), definitions));
            if (!component.isAnnotationPresent(AddedLater.class)) {
                required.add(component.getName());
            }
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode property(Type type, ObjectNode definitions) {
        ObjectNode schema = valueSchema(type, definitions);
        return type instanceof Class<?> c && c.isPrimitive() ? schema : nullable(schema);
    }

    private static ObjectNode valueSchema(Type type, ObjectNode definitions) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterizedSchema(parameterized, definitions);
        }
        if (type instanceof GenericArrayType array) {
            return arrayOf(array.getGenericComponentType(), false, definitions);
        }
        if (!(type instanceof Class<?> c)) {
            throw unsupported(type);
        }
        if (c.isArray()) {
            return arrayOf(c.getComponentType(), false, definitions);
        }
        if (c.isEnum()) {
            ObjectNode schema = simple("string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return schema;
        }
        if (c == SealedPersonalData.class) {
            definitions.set(c.getSimpleName(), personalDataShown());
            return NODES.objectNode().put("$ref", "#/$defs/" + c.getSimpleName());
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!definitions.has(name)) {
                definitions.putObject(name);
                definitions.set(name, recordSchema(c, definitions));
            }
            return NODES.objectNode().put("$ref", "#/$defs/" + name);
        }
        return ScalarSchemas.of(c).orElseThrow(() -> unsupported(type));
    }

    /** Not as stored: the stream shows sealed personal data opened, or erased (query-side PersonalDataRendering). */
    private static ObjectNode personalDataShown() {
        ObjectNode opened = simple("object");
        ObjectNode fields = opened.putObject("properties");
        ArrayNode required = opened.putArray("required");
        for (String field : new String[]{"name", "idNumber", "contact"}) {
            fields.set(field, nullable(simple("string")));
            required.add(field);
        }
        opened.put("additionalProperties", false);
        ObjectNode erased = simple("object");
        erased.putObject("properties").putObject("erased").put("const", true);
        erased.putArray("required").add("erased");
        erased.put("additionalProperties", false);
        ObjectNode schema = NODES.objectNode().put("description", "Personal data, stored sealed under the subject's"
                + " own key: shown opened, or as {\"erased\": true} once that key was destroyed.");
        schema.putArray("oneOf").add(opened).add(erased);
        return schema;
    }

    private static ObjectNode parameterizedSchema(ParameterizedType type, ObjectNode definitions) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] arguments = type.getActualTypeArguments();
        if (Collection.class.isAssignableFrom(raw)) {
            return arrayOf(arguments[0], Set.class.isAssignableFrom(raw), definitions);
        }
        if (Map.class.isAssignableFrom(raw)) {
            ObjectNode schema = simple("object");
            schema.set("additionalProperties", property(arguments[1], definitions));
            return schema;
        }
        if (raw == Optional.class) {
            return valueSchema(arguments[0], definitions);
        }
        throw unsupported(type);
    }

    private static ObjectNode arrayOf(Type item, boolean unique, ObjectNode definitions) {
        ObjectNode schema = simple("array");
        schema.set("items", valueSchema(item, definitions));
        if (unique) {
            schema.put("uniqueItems", true);
        }
        return schema;
    }

    private static ObjectNode nullable(ObjectNode schema) {
        if (schema.has("type") && schema.get("type").isString()) {
            String type = schema.get("type").asString();
            schema.putArray("type").add(type).add("null");
            if (schema.has("enum")) {
                ((ArrayNode) schema.get("enum")).addNull();
            }
            return schema;
        }
        ObjectNode either = NODES.objectNode();
        either.putArray("anyOf").add(schema).add(simple("null"));
        return either;
    }

    static ObjectNode simple(String type) {
        return NODES.objectNode().put("type", type);
    }

    private static IllegalStateException unsupported(Type type) {
        return new IllegalStateException("the event catalog cannot describe " + type.getTypeName()
                + " yet: teach EventSchemas and ScalarSchemas how the wire format writes it");
    }
}
