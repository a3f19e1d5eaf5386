package com.outsourcingledger.platform.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI documents committed under docs/api are what the apps serve: a change to an endpoint without
 * regenerating its document fails here. Regenerate both with {@value #REGENERATE}.
 */
public final class ApiDocuments {

    public static final String REGENERATE = "./mvnw -q -B -o test -pl command-side,query-side -am "
            + "-Dtest='VendorHttpApiTest#committedOpenApiDocumentIsWhatTheAppServes,"
            + "VendorEndpointsTest#committedOpenApiDocumentIsWhatTheAppServes' "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dapi-docs.write=true";
    static final Path DOCUMENTS = Path.of("..", "docs", "api");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiDocuments() {
    }

    /** The served document, keys sorted and pretty-printed, as it is committed. */
    public static String canonical(String served) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(JSON.readTree(served))) + "\n";
    }

    public static void assertCommitted(String fileName, String served) {
        Path file = DOCUMENTS.resolve(fileName);
        String generated = canonical(served);
        try {
            if (Boolean.getBoolean("api-docs.write")) {
                Files.createDirectories(DOCUMENTS);
                Files.writeString(file, generated);
            }
            String committed = Files.exists(file) ? Files.readString(file) : "";
            assertThat(committed).as("docs/api/" + fileName + " no longer describes the app; regenerate with "
                    + REGENERATE).isEqualTo(generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> properties = new TreeMap<>();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                properties.put(property.getKey(), sorted(property.getValue()));
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            properties.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(sorted(item)));
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            items.forEach(copy::add);
            return copy;
        }
        return node;
    }
}
