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
    void healthStatusIsPublicAndItsDetailsAreForOperationsManagementAndAudit() {
        for (Function<String, URI> app : apps()) {
            var anonymous = client.get(app.apply("/actuator/health"), null);
            assertThat(anonymous.status()).isEqualTo(200);
            assertThat(anonymous.json().get("status").asString()).isEqualTo("UP");
            assertThat(anonymous.json().has("components")).isFalse();
            for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
                assertThat(client.get(app.apply(probe), null).json().get("status").asString()).isEqualTo("UP");
            }

            for (String operator : List.of("audit", "management", "operations")) {
                var detailed = client.get(app.apply("/actuator/health"), operator);
                assertThat(detailed.json().get("components").has("eventProcessors")).as(operator).isTrue();
            }
            for (String other : List.of("business", "legal", "integrator")) {
                var plain = client.get(app.apply("/actuator/health"), other);
                assertThat(plain.json().get("status").asString()).isEqualTo("UP");
                assertThat(plain.json().has("components")).as(other).isFalse();
            }
        }
    }

    @Test
    void servesMetricsToOperationsManagementAndAuditOnly() {
        for (Function<String, URI> app : apps()) {
            for (String metrics : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used")) {
                assertThat(client.get(app.apply(metrics), null).status()).as(metrics).isEqualTo(401);
                for (String other : List.of("business", "legal", "integrator")) {
                    assertThat(client.get(app.apply(metrics), other).status()).as(other + " " + metrics).isEqualTo(403);
                }
                for (String operator : List.of("audit", "management", "operations")) {
                    assertThat(client.get(app.apply(metrics), operator).status()).as(operator + " " + metrics)
                            .isEqualTo(200);
                }
            }
            assertThat(client.get(app.apply("/actuator/prometheus"), "operations").body()).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void servesTheOpenApiDocumentToAnyone() {
        for (Function<String, URI> app : apps()) {
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
