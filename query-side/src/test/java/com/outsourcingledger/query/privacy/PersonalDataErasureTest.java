package com.outsourcingledger.query.privacy;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFiled;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFilingSubmitted;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerPersonalDataErased;
import com.outsourcingledger.api.worker.WorkerProofs;
import com.outsourcingledger.platform.privacy.PersonalDataVault;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import com.outsourcingledger.query.audit.chain.AuditProof;
import com.outsourcingledger.query.sse.SseSockets;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding end to end, the query-side app alone on PostgreSQL with its real processors: worker events carry
 * sealed personal data; every outward rendering shows it opened, and after the subject's key is destroyed shows it
 * erased, while the stored events, and so the hash chains, the checkpoints and the offline proofs, stay intact.
 */
class PersonalDataErasureTest {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String WORKER = AggregateKind.WORKER.aggregateType();
    private static final PersonalData ZHANG = new PersonalData("张伟", "110101199003078515", "+86 138 0013 8000");
    private static final PersonalData LI = new PersonalData("李娜", "310101198512120023", "li.na@example.cn");
    private static final WorkerProofs PROOFS = new WorkerProofs("LC-1", "SI-1", "2026-11", "CP-1");
    private static KeyPair keys;
    private static ConfigurableApplicationContext app;
    private static String baseUrl;
    private static SealedPersonalData zhang;

    @BeforeAll
    static void startApp() throws Exception {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.audit.checkpoint-every=2",
                "--ledger.audit.signing-key=" + Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded())));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        PersonalDataVault vault = app.getBean(PersonalDataVault.class);
        zhang = vault.seal("w-1", ZHANG);
        append("w-1", 0, new WorkerFilingSubmitted("w-1", "c-1", "v-1", zhang, PROOFS));
        append("w-1", 1, new WorkerFiled("w-1", "c-1", "v-1", PROOFS, "all proofs in order"));
        append("w-2", 0, new WorkerFilingSubmitted("w-2", "c-1", "v-1", vault.seal("w-2", LI), PROOFS));
        awaitTrail(3);
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyRenderingShowsPersonalDataOpenedThenErasedWhileTheStoredHistoryStaysIntact() throws Exception {
        assertThat(filing(trail(), "w-1")).isEqualTo(opened(ZHANG));
        assertThat(filing(page(), "w-1")).isEqualTo(opened(ZHANG));
        assertThat(filing(streamed(), "w-1")).isEqualTo(opened(ZHANG));
        assertThat(csv()).contains("\"\"name\"\":\"\"张伟\"\"").doesNotContain(zhang.ciphertext());
        assertThat(httpMapper().writeValueAsString(zhang)).as("a read view's sealed value, as a response writes it")
                .isEqualTo("{\"name\":\"张伟\",\"idNumber\":\"110101199003078515\",\"contact\":\"+86 138 0013 8000\"}");
        JsonNode held = send("/audit/checkpoints", "audit", "application/json", true).json();

        app.getBean(PersonalDataVault.class).erase("w-1");
        append("w-1", 2, new WorkerPersonalDataErased("w-1", "contract ended; retention period over"));
        awaitTrail(4);

        JsonNode erased = JSON.readTree("{\"erased\":true}");
        assertThat(filing(trail(), "w-1")).isEqualTo(erased);
        assertThat(filing(page(), "w-1")).isEqualTo(erased);
        assertThat(filing(streamed(), "w-1")).isEqualTo(erased);
        assertThat(filing(trail(), "w-2")).isEqualTo(opened(LI));
        assertThat(httpMapper().writeValueAsString(zhang)).isEqualTo("{\"erased\":true}");
        String csv = csv();
        assertThat(csv).contains("\"\"personalData\"\":{\"\"erased\"\":true}").contains("李娜");
        for (String rendering : List.of(trail().toString(), page().toString(), streamed().toString(), csv)) {
            assertThat(rendering).doesNotContain("张伟", "110101199003078515", zhang.ciphertext());
        }

        assertThat(send("/audit/verification", "audit", "application/json", false).json().path("status").asString())
                .isEqualTo("INTACT");
        String proof = send("/audit/proof", "audit", "application/json", false).body();
        assertThat(AuditProof.verify(bundle(proof), keys.getPublic(),
                Map.of(held.path("index").asLong(), held.path("chainHash").asString()))).isNull();
        assertThat(proof).as("the proof holds the events as stored: sealed, as they were hashed")
                .contains(zhang.ciphertext()).doesNotContain("张伟");
    }

    /** The mapper the app writes its responses with (a read view holding a SealedPersonalData, an as-of state). */
    private static JsonMapper httpMapper() {
        return app.getBean(JsonMapper.class);
    }

    private static JsonNode opened(PersonalData data) {
        return JSON.valueToTree(Map.of("name", data.name(), "idNumber", data.idNumber(), "contact", data.contact()));
    }

    /** The personal data the worker's filing shows, among events as a trail or a page lists them. */
    private static JsonNode filing(List<JsonNode> events, String workerId) {
        return events.stream()
                .map(event -> event.has("payload") ? event.get("payload") : event.get("data"))
                .filter(payload -> payload.path("workerId").asString().equals(workerId) && payload.has("personalData"))
                .findFirst().orElseThrow().get("personalData");
    }

    private static List<JsonNode> trail() throws Exception {
        return list(send("/audit/events?aggregateType=worker", "audit", "application/json", false).json()
                .path("items"));
    }

    private static List<JsonNode> page() throws Exception {
        return list(send("/events?after=0&aggregateType=worker", "integrator", "application/json", false).json()
                .path("events"));
    }

    /** The worker events a live subscription delivers, read from its {@code data:} lines. */
    private static List<JsonNode> streamed() throws Exception {
        int expected = trail().size();
        List<JsonNode> events = new ArrayList<>();
        try (Socket ignored = SseSockets.open(baseUrl, "/events/stream?aggregateType=worker", "integrator", line -> {
            if (line.startsWith("data: ")) {
                events.add(JSON.readTree(line.substring("data: ".length())));
            }
            return events.size() == expected;
        })) {
            return events;
        }
    }

    private static String csv() throws Exception {
        return send("/audit/events?aggregateType=worker", "audit", "text/csv", false).body();
    }

    private static void awaitTrail(int events) {
        await().atMost(Duration.ofSeconds(30)).until(() -> trail().size() == events);
    }

    private static void append(String workerId, long sequence, WorkerEvent event) {
        app.getBean(EventStore.class).publish(new GenericDomainEventMessage<>(WORKER, workerId, sequence, event,
                MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.DEPARTMENT, "HR")
                        .and(MetadataKeys.CORRELATION_ID, "req-" + workerId + "-" + sequence)));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bundle(String proof) throws Exception {
        return (Map<String, Object>) new AuditProof.Json(proof).value();
    }

    private static Answer send(String path, String user, String accept, boolean post) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":ledger").getBytes(StandardCharsets.UTF_8)));
        request = post ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
        return new Answer(response.body());
    }

    private record Answer(String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
