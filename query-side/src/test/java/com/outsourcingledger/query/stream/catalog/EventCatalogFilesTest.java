package com.outsourcingledger.query.stream.catalog;

import com.outsourcingledger.api.wire.EventWireFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog in docs/event-catalog is what the generator makes of shared-api today: changing an event record
 * without regenerating the catalog fails here. Regenerate with
 * {@value #REGENERATE}.
 */
class EventCatalogFilesTest {

    static final String REGENERATE = "./mvnw -q -B -o test -pl query-side -am -Dtest=EventCatalogFilesTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Devent-catalog.write=true";
    static final Path CATALOG = Path.of("..", "docs", "event-catalog");

    @Test
    void committedCatalogMatchesTheEventRecords() throws IOException {
        Map<String, String> generated = render(EventCatalogDocuments.of(EventCatalog.scan()));
        if (Boolean.getBoolean("event-catalog.write")) {
            write(generated);
        }
        assertThat(committedFiles()).as("files under docs/event-catalog; regenerate with " + REGENERATE)
                .isEqualTo(new TreeSet<>(generated.keySet()));
        assertThat(generated.entrySet().stream().filter(file -> !read(file.getKey()).equals(file.getValue()))
                .map(Map.Entry::getKey))
                .as("catalog files that no longer describe the event records; regenerate with " + REGENERATE)
                .isEmpty();
    }

    static Map<String, String> render(Map<String, JsonNode> documents) {
        var writer = EventWireFormat.jsonMapper().writerWithDefaultPrettyPrinter();
        return documents.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> writer.writeValueAsString(e.getValue()) + "\n", (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static void write(Map<String, String> generated) throws IOException {
        if (Files.exists(CATALOG)) {
            try (Stream<Path> old = Files.walk(CATALOG)) {
                for (Path file : old.filter(Files::isRegularFile).toList()) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path target = CATALOG.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }

    private static Set<String> committedFiles() throws IOException {
        if (!Files.exists(CATALOG)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(CATALOG)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> CATALOG.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String read(String path) {
        try {
            return Files.readString(CATALOG.resolve(path));
        } catch (IOException e) {
            return "";
        }
    }
}
