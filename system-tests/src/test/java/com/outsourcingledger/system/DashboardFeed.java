package com.outsourcingledger.system;

import com.outsourcingledger.api.wire.EventWireFormat;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A dashboard client on {@code GET /dashboard/live}: every server-sent dashboard, in order of arrival. */
final class DashboardFeed implements AutoCloseable {

    private final BlockingQueue<JsonNode> dashboards = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;

    DashboardFeed(URI uri, String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + LedgerClient.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Basic " + credentials)
                .header("Accept", "text/event-stream").GET().build();
        response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        // Async: when the response is already there, a plain thenAccept would read the endless stream on this thread.
        response.thenAcceptAsync(r -> {
            lines = r.body();
            lines.filter(line -> line.startsWith("data:"))
                    .map(line -> EventWireFormat.jsonMapper().readTree(line.substring(5)))
                    .forEach(dashboards::add);
        }, task -> Thread.ofVirtual().start(task));
    }

    int status() throws Exception {
        return response.get(10, TimeUnit.SECONDS).statusCode();
    }

    String contentType() throws Exception {
        return response.get(10, TimeUnit.SECONDS).headers().firstValue("Content-Type").orElse("");
    }

    /** The next dashboard that satisfies {@code condition}, skipping others; fails after {@code timeout}. */
    JsonNode next(Predicate<JsonNode> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode dashboard = dashboards.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (dashboard != null && condition.test(dashboard)) {
                return dashboard;
            }
        }
        throw new AssertionError("no matching dashboard arrived within " + timeout);
    }

    /** Whatever arrives within {@code quiet}, or null when the feed stays silent. */
    JsonNode poll(Duration quiet) throws InterruptedException {
        return dashboards.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        response.cancel(true);
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
    }
}
