package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.sourcing.Criterion;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.ScoringPolicy;
import com.outsourcingledger.api.sourcing.SourcingEvent;
import com.outsourcingledger.api.sourcing.SourcingEvent.ScoreSheetSubmitted;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingOpened;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit endpoints keep other members' score sheets from a panel member whose own sheets are still
 * missing, as the sourcing view does: LEGAL is on the panel and has scored nothing, MANAGEMENT and AUDIT
 * have. Auditors off the panel, and members whose sheets are all in, see everything.
 */
class AuditSealedScoringTest {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant T0 = Instant.parse("2026-04-01T01:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private static final List<PanelMember> PANEL = List.of(new PanelMember("legal", Department.LEGAL),
            new PanelMember("management", Department.MANAGEMENT), new PanelMember("audit", Department.AUDIT));
    private static final List<SourcingEvent> EVENTS = List.of(
            new SourcingOpened("s-sealed", "p-1", null, List.of("v-1"), PANEL, ScoringPolicy.standard(), DAY),
            sheet("management", Department.MANAGEMENT, 70, "管理层的评语"),
            sheet("audit", Department.AUDIT, 80, "审计的评语"));
    private static final List<String> USERS = List.of("procurement", "management", "audit");

    private static ConfigurableApplicationContext app;
    private static String baseUrl;

    @BeforeAll
    static void start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        EventStore store = app.getBean(EventStore.class);
        for (int i = 0; i < EVENTS.size(); i++) {
            MetaData metadata = MetaData.with(MetadataKeys.USER, USERS.get(i)).and(MetadataKeys.CORRELATION_ID, "req-" + i);
            store.publish(new GenericDomainEventMessage<>("Sourcing", "s-sealed", i, EVENTS.get(i), metadata,
                    "event-s-sealed-" + i, T0.plus(Duration.ofHours(i))));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/audit/events", "audit2").path("items").size() == 3);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aMemberWithSheetsMissingReadsNoOtherMembersSheetInTheHistory() throws Exception {
        JsonNode history = get("/audit/sourcings/s-sealed/events", "legal");

        assertThat(history.path("items").size()).isEqualTo(3);
        assertThat(history.path("items").get(0).path("payload").path("panel").size()).isEqualTo(3);
        for (int i = 1; i < 3; i++) {
            JsonNode sheet = history.path("items").get(i);
            assertThat(sheet.path("type").asString()).isEqualTo("ScoreSheetSubmitted");
            assertThat(sheet.path("payloadSealed").asBoolean()).isTrue();
            assertThat(sheet.path("payload").isNull()).isTrue();
        }
        assertThat(getCsv("/audit/sourcings/s-sealed/events", "legal")).doesNotContain("评语");
    }

    @Test
    void aMemberWithSheetsMissingReadsNoOtherMembersSheetInTheTrail() throws Exception {
        JsonNode trail = get("/audit/events?aggregateType=Sourcing", "legal");

        assertThat(trail.path("items").size()).isEqualTo(3);
        assertThat(trail.toString()).doesNotContain("评语");
    }

    @Test
    void aMemberWithSheetsMissingReadsNoOtherMembersSheetInPastStates() throws Exception {
        JsonNode asOf = get("/audit/sourcings/s-sealed/state?at=" + T0.plus(Duration.ofDays(1)), "legal");
        JsonNode diff = get("/audit/sourcings/s-sealed/diff?from=" + T0 + "&to=" + T0.plus(Duration.ofDays(1)),
                "legal");

        assertThat(asOf.path("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(asOf.path("state").path("sheets").isEmpty()).isTrue();
        assertThat(asOf.path("state").path("otherSheetsHidden").asBoolean()).isTrue();
        assertThat(diff.toString()).doesNotContain("评语").doesNotContain("sheets[");
        assertThat(StreamSupport.stream(diff.path("changes").spliterator(), false)
                .map(c -> c.path("path").asString())).contains("missingSheets[1].member");
    }

    @Test
    void aMemberWithSheetsMissingGetsNoProofBundleHoldingOtherMembersSheets() throws Exception {
        for (String proof : List.of("/audit/sourcings/s-sealed/proof", "/audit/proof")) {
            HttpResponse<String> refused = response(proof, "legal", "application/json");
            assertThat(refused.statusCode()).as(proof).isEqualTo(403);
            assertThat(JSON.readTree(refused.body()).path("rule").asString()).isEqualTo("audit.proof.sealed");
            assertThat(response(proof, "management", "application/json").statusCode()).isEqualTo(200);
            assertThat(response(proof, "audit2", "application/json").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aMemberWhoseSheetsAreInAndAnAuditorOffThePanelReadEverySheet() throws Exception {
        for (String user : List.of("management", "audit2")) {
            JsonNode history = get("/audit/sourcings/s-sealed/events", user);
            JsonNode asOf = get("/audit/sourcings/s-sealed/state?at=" + T0.plus(Duration.ofDays(1)), user);

            assertThat(history.path("items").get(1).path("payloadSealed").asBoolean()).isFalse();
            assertThat(history.path("items").get(1).path("payload").path("comment").asString()).isEqualTo("管理层的评语");
            assertThat(history.path("items").get(2).path("payload").path("comment").asString()).isEqualTo("审计的评语");
            assertThat(asOf.path("state").path("sheets").size()).isEqualTo(2);
            assertThat(asOf.path("state").path("otherSheetsHidden").asBoolean()).isFalse();
        }
    }

    private static ScoreSheetSubmitted sheet(String member, Department department, int base, String comment) {
        return new ScoreSheetSubmitted("s-sealed", "v-1", member, department, Map.of(Criterion.TECHNICAL_PROPOSAL, base,
                Criterion.EXPERIENCE, base, Criterion.MANAGEMENT_SERVICE, base, Criterion.PRICE, base,
                Criterion.FINANCE_REPUTATION, base), comment, DAY);
    }

    private static JsonNode get(String path, String user) throws Exception {
        return JSON.readTree(send(path, user, "application/json"));
    }

    private static String getCsv(String path, String user) throws Exception {
        return send(path, user, "text/csv");
    }

    private static String send(String path, String user, String accept) throws Exception {
        HttpResponse<String> response = response(path, user, accept);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> response(String path, String user, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                .header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":ledger").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
