package com.outsourcingledger.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics, API documents, authentication and request ids on both apps. */
class OperationsEndpointsTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();

    private static final LedgerClient client = new LedgerClient();

    private static List<Function<String, URI>> apps() {
        return List.of(ledger.system()::commandUrl, ledger.system()::queryUrl);
    }

    @Test
    void healthIsPublicAndReportsEventProcessorsToAuthenticatedUsers() {
        for (Function<String, URI> app : apps()) {
            var anonymous = client.get(app.apply("/actuator/health"), null);
            assertThat(anonymous.status()).isEqualTo(200);
            assertThat(anonymous.json().get("status").asString()).isEqualTo("UP");

            var detailed = client.get(app.apply("/actuator/health"), "audit");
            assertThat(detailed.json().get("components").has("eventProcessors")).isTrue();
        }
    }

    @Test
    void servesPrometheusMetricsAndTheOpenApiDocument() {
        for (Function<String, URI> app : apps()) {
            var metrics = client.get(app.apply("/actuator/prometheus"), null);
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes");

            var openApi = client.get(app.apply("/v3/api-docs"), null);
            assertThat(openApi.status()).isEqualTo(200);
            assertThat(openApi.json().get("openapi").asString()).startsWith("3.");

            assertThat(client.get(app.apply("/swagger-ui.html"), null).status()).isIn(200, 302);
        }
    }

    @Test
    void refusesAnonymousAndWrongPasswordCallsWithProblemDetails() {
        for (Function<String, URI> app : apps()) {
            var anonymous = client.get(app.apply("/vendors"), null);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
            assertThat(anonymous.json().get("rule").asString()).isEqualTo("authentication.required");
        }
    }

    @Test
    void echoesTheCallersRequestIdOrIssuesOne() {
        var echoed = client.post(ledger.system().commandUrl("/actuator/health"), null, "{}", java.util.Map.of("X-Request-Id", "req-42"));
        assertThat(echoed.header("X-Request-Id")).isEqualTo("req-42");
        var issued = client.get(ledger.system().queryUrl("/actuator/health"), null);
        assertThat(issued.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }
}
