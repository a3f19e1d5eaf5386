package com.outsourcingledger.query.audit;

import com.outsourcingledger.query.vendor.VendorView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static com.outsourcingledger.query.audit.AuditedLedger.JSON;
import static com.outsourcingledger.query.audit.AuditedLedger.alphaAfter;
import static com.outsourcingledger.query.audit.AuditedLedger.at;
import static com.outsourcingledger.query.audit.AuditedLedger.get;
import static org.assertj.core.api.Assertions.assertThat;

/** State as of an instant and diffs, over HTTP, against the live read model's own fold. */
class AuditStateTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");

    @BeforeAll
    static void start() {
        AuditedLedger.start();
    }

    @Test
    void stateAsOfAnInstantIsTheLiveFoldOverTheEventsStoredUpToIt() throws Exception {
        Instant instant = at(2).plusSeconds(1800);
        JsonNode asOf = get("/audit/vendors/v-alpha/state?at=" + instant, "audit").json();

        assertThat(asOf.path("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(asOf.path("aggregateType").asString()).isEqualTo("Vendor");
        assertThat(asOf.path("state")).isEqualTo(JSON.readTree(JSON.writeValueAsString(
                VendorView.asOf(alphaAfter(3), LocalDate.ofInstant(instant, CLIENT_ZONE)))));
        assertThat(asOf.path("state").path("qualifications").get(0).path("daysToExpiry").asLong()).isEqualTo(10);
    }

    @Test
    void stateJustBeforeAndAtAdmission() throws Exception {
        JsonNode before = get("/audit/vendors/v-alpha/state?at=" + at(3).minusMillis(1), "legal").json();
        JsonNode after = get("/audit/vendors/v-alpha/state?at=" + at(3), "legal").json();

        assertThat(before.path("state").path("status").asString()).isEqualTo("UNDER_DUE_DILIGENCE");
        assertThat(before.path("state").path("tier").isNull()).isTrue();
        assertThat(after.path("state").path("status").asString()).isEqualTo("ADMITTED");
        assertThat(after.path("state").path("tier").asString()).isEqualTo("STANDARD");
    }

    @Test
    void beforeItsFirstEventAnAggregateHasNoState() throws Exception {
        JsonNode asOf = get("/audit/vendors/v-alpha/state?at=" + at(0).minusSeconds(1), "audit").json();

        assertThat(asOf.path("state").isNull()).isTrue();
        assertThat(asOf.path("sequenceNumber").isNull()).isTrue();
    }

    @Test
    void diffListsEachChangedFieldWithTheEventsBehindIt() throws Exception {
        JsonNode diff = get("/audit/vendors/v-alpha/diff?from=" + at(2) + "&to=" + at(4), "audit").json();
        Map<String, JsonNode> changes = StreamSupport.stream(diff.path("changes").spliterator(), false)
                .collect(Collectors.toMap(c -> c.path("path").asString(), c -> c));

        assertThat(diff.path("fromSequence").asLong()).isEqualTo(2);
        assertThat(diff.path("toSequence").asLong()).isEqualTo(4);
        assertThat(changes.get("status").path("before").asString()).isEqualTo("UNDER_DUE_DILIGENCE");
        assertThat(changes.get("status").path("after").asString()).isEqualTo("SUSPENDED");
        assertThat(causes(changes.get("status"))).containsExactly("event-v-alpha-3", "event-v-alpha-4");
        assertThat(changes.get("tier").path("before").isNull()).isTrue();
        assertThat(changes.get("tier").path("after").asString()).isEqualTo("STANDARD");
        assertThat(causes(changes.get("tier"))).containsExactly("event-v-alpha-3");
        assertThat(changes.get("tier").path("causes").get(0).path("user").asString()).isEqualTo("hr2");
        assertThat(changes.get("tier").path("causes").get(0).path("correlationId").asString()).isEqualTo("req-3");
        assertThat(changes.get("sanctions[0].reason").path("after").asString()).isEqualTo("违规");
        assertThat(changes).doesNotContainKeys("legalName", "creditCode");
    }

    @Test
    void diffNeedsFromBeforeToAndAKnownAggregate() throws Exception {
        assertThat(get("/audit/vendors/v-alpha/diff?from=" + at(4) + "&to=" + at(2), "audit").status()).isEqualTo(422);
        assertThat(get("/audit/vendors/nobody/diff?from=" + at(2) + "&to=" + at(4), "audit").status()).isEqualTo(404);
        assertThat(get("/audit/projects/v-alpha/state?at=" + at(4), "audit").status()).isEqualTo(404);
    }

    @Test
    void diffListsOnlyRealChanges() throws Exception {
        JsonNode diff = get("/audit/vendors/v-alpha/diff?from=" + at(2) + "&to=" + at(4), "audit").json();
        List<JsonNode> changes = StreamSupport.stream(diff.path("changes").spliterator(), false).toList();
        List<String> paths = changes.stream().map(c -> c.path("path").asString()).toList();

        assertThat(changes).allSatisfy(change -> assertThat(change.path("before")).isNotEqualTo(change.path("after")));
        assertThat(changes).noneMatch(c -> c.path("before").isNull() && c.path("after").isNull());
        assertThat(paths).noneMatch(path -> paths.stream().anyMatch(other -> !other.equals(path)
                && (other.startsWith(path + "[") || other.startsWith(path + "."))));
        assertThat(paths).contains("sanctions[0].reason");
    }

    @Test
    void missingInstantsAndUnknownKindsAreProblemsWithARule() throws Exception {
        AuditedLedger.Answer missing = get("/audit/vendors/v-alpha/state", "audit");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().path("rule").asString()).isEqualTo("request.invalid");
        assertThat(missing.json().path("detail").asString()).contains("'at'");
        AuditedLedger.Answer unknown = get("/audit/suppliers/v-alpha/state?at=" + at(4), "audit");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("rule").asString()).isEqualTo("resource.not-found");
    }

    private static List<String> causes(JsonNode change) {
        return StreamSupport.stream(change.path("causes").spliterator(), false)
                .map(c -> c.path("eventId").asString()).toList();
    }
}
