package com.outsourcingledger.platform.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One schema per type. Named by their simple names, two records called {@code ReviewRequest} in two packages were
 * one schema, and one operation showed the other's body; so the document is built with fully qualified names
 * ({@code springdoc.use-fqn}) and each is shortened here to its simple name where that is unique, and to its name
 * below {@code com.outsourcingledger} (e.g. {@code command.contract.ContractPerformanceController.ReviewRequest})
 * where two types share it. Every {@code $ref} follows the rename.
 */
final class SchemaNames {

    private static final String ROOT = "com.outsourcingledger.";
    private static final String REF = "#/components/schemas/";

    private SchemaNames() {
    }

    static void shorten(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        Map<String, String> renames = renames(schemas.keySet());
        Map<String, Schema> renamed = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> renamed.put(renames.get(name), schema));
        document.getComponents().setSchemas(renamed);
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        renamed.values().forEach(schema -> rewrite(schema, renames, seen));
        if (document.getPaths() != null) {
            for (PathItem path : document.getPaths().values()) {
                if (path.getParameters() != null) {
                    path.getParameters().forEach(parameter -> rewrite(parameter, renames, seen));
                }
                for (Operation operation : path.readOperations()) {
                    rewrite(operation, renames, seen);
                }
            }
        }
    }

    static Map<String, String> renames(Collection<String> names) {
        Map<String, List<String>> bySimpleName = names.stream()
                .collect(Collectors.groupingBy(SchemaNames::simple, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> renames = new HashMap<>();
        bySimpleName.forEach((simple, qualified) -> qualified.forEach(name ->
                renames.put(name, qualified.size() == 1 ? simple : qualifiedBelowRoot(name))));
        return renames;
    }

    private static String simple(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return sanitized(last.substring(last.lastIndexOf('$') + 1));
    }

    private static String qualifiedBelowRoot(String name) {
        return sanitized(name.startsWith(ROOT) ? name.substring(ROOT.length()) : name);
    }

    private static String sanitized(String name) {
        return name.replace('$', '.').replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void rewrite(Operation operation, Map<String, String> renames, Set<Schema> seen) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> rewrite(parameter, renames, seen));
        }
        if (operation.getRequestBody() != null) {
            rewrite(operation.getRequestBody().getContent(), renames, seen);
        }
        if (operation.getResponses() != null) {
            for (ApiResponse response : operation.getResponses().values()) {
                rewrite(response.getContent(), renames, seen);
                if (response.getHeaders() != null) {
                    for (Header header : response.getHeaders().values()) {
                        rewrite(header.getSchema(), renames, seen);
                    }
                }
            }
        }
    }

    private static void rewrite(Parameter parameter, Map<String, String> renames, Set<Schema> seen) {
        rewrite(parameter.getSchema(), renames, seen);
        rewrite(parameter.getContent(), renames, seen);
    }

    private static void rewrite(Content content, Map<String, String> renames, Set<Schema> seen) {
        if (content != null) {
            for (MediaType media : content.values()) {
                rewrite(media.getSchema(), renames, seen);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void rewrite(Schema<?> schema, Map<String, String> renames, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        String ref = schema.get$ref();
        if (ref != null && ref.startsWith(REF) && renames.containsKey(ref.substring(REF.length()))) {
            schema.set$ref(REF + renames.get(ref.substring(REF.length())));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> rewrite(property, renames, seen));
        }
        rewrite(schema.getItems(), renames, seen);
        rewrite(schema.getNot(), renames, seen);
        for (List<Schema> group : new List[]{schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(),
                schema.getPrefixItems()}) {
            if (group != null) {
                group.forEach(member -> rewrite(member, renames, seen));
            }
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            rewrite(values, renames, seen);
        }
    }
}
