package com.outsourcingledger.system;

import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An auditor's questions about a vendor admitted through command-side's HTTP API, answered by query-side's
 * audit endpoints on one PostgreSQL database; then, last and on the JDBC store only (it edits that store's
 * table), the stored admission is altered in the database and verification reports it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditEndToEndTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();

    private static final LedgerClient client = new LedgerClient();

    @Test
    @Order(1)
    void anAuditorReadsHistoryStateDiffAndTrail() {
        String requestId = "audit-e2e-registration-" + UUID.randomUUID();
        String vendorId = VendorSteps.register(ledger.system(), client, VendorSteps.newRegistration(),
                Map.of("X-Request-Id", requestId));
        JsonNode liveBefore = awaitVendor(vendorId, v -> v.path("status").asString().equals("REGISTERED"));
        Instant beforeAdmission = Instant.now();
        VendorSteps.admit(ledger.system(), client, vendorId);
        JsonNode liveAfter = awaitVendor(vendorId, v -> v.path("status").asString().equals("ADMITTED"));
        Instant afterAdmission = Instant.now();
        int events = 4 + AdmissionCriterion.values().length;
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/audit/vendors/" + vendorId + "/events", "audit").json().path("totalItems").asInt() == events);

        JsonNode history = get("/audit/vendors/" + vendorId + "/events?size=100", "audit").json();
        JsonNode registered = history.path("items").get(0);
        assertThat(registered.path("type").asString()).isEqualTo("VendorRegistered");
        assertThat(registered.path("user").asString()).isEqualTo("hr");
        assertThat(registered.path("department").asString()).isEqualTo("HR");
        assertThat(registered.path("correlationId").asString()).isEqualTo(requestId);
        assertThat(registered.path("command").asString()).isEqualTo("RegisterVendor");
        assertThat(registered.path("causationId").asString()).isNotBlank();
        assertThat(history.path("items").get(events - 1).path("type").asString()).isEqualTo("VendorAdmitted");
        Response csv = client.get(url("/audit/vendors/" + vendorId + "/events"), "legal", Map.of("Accept", "text/csv"));
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines()).hasSize(events + 1);
        assertThat(csv.body()).contains("上海测试外包服务有限公司");

        assertThat(get(statePath(vendorId, beforeAdmission), "audit").json().path("state")).isEqualTo(liveBefore);
        assertThat(get(statePath(vendorId, afterAdmission), "management").json().path("state")).isEqualTo(liveAfter);

        JsonNode diff = get("/audit/vendors/" + vendorId + "/diff?from=" + beforeAdmission + "&to=" + afterAdmission,
                "audit").json();
        JsonNode status = StreamSupport.stream(diff.path("changes").spliterator(), false)
                .filter(c -> c.path("path").asString().equals("status")).findFirst().orElseThrow();
        assertThat(status.path("before").asString()).isEqualTo("REGISTERED");
        assertThat(status.path("after").asString()).isEqualTo("ADMITTED");
        assertThat(StreamSupport.stream(status.path("causes").spliterator(), false)
                .map(c -> c.path("type").asString()).toList()).containsExactly("DueDiligenceStarted", "VendorAdmitted");

        JsonNode trail = get("/audit/events?correlationId=" + requestId, "audit").json();
        assertThat(trail.path("items")).hasSize(1);
        assertThat(trail.path("items").get(0).path("aggregateId").asString()).isEqualTo(vendorId);

        assertThat(get("/audit/vendors/" + vendorId + "/events", "business").status()).isEqualTo(403);
        assertThat(get("/audit/verification", "audit").json().path("status").asString()).isEqualTo("INTACT");
        assertThat(get("/audit/vendors/" + vendorId + "/verification", "audit").json().path("status").asString())
                .isEqualTo("INTACT");
    }

    @Test
    @Order(2)
    @JdbcStoreOnly
    void verificationCatchesAnAdmissionAlteredInTheTable() {
        String vendorId = VendorSteps.registerAndAdmit(ledger.system(), client);
        int events = 4 + AdmissionCriterion.values().length;
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/audit/vendors/" + vendorId + "/events", "audit").json().path("totalItems").asInt() == events);
        JsonNode history = get("/audit/vendors/" + vendorId + "/events?size=100", "audit").json();
        assertThat(history.path("items").get(events - 1).path("type").asString()).isEqualTo("VendorAdmitted");
        assertThat(get("/audit/verification", "audit").json().path("status").asString()).isEqualTo("INTACT");

        String admission = history.path("items").get(events - 1).path("eventId").asString();
        JdbcClient.create(ledger.system().querySide().getBean(DataSource.class))
                .sql("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                        + " 'STANDARD', 'STRATEGIC'), 'UTF8') WHERE eventidentifier = :id")
                .param("id", admission).update();

        for (String path : List.of("/audit/verification", "/audit/vendors/" + vendorId + "/verification")) {
            JsonNode report = get(path, "audit").json();
            assertThat(report.path("status").asString()).as(path).isEqualTo("TAMPERED");
            assertThat(report.path("firstDivergence").path("kind").asString()).isEqualTo("ALTERED");
            assertThat(report.path("firstDivergence").path("eventId").asString()).isEqualTo(admission);
        }
    }

    private static String statePath(String vendorId, Instant at) {
        return "/audit/vendors/" + vendorId + "/state?at=" + at;
    }

    private static JsonNode awaitVendor(String vendorId, Predicate<JsonNode> condition) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response = get("/vendors/" + vendorId, "audit");
            return response.status() == 200 && condition.test(response.json());
        });
        return get("/vendors/" + vendorId, "audit").json();
    }

    private static Response get(String path, String user) {
        return client.get(url(path), user);
    }

    private static URI url(String path) {
        return ledger.system().queryUrl(path);
    }
}
