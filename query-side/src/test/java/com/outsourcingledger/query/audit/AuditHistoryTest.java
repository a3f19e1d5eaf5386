package com.outsourcingledger.query.audit;

import com.outsourcingledger.query.audit.AuditedLedger.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.StreamSupport;

import static com.outsourcingledger.query.audit.AuditedLedger.at;
import static com.outsourcingledger.query.audit.AuditedLedger.get;
import static com.outsourcingledger.query.audit.AuditedLedger.getCsv;
import static org.assertj.core.api.Assertions.assertThat;

/** Histories and trails over HTTP on PostgreSQL, against the known event sequence of {@link AuditedLedger}. */
class AuditHistoryTest {

    @BeforeAll
    static void start() {
        AuditedLedger.start();
    }

    @Test
    void historyListsEveryEventInSequenceOrderWithPositionTypeAndMetadata() throws Exception {
        JsonNode page = get("/audit/vendors/v-alpha/events?page=0&size=2", "audit").json();

        assertThat(page.path("totalItems").asLong()).isEqualTo(5);
        JsonNode first = page.path("items").get(0);
        assertThat(sequences(page)).containsExactly(0L, 1L);
        assertThat(first.path("type").asString()).isEqualTo("VendorRegistered");
        assertThat(first.path("payloadType").asString()).isEqualTo("com.outsourcingledger.api.vendor.VendorEvent$VendorRegistered");
        assertThat(first.path("aggregateType").asString()).isEqualTo("Vendor");
        assertThat(first.path("timestamp").asString()).isEqualTo(at(0).toString());
        assertThat(first.path("user").asString()).isEqualTo("hr");
        assertThat(first.path("department").asString()).isEqualTo("HR");
        assertThat(first.path("correlationId").asString()).isEqualTo("req-1");
        assertThat(first.path("causationId").asString()).isEqualTo("cmd-v-alpha-0");
        assertThat(first.path("command").asString()).isEqualTo("VendorRegistered");
        assertThat(first.path("payload").path("legalName").asString()).isEqualTo("阿尔法科技, \"上海\"");
        assertThat(first.path("metadata").path("correlationId").asString()).isEqualTo("req-1");
        assertThat(page.path("items").get(1).path("globalPosition").asLong())
                .isGreaterThan(first.path("globalPosition").asLong());
        assertThat(sequences(get("/audit/vendors/v-alpha/events?page=2&size=2", "legal").json())).containsExactly(4L);
    }

    @Test
    void historyExportsAsUtf8CsvWithQuotedFields() throws Exception {
        Answer csv = getCsv("/audit/vendors/v-alpha/events", "management");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.body()).startsWith("\uFEFFglobalPosition,");
        assertThat(getCsv("/audit/vendors/v-alpha/events?bom=false", "management").body()).startsWith("globalPosition,");
        List<String> lines = csv.body().substring(1).lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.getFirst()).startsWith("globalPosition,eventId,aggregateType,aggregateId,sequenceNumber,type");
        assertThat(lines.get(1)).contains(",event-v-alpha-0,Vendor,v-alpha,0,VendorRegistered,")
                .contains("\"{\"\"vendorId\"\":\"\"v-alpha\"\",\"\"legalName\"\":\"\"阿尔法科技, \\\"\"上海\\\"\"\"\"");
        assertThat(lines.get(5)).contains(",legal,HR,req-4,").contains("违规");
    }

    @Test
    void unknownOrMistypedAggregatesAreNotFound() throws Exception {
        assertThat(get("/audit/vendors/nobody/events", "audit").status()).isEqualTo(404);
        assertThat(get("/audit/contracts/v-alpha/events", "audit").body()).contains("\"rule\":\"contract.not-found\"");
        assertThat(get("/audit/widgets/v-alpha/events", "audit").status()).isEqualTo(404);
        assertThat(get("/audit/widgets/v-alpha/events", "audit").contentType()).startsWith("application/problem+json");
        assertThat(get("/audit/widgets/v-alpha/events", "audit").json().path("rule").asString())
                .isEqualTo("resource.not-found");
    }

    @Test
    void trailTakesTheOneWireSpellingOfAggregateTypesAndRefusesUnknownOnes() throws Exception {
        assertThat(get("/audit/events?aggregateType=vendor", "audit").json().path("items")).hasSize(6);
        assertThat(get("/audit/events?aggregateType=Vendor", "audit").json().path("items")).hasSize(6);
        assertThat(get("/audit/events?aggregateType=contract", "audit").json().path("items")).isEmpty();
        Answer unknown = get("/audit/events?aggregateType=widget", "audit");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("rule").asString()).isEqualTo("aggregate-type.unknown");
        assertThat(unknown.json().path("detail").asString()).contains("aggregateType");
    }

    @Test
    void pageSizesAboveTheCapAre400ProblemsNamingTheParameter() throws Exception {
        Answer tooLarge = get("/audit/vendors/v-alpha/events?size=100000", "audit");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().path("errors").get(0).path("field").asString()).isEqualTo("size");
        assertThat(get("/audit/events?limit=1001", "audit").status()).isEqualTo(400);
    }

    @Test
    void trailByCorrelationIdGathersEverythingOneRequestCaused() throws Exception {
        JsonNode trail = get("/audit/events?correlationId=req-3", "audit").json();

        assertThat(eventIds(trail)).containsExactly("event-v-alpha-2", "event-v-alpha-3");
        assertThat(trail.path("next").isNull()).isTrue();
    }

    @Test
    void trailByUserByTypeAndByTimeRange() throws Exception {
        assertThat(eventIds(get("/audit/events?user=legal", "audit").json())).containsExactly("event-v-alpha-4");
        assertThat(eventIds(get("/audit/events?type=VendorRegistered", "audit").json()))
                .containsExactly("event-v-alpha-0", "event-v-beta-0");
        assertThat(eventIds(get("/audit/events?from=" + at(1) + "&to=" + at(3), "audit").json()))
                .containsExactly("event-v-alpha-1", "event-v-alpha-2");
        assertThat(eventIds(get("/audit/events?aggregateType=Vendor&user=procurement", "audit").json()))
                .containsExactly("event-v-beta-0");
    }

    @Test
    void trailPagesWithACursorInLogOrder() throws Exception {
        JsonNode first = get("/audit/events?limit=4", "audit").json();
        JsonNode second = get("/audit/events?limit=4&after=" + first.path("next").asLong(), "audit").json();

        assertThat(eventIds(first)).containsExactly("event-v-alpha-0", "event-v-alpha-1", "event-v-alpha-2",
                "event-v-alpha-3");
        assertThat(eventIds(second)).containsExactly("event-v-alpha-4", "event-v-beta-0");
        assertThat(second.path("next").isNull()).isTrue();
        Answer csv = getCsv("/audit/events?limit=4", "audit");
        assertThat(csv.body().lines()).hasSize(5);
    }

    @Test
    void onlyAuditLegalAndManagementMayReadTheAudit() throws Exception {
        for (String path : List.of("/audit/vendors/v-alpha/events", "/audit/events?user=hr",
                "/audit/vendors/v-alpha/state?at=" + at(3), "/audit/verification", "/audit/vendors/v-alpha/proof",
                "/audit/signing-key")) {
            assertThat(get(path, "business").status()).as(path).isEqualTo(403);
            assertThat(get(path, "hr").status()).as(path).isEqualTo(403);
            assertThat(get(path, null).status()).as(path).isEqualTo(401);
        }
        assertThat(AuditedLedger.post("/audit/checkpoints", "finance").status()).isEqualTo(403);
        assertThat(get("/audit/vendors/v-alpha/events", "legal").status()).isEqualTo(200);
        assertThat(get("/audit/vendors/v-alpha/events", "management").status()).isEqualTo(200);
    }

    @Test
    void invalidParametersAreRefused() throws Exception {
        assertThat(get("/audit/events?limit=0", "audit").status()).isEqualTo(400);
        assertThat(get("/audit/events?from=yesterday", "audit").status()).isEqualTo(400);
        assertThat(get("/audit/vendors/v-alpha/events?size=1001", "audit").status()).isEqualTo(400);
    }

    private static List<Long> sequences(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(item -> item.path("sequenceNumber").asLong()).toList();
    }

    private static List<String> eventIds(JsonNode trail) {
        return StreamSupport.stream(trail.path("items").spliterator(), false)
                .map(item -> item.path("eventId").asString()).toList();
    }
}
