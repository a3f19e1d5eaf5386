package com.outsourcingledger.query.stream.catalog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * An event's JSON Schema as a component of the AsyncAPI document: without its {@code $schema} and {@code $id}, its
 * {@code $defs} lifted beside it and every {@code #/$defs/X} pointed there. A definition that another event already
 * placed under the same name with other content is qualified by the event's type.
 */
final class EmbeddedSchemas {

    private static final String DEFS = "#/$defs/";
    private static final String COMPONENTS = "#/components/schemas/";

    private EmbeddedSchemas() {
    }

    static void add(ObjectNode components, String name, ObjectNode schema) {
        ObjectNode embedded = schema.deepCopy();
        embedded.remove("$schema");
        embedded.remove("$id");
        JsonNode definitions = embedded.remove("$defs");
        Map<String, String> names = new HashMap<>();
        if (definitions != null) {
            for (Map.Entry<String, JsonNode> definition : definitions.properties()) {
                String key = definition.getKey();
                JsonNode placed = components.get(key);
                boolean same = placed == null || placed.equals(repointed(definition.getValue().deepCopy(), Map.of()));
                names.put(key, same ? key : name + "." + key);
            }
            for (Map.Entry<String, JsonNode> definition : definitions.properties()) {
                components.set(names.get(definition.getKey()), repointed(definition.getValue(), names));
            }
        }
        components.set(name, repointed(embedded, names));
    }

    private static JsonNode repointed(JsonNode node, Map<String, String> names) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                if (property.getKey().equals("$ref") && property.getValue().isString()
                        && property.getValue().asString().startsWith(DEFS)) {
                    String target = property.getValue().asString().substring(DEFS.length());
                    object.put("$ref", COMPONENTS + names.getOrDefault(target, target));
                } else {
                    repointed(property.getValue(), names);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> repointed(item, names));
        }
        return node;
    }
}
