package com.outsourcingledger.system;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every writing operation command-side publishes in its OpenAPI document, with its body schema, its path and header
 * parameters, and the user of the department its {@code @PreAuthorize} names first.
 */
final class CommandOperations {

    private static final Set<String> WRITING = Set.of("post", "put", "patch", "delete");
    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    record Operation(String method, String path, List<String> pathVariables, List<String> headers,
                     String schemaName, JsonNode schema, String user) {

        Operation by(String someoneElse) {
            return new Operation(method, path, pathVariables, headers, schemaName, schema, someoneElse);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    private CommandOperations(JsonNode document) {
        this.document = document;
    }

    static CommandOperations of(JsonNode document) {
        return new CommandOperations(document);
    }

    List<Operation> writing(LedgerSystem system) {
        Map<RequestMappingInfo, HandlerMethod> handlers = system.commandSide()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods();
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!WRITING.contains(operation.getKey())) {
                    continue;
                }
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                List<String> pathVariables = new ArrayList<>();
                List<String> headers = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    (parameter.path("in").asString().equals("path") ? pathVariables : headers)
                            .add(parameter.get("name").asString());
                }
                JsonNode reference = operation.getValue().path("requestBody").path("content")
                        .path("application/json").path("schema");
                String schemaName = reference.has("$ref") ? componentName(reference) : null;
                operations.add(new Operation(method, path.getKey(), pathVariables, headers, schemaName,
                        reference.isMissingNode() ? null : resolve(reference),
                        userFor(handlers, method, path.getKey())));
            }
        }
        return operations;
    }

    /** The schema itself, or the component a {@code $ref} points at. */
    JsonNode resolve(JsonNode schema) {
        return schema.has("$ref") ? document.get("components").get("schemas").get(componentName(schema)) : schema;
    }

    private static String componentName(JsonNode reference) {
        String ref = reference.get("$ref").asString();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static String userFor(Map<RequestMappingInfo, HandlerMethod> handlers, String method, String path) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : handlers.entrySet()) {
            RequestMappingInfo info = handler.getKey();
            boolean samePath = info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getPatternValues().contains(path);
            boolean sameMethod = info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals(method));
            if (samePath && sameMethod) {
                PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getValue().getMethod(),
                        PreAuthorize.class);
                if (rule == null) {
                    rule = AnnotatedElementUtils.findMergedAnnotation(handler.getValue().getBeanType(), PreAuthorize.class);
                }
                Matcher role = ROLE.matcher(rule == null ? "" : rule.value());
                return role.find() ? role.group(1).toLowerCase(Locale.ROOT) : "business";
            }
        }
        throw new AssertionError("no handler for " + method + " " + path);
    }
}
