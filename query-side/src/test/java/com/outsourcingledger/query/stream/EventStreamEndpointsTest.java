package com.outsourcingledger.query.stream;

import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import com.outsourcingledger.query.sse.SseSockets;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.outsourcingledger.query.stream.delivery.EventStreamService;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The query-side app alone on PostgreSQL: the pull, stream and catalog endpoints with their roles. */
class EventStreamEndpointsTest {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    private static ConfigurableApplicationContext app;
    private static String baseUrl;

    @BeforeAll
    static void startApp() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.event-stream.heartbeat=200ms",
                "--ledger.event-stream.max-subscribers=3"));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        append("v-1", new VendorEvent.DueDiligenceStarted("v-1", DAY),
                new VendorEvent.VendorAdmitted("v-1", DAY, VendorTier.STANDARD, DAY.plusYears(1)));
        append("v-2", new VendorEvent.DueDiligenceStarted("v-2", DAY),
                new VendorEvent.VendorWarned("v-2", "迟交报告", List.of("doc-1")));
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    private static void append(String vendorId, VendorEvent... events) {
        for (int i = 0; i < events.length; i++) {
            app.getBean(EventStore.class).publish(new GenericDomainEventMessage<>("Vendor", vendorId, i, events[i],
                    MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.DEPARTMENT, "HR")
                            .and(MetadataKeys.CORRELATION_ID, "req-" + vendorId)));
        }
    }

    @Test
    void pagesCarryCloudEventsInPositionOrderAndSayWhereToContinue() throws Exception {
        JsonNode first = json(get("/events?after=0&limit=3", "integrator"));
        assertThat(first.get("events")).hasSize(3);
        JsonNode admitted = first.get("events").get(1);
        assertThat(admitted.get("specversion").asString()).isEqualTo("1.0");
        assertThat(admitted.get("type").asString()).isEqualTo("outsourcing.vendor.admitted.v1");
        assertThat(admitted.get("source").asString()).isEqualTo("/vendors/v-1");
        assertThat(admitted.get("subject").asString()).isEqualTo("v-1");
        assertThat(admitted.get("sequence").asLong()).isEqualTo(1);
        assertThat(admitted.get("actor").asString()).isEqualTo("hr");
        assertThat(admitted.get("department").asString()).isEqualTo("HR");
        assertThat(admitted.get("correlationid").asString()).isEqualTo("req-v-1");
        assertThat(admitted.get("data").get("tier").asString()).isEqualTo("STANDARD");
        assertThat(admitted.get("data").get("admittedOn").asString()).isEqualTo("2026-03-31");
        long nextAfter = first.get("nextAfter").asLong();
        assertThat(nextAfter).isEqualTo(first.get("events").get(2).get("position").asLong());
        assertThat(first.get("headPosition").asLong()).isGreaterThanOrEqualTo(nextAfter + 1);

        JsonNode rest = json(get("/events?after=" + nextAfter + "&limit=1000", "audit"));
        assertThat(rest.get("events").valueStream().map(e -> e.get("type").asString()))
                .containsExactly("outsourcing.vendor.warned.v1");
        assertThat(rest.get("nextAfter").asLong()).isEqualTo(rest.get("headPosition").asLong());
    }

    @Test
    void filtersKeepGlobalPositionsAndMoveNextAfterPastWhatTheyLeftOut() throws Exception {
        JsonNode page = json(get("/events?after=0&type=outsourcing.vendor.due.diligence.started.v1", "integrator"));
        List<JsonNode> events = page.get("events").valueStream().toList();
        assertThat(events).extracting(e -> e.get("subject").asString()).containsExactly("v-1", "v-2");
        assertThat(events.get(1).get("position").asLong()).isGreaterThan(events.get(0).get("position").asLong() + 1);
        assertThat(page.get("nextAfter").asLong()).isEqualTo(page.get("headPosition").asLong());
        assertThat(json(get("/events?aggregateType=contract", "integrator")).get("events")).isEmpty();
    }

    @Test
    void theStreamSendsEventsWithTheirPositionAsIdThenHeartbeatsAndResumesFromLastEventId() throws Exception {
        List<String> lines = readStream("/events/stream", Map.of(), 4, true);
        List<String> ids = lines.stream().filter(l -> l.startsWith("id: ")).map(l -> l.substring(4)).toList();
        assertThat(ids).hasSize(4);
        assertThat(lines).anyMatch(l -> l.equals(": heartbeat"));
        JsonNode first = JSON.readTree(lines.stream().filter(l -> l.startsWith("data: ")).findFirst().orElseThrow()
                .substring(6));
        assertThat(first.get("position").asString()).isEqualTo(ids.getFirst());

        List<String> resumed = readStream("/events/stream?from=0", Map.of("Last-Event-ID", ids.get(1)), 2, false);
        assertThat(resumed.stream().filter(l -> l.startsWith("id: ")).map(l -> l.substring(4)))
                .containsExactly(ids.get(2), ids.get(3));
    }

    @Test
    void catalogIsServedAsGenerated() throws Exception {
        JsonNode asyncApi = json(get("/events/catalog/asyncapi.json", "integrator"));
        assertThat(asyncApi.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(asyncApi.get("components").get("messages").has("outsourcing.vendor.admitted.v1")).isTrue();
        JsonNode schema = json(get("/events/catalog/schemas/outsourcing.vendor.admitted.v1.json", "audit"));
        assertThat(schema.get("properties").has("annualReviewDue")).isTrue();
        assertThat(get("/events/catalog/schemas/outsourcing.vendor.vanished.v1.json", "audit").statusCode()).isEqualTo(404);
    }

    /** The AsyncAPI document as downloaded stands alone: every reference resolves inside it, the server is this app. */
    @Test
    void asyncApiDocumentResolvesEveryReferenceAndNamesTheServerAsked() throws Exception {
        JsonNode asyncApi = json(get("/events/catalog/asyncapi.json", "integrator"));
        List<String> references = asyncApi.findValuesAsString("$ref");
        assertThat(references).hasSizeGreaterThan(asyncApi.get("components").get("messages").size());
        assertThat(references.stream().filter(ref -> !ref.startsWith("#/") || asyncApi.at(ref.substring(1)).isMissingNode()))
                .as("references that do not resolve in the document").isEmpty();
        JsonNode server = asyncApi.get("servers").get("query-side");
        assertThat(server.get("host").asString()).isEqualTo(URI.create(baseUrl).getAuthority());
        assertThat(server.get("protocol").asString()).isEqualTo("http");

        String otherHost = baseUrl.replace("localhost", "127.0.0.1");
        HttpResponse<String> viaOtherHost = HTTP.send(HttpRequest.newBuilder(URI.create(otherHost
                        + "/events/catalog/asyncapi.json")).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("audit:ledger".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(json(viaOtherHost).get("servers").get("query-side").get("host").asString())
                .isEqualTo(URI.create(otherHost).getAuthority());
    }

    @Test
    void onlyIntegratorsAndAuditorsMayReadEvents() throws Exception {
        assertThat(get("/events", null).statusCode()).isEqualTo(401);
        assertThat(get("/events", "hr").statusCode()).isEqualTo(403);
        assertThat(get("/events/stream", "finance").statusCode()).isEqualTo(403);
        assertThat(get("/events/catalog/asyncapi.json", "business").statusCode()).isEqualTo(403);
    }

    @Test
    void badPositionsAndLimitsAre400Problems() throws Exception {
        assertThat(get("/events?limit=1001", "integrator").statusCode()).isEqualTo(400);
        assertThat(get("/events?after=-1", "integrator").statusCode()).isEqualTo(400);
        HttpResponse<String> badId = HTTP.send(request("/events/stream", "integrator")
                .header("Last-Event-ID", "yesterday").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(badId.body()).path("rule").asString()).isEqualTo("event-stream.position-invalid");
        HttpResponse<String> outOfRange = get("/events?after=99999999999999999999", "integrator");
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(outOfRange.body()).path("errors").get(0).path("field").asString()).isEqualTo("after");
    }

    @Test
    void aPageAfterTheHeadReportsTheStoresRealHead() throws Exception {
        long head = json(get("/events?after=0&limit=1000", "integrator")).get("headPosition").asLong();
        JsonNode beyond = json(get("/events?after=99999999999", "integrator"));
        assertThat(beyond.get("headPosition").asLong()).isEqualTo(head);
        assertThat(beyond.get("events")).isEmpty();
    }

    @Test
    void aggregateTypesHaveOneSpellingAndUnknownOnesAre400Problems() throws Exception {
        JsonNode vendors = json(get("/events?aggregateType=vendor", "integrator"));
        assertThat(vendors.get("events")).hasSize(4);
        assertThat(json(get("/events?aggregateType=Vendor", "integrator")).get("events")).hasSize(4);
        HttpResponse<String> unknown = get("/events?aggregateType=vendors", "integrator");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).path("rule").asString()).isEqualTo("aggregate-type.unknown");
        assertThat(JSON.readTree(unknown.body()).path("detail").asString()).contains("aggregateType");
        assertThat(get("/events/stream?aggregateType=widget", "integrator").statusCode()).isEqualTo(400);
    }

    @Test
    void aFullSubscriptionTableIs503WithRetryAfterAndADisconnectFreesItsSlotWithinSeconds() throws Exception {
        EventStreamService service = app.getBean(EventStreamService.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> service.activeSubscribers() == 0);
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(SseSockets.open(baseUrl, "/events/stream", "integrator", String::isEmpty));
            }
            await().atMost(Duration.ofSeconds(3)).until(() -> service.activeSubscribers() == 3);
            HttpResponse<String> refused = get("/events/stream", "integrator");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(JSON.readTree(refused.body()).path("rule").asString()).isEqualTo("event-stream.subscriptions-full");

            open.removeFirst().close();
            await().atMost(Duration.ofSeconds(3)).until(() -> service.activeSubscribers() == 2);
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
        }
    }

    /** Reads lines until {@code events} events (and, if asked, a heartbeat after them) have arrived. */
    private static List<String> readStream(String path, Map<String, String> headers, int events, boolean heartbeat)
            throws Exception {
        HttpRequest.Builder request = request(path, "integrator");
        headers.forEach(request::header);
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                seen += line.startsWith("data: ") ? 1 : 0;
                if (seen == events && (!heartbeat || line.equals(": heartbeat"))) {
                    break;
                }
            }
        }
        return lines;
    }

    private static HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (user != null) {
            String credentials = Base64.getEncoder().encodeToString((user + ":ledger").getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return request;
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return HTTP.send(request(path, user).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
