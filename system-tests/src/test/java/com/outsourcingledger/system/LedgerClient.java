package com.outsourcingledger.system;

import com.outsourcingledger.api.wire.EventWireFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;

/**
 * A plain HTTP client speaking to the apps as a department user would, with the embedded users' password, or under
 * {@code jwt} with each user's bearer token ({@link #bearer}).
 */
public final class LedgerClient {

    public static final String PASSWORD = "ledger";
    private static final JsonMapper JSON = EventWireFormat.jsonMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Function<String, String> authorization;

    public LedgerClient() {
        this(PASSWORD);
    }

    /** A client for users with another password: a vendor's portal account, say. */
    public LedgerClient(String password) {
        this.authorization = user -> "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private LedgerClient(Function<String, String> authorization) {
        this.authorization = authorization;
    }

    /** A client for apps under {@code ledger.security.mode=jwt}: each user sends the access token {@code tokenOf} gives. */
    public static LedgerClient bearer(Function<String, String> tokenOf) {
        return new LedgerClient(user -> "Bearer " + tokenOf.apply(user));
    }

    public Response get(URI uri, String user) {
        return get(uri, user, Map.of());
    }

    public Response get(URI uri, String user, Map<String, String> headers) {
        return send(request(uri, user, headers).GET().build());
    }

    public Response post(URI uri, String user, Object body) {
        return post(uri, user, body, Map.of());
    }

    public Response post(URI uri, String user, Object body, Map<String, String> headers) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(request(uri, user, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    private HttpRequest.Builder request(URI uri, String user, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (user != null) {
            builder.header("Authorization", authorization.apply(user));
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
