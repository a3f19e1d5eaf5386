package com.outsourcingledger.system;

import com.outsourcingledger.api.wire.EventWireFormat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A subscriber that keeps the stream's lines exactly as they came off the wire (the JDK's HTTP client, no SSE
 * library): what the server sent, to compare with the store.
 */
final class RawStreamReader implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile InputStream body;

    RawStreamReader(URI uri, String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + LedgerClient.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        reader = Thread.ofPlatform().daemon().start(() -> {
            try {
                HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                        .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofInputStream());
                body = response.body();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                }
            } catch (Exception closed) {
                // closed by the test
            }
        });
    }

    /** {@code position:eventId} of each event received, in order, from its CloudEvent. */
    List<String> entries() {
        return lines.stream().filter(line -> line.startsWith("data: "))
                .map(line -> EventWireFormat.jsonMapper().readTree(line.substring(6)))
                .map(event -> event.get("position").asLong() + ":" + event.get("id").asString())
                .toList();
    }

    /** Whether every event's SSE id is its position. */
    boolean idsArePositions() {
        List<String> entries = entries();
        List<Long> ids = ids();
        return ids.size() == entries.size() && java.util.stream.IntStream.range(0, ids.size())
                .allMatch(i -> entries.get(i).startsWith(ids.get(i) + ":"));
    }

    List<String> awaitEntries(int count, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (entries().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return entries();
    }

    /** The SSE ids of the events received, in order. */
    List<Long> ids() {
        return lines.stream().filter(line -> line.startsWith("id: ")).map(line -> Long.parseLong(line.substring(4))).toList();
    }

    @Override
    public void close() throws Exception {
        if (body != null) {
            body.close();
        }
        reader.interrupt();
    }
}
