package com.outsourcingledger.system;

import com.outsourcingledger.system.LedgerClient.Response;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorCommand.AddQualification;
import com.outsourcingledger.query.stream.delivery.EventStreamService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.outsourcingledger.system.ContractSteps.command;
import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ContractSteps.draft;
import static com.outsourcingledger.system.ContractSteps.sla;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What a hostile but authenticated user sends: control characters, numbers and text without bounds, dates at the
 * end of time, null elements. Each is refused with a 4xx problem naming the field, before anything is written,
 * and nothing of it reaches a read model.
 */
class HostileInputTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();

    private static final LedgerClient client = new LedgerClient();
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static String vendorId;
    private static String contractId;

    @BeforeAll
    static void aVendorAndADraftContract() {
        vendorId = VendorSteps.registerAndAdmit(ledger.system(), client);
        contractId = UUID.randomUUID().toString();
        created(command(ledger.system(), client, "business", "/contracts", draft(contractId, vendorId, START,
                START.plusYears(2))));
        created(command(ledger.system(), client, "business", "/contracts/" + contractId + "/slas", sla()));
    }

    @Test
    void theQuerySideAnswersBadReadsWithProblemsThatNameTheRuleAndTheParameter() {
        Response tooLarge = client.get(ledger.system().queryUrl("/vendors?size=100000"), "hr");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().path("errors").get(0).path("field").asString()).isEqualTo("size");
        Response unknownKind = client.get(ledger.system().queryUrl("/audit/widgets/" + vendorId + "/events"), "audit");
        assertThat(unknownKind.status()).isEqualTo(404);
        assertThat(unknownKind.json().path("rule").asString()).isEqualTo("resource.not-found");
        Response noInstant = client.get(ledger.system().queryUrl("/audit/vendors/" + vendorId + "/state"), "audit");
        assertThat(noInstant.status()).isEqualTo(400);
        assertThat(noInstant.json().path("rule").asString()).isEqualTo("request.invalid");
        Response unknownType = client.get(ledger.system().queryUrl("/audit/events?aggregateType=widget"), "audit");
        assertThat(unknownType.json().path("rule").asString()).isEqualTo("aggregate-type.unknown");
        Response badId = client.get(ledger.system().queryUrl("/events/stream"), "integrator",
                Map.of("Last-Event-ID", "-7"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().path("rule").asString()).isEqualTo("event-stream.position-invalid");
    }

    @Test
    void aClientThatDropsItsEventStreamFreesItsSlotWithinSeconds() throws Exception {
        EventStreamService streams = ledger.system().querySide().getBean(EventStreamService.class);
        int before = streams.activeSubscribers();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(ledger.system().queryUrl("/events/stream"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "integrator:ledger".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.body().read()).as("the stream's first byte").isPositive();
            assertThat(streams.activeSubscribers()).isEqualTo(before + 1);
            stream.body().close();
            http.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(6)).until(() -> streams.activeSubscribers() == before);
    }

    @Test
    void refusesControlCharactersInTextAndIds() {
        Map<String, Object> qualification = new HashMap<>(VendorSteps.qualification("q-nul", "BUSINESS_LICENSE",
                START, START.plusYears(3), true));
        qualification.put("number", "NO-\u0000-1");
        refused(400, "/vendors/" + vendorId + "/qualifications", "hr", qualification, "number");

        Map<String, Object> project = ProjectSteps.newForm();
        project.put("name", "话务\u0000外包");
        refused(400, "/projects", "business", project, "name");

        Map<String, Object> contract = draft(UUID.randomUUID().toString(), vendorId, START, START.plusYears(1));
        contract.put("title", "合同\u0001");
        refused(400, "/contracts", "business", contract, "title");

        // Tomcat itself refuses an encoded NUL in the path, before any application code runs: still a problem.
        long before = storeHead();
        Response nulPath = client.post(URI.create(ledger.system().commandUrl("").toString() + "/contracts/" + contractId
                + "%00x/co-review"), "business", Map.of());
        assertThat(nulPath.status()).as(nulPath.toString()).isEqualTo(400);
        assertThat(nulPath.header("Content-Type")).startsWith("application/problem+json");
        assertThat(storeHead()).isEqualTo(before);
        Map<String, Object> nulId = draft("c-\u0000", vendorId, START, START.plusYears(1));
        refused(400, "/contracts", "business", nulId, "contractId");
    }

    @Test
    void theCommandBusRefusesWhatTheEdgeWouldWhateverSentIt() {
        CommandGateway gateway = ledger.system().commandSide().getBean(CommandGateway.class);
        long before = storeHead();
        assertThatThrownBy(() -> gateway.sendAndWait(new AddQualification(vendorId, "q-bus",
                QualificationType.BUSINESS_LICENSE, "NO-\u0000", "issuer", START, START.plusYears(1), true)))
                .hasMessageContaining("'number' contains the control character U+0000");
        assertThat(storeHead()).isEqualTo(before);
    }

    @Test
    void refusesAmountsAndMeasurementsBeyondWhatTheLedgerStores() {
        Map<String, Object> contract = draft(UUID.randomUUID().toString(), vendorId, START, START.plusYears(1));
        Map<String, Object> content = new HashMap<>(ContractSteps.content());
        content.put("amount", Map.of("amount", "1e22", "currency", "CNY"));
        contract.put("content", content);
        refused(400, "/contracts", "business", contract, "content.amount.amount");

        Map<String, Object> metric = new HashMap<>(sla());
        metric.put("metricId", "huge-cap");
        metric.put("penaltyCapPerPeriod", Map.of("amount", "1e21", "currency", "CNY"));
        refused(400, "/contracts/" + contractId + "/slas", "business", metric, "penaltyCapPerPeriod.amount");

        String measurements = "/contracts/" + contractId + "/sla-measurements";
        for (String value : List.of("1e100000000", "1e1000000000", "-1e1000000000", "1e-1000000000")) {
            long started = System.nanoTime();
            refused(400, measurements, "business", "{\"metricId\":\"quality\",\"period\":\"2026-01\",\"value\":"
                    + value + "}", "value");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(value).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void refusesUnboundedTextAndBodiesBeforeAnyWork() {
        Map<String, Object> metric = new HashMap<>(sla());
        metric.put("metricId", "m".repeat(1_000_000));
        refused(400, "/contracts/" + contractId + "/slas", "business", metric, "metricId");

        metric.put("metricId", "m".repeat(256));
        refused(400, "/contracts/" + contractId + "/slas", "business", metric, "metricId");

        metric.put("metricId", "big-body");
        metric.put("dataSource", "d".repeat(20_000_000));
        refused(413, "/contracts/" + contractId + "/slas", "business", metric, null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsBodiesStrictlyAndBoundsTheIdempotencyKey() {
        Map<String, Object> ordinal = new HashMap<>(VendorSteps.newRegistration());
        ordinal.put("categories", List.of(0));
        refused(400, "/vendors", "hr", ordinal, "categories");

        Map<String, Object> fractional = new HashMap<>(VendorSteps.newRegistration());
        fractional.put("headcount", 1.5);
        refused(400, "/vendors", "hr", fractional, "headcount");

        Map<String, Object> project = ProjectSteps.newForm();
        Map<String, Object> declaration = new HashMap<>((Map<String, Object>) project.get("nonCoreDeclaration"));
        declaration.put("notCoreBusiness", 2);
        project.put("nonCoreDeclaration", declaration);
        refused(400, "/projects", "business", project, "notCoreBusiness");

        String registration = com.outsourcingledger.api.wire.EventWireFormat.jsonMapper()
                .writeValueAsString(VendorSteps.newRegistration());
        String duplicated = "{\"legalName\":\"checked\"," + registration.substring(1);
        refused(400, "/vendors", "hr", duplicated, null);

        for (String key : List.of(" ", "k".repeat(256))) {
            long before = storeHead();
            Response response = client.post(ledger.system().commandUrl("/vendors"), "hr",
                    VendorSteps.newRegistration(), Map.of("Idempotency-Key", key));
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.body()).contains("Idempotency-Key");
            assertThat(storeHead()).isEqualTo(before);
        }
    }

    @Test
    void refusesDatesBeyondTheCalendarAndNullElements() {
        Map<String, Object> qualification = new HashMap<>(VendorSteps.qualification("q-far", "BUSINESS_LICENSE",
                START, START, true));
        qualification.put("validUntil", "+999999999-12-31");
        refused(400, "/vendors/" + vendorId + "/qualifications", "hr", qualification, "validUntil");

        Map<String, Object> contract = draft(UUID.randomUUID().toString(), vendorId, START, START.plusYears(1));
        Map<String, Object> content = new HashMap<>(ContractSteps.content());
        List<Object> clauses = new ArrayList<>();
        clauses.add(null);
        content.put("clauses", clauses);
        contract.put("content", content);
        refused(400, "/contracts", "business", contract, "content.clauses");
    }

    @Test
    void aRefusalWritesNothingAndEveryReadModelStaysCurrent() {
        refusesControlCharactersInTextAndIds();
        refusesAmountsAndMeasurementsBeyondWhatTheLedgerStores();
        String later = VendorSteps.registerAndAdmit(ledger.system(), client);
        JsonNode vendor = ProjectSteps.awaitQuery(ledger.system(), client, "/vendors/" + later,
                v -> v.path("status").asString().equals("ADMITTED"));
        assertThat(vendor.get("vendorId").asString()).isEqualTo(later);
        ContractSteps.awaitContract(ledger.system(), client, contractId, c -> c.path("status").asString().equals("DRAFTING"));
        Response health = client.get(ledger.system().queryUrl("/actuator/health"), "management");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    /** The position of the last stored event: unchanged means nothing was stored. */
    private static long storeHead() {
        return StoreTruth.of(ledger.system()).head();
    }

    /** Refused with this status, naming the field where one is given, and no event stored. */
    private static void refused(int status, String path, String user, Object body, String field) {
        long before = storeHead();
        Response response = client.post(URI.create(ledger.system().commandUrl("").toString() + path), user, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.body()).as(response.toString()).contains(field);
        }
        assertThat(storeHead()).as("events stored after a refusal of " + path).isEqualTo(before);
    }
}
