package com.outsourcingledger.query.stream.catalog;

import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The published catalog as files, by path relative to {@code docs/event-catalog/}: {@code asyncapi.json} and
 * {@code schemas/<type>.json}. Served by query-side and committed to the repository, both from this one source.
 */
public final class EventCatalogDocuments {

    public static final String ASYNCAPI = "asyncapi.json";

    private EventCatalogDocuments() {
    }

    public static Map<String, JsonNode> of(EventCatalog catalog) {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        files.put(ASYNCAPI, AsyncApiDocument.of(catalog));
        for (EventType type : catalog.types()) {
            files.put(schemaPath(type.name()), EventSchemas.of(type));
        }
        return files;
    }

    public static String schemaPath(String typeName) {
        return "schemas/" + typeName + ".json";
    }
}
