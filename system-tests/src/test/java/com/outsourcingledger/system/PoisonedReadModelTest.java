package com.outsourcingledger.system;

import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event a read model can never apply (here a NUL in a vendor's name, stored by an older version before the
 * input rules; PostgreSQL refuses it) stops its processors loudly: health DOWN naming processor, segment, event,
 * position and error, the projection status not caught up and behind the head; an operator's skip, kept with who and why, lets each pass it,
 * and the events behind it are applied.
 * <p>Not on a shared Axon Server: the poisoned event would stay in its log, and every later class's query side,
 * replaying that log into a fresh database, would stall on it.
 */
@DisabledIfSystemProperty(named = LedgerSystem.AXON_SERVER, matches = ".+",
        disabledReason = "its poisoned event would stay in the shared Axon Server and stall every later class's read models")
class PoisonedReadModelTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();

    private static final LedgerClient client = new LedgerClient();

    @Test
    void aProcessorThatCannotApplyAnEventIsReportedAndCanBeMadeToSkipIt() {
        String earlier = VendorSteps.registerAndAdmit(ledger.system(), client);
        ProjectSteps.awaitQuery(ledger.system(), client, "/vendors/" + earlier,
                v -> v.path("status").asString().equals("ADMITTED"));
        var poison = VendorSteps.storePoisonedRegistration(ledger.system());
        String poisonedVendor = poison.getAggregateIdentifier();
        String later = VendorSteps.registerAndAdmit(ledger.system(), client);

        JsonNode stuck = awaitHealth(h -> h.path("status").asString().equals("DOWN")
                && failure(h, "vendor-views").path("eventId").asString().equals(poison.getIdentifier()));
        JsonNode failure = failure(stuck, "vendor-views");
        assertThat(failure.path("eventType").asString()).endsWith("VendorRegistered");
        assertThat(failure.path("position").isNumber()).isTrue();
        assertThat(failure.path("error").asString()).contains("0x00");
        assertThat(failure.path("wayOut").asString()).contains("/admin/projections/vendor-views/skips");
        Response status = client.get(ledger.system().queryUrl("/admin/projections/vendor-views"), "management");
        assertThat(status.json().path("caughtUp").asBoolean()).isFalse();
        assertThat(status.json().path("error").asString()).contains(poison.getIdentifier());
        assertThat(status.json().path("position").asLong()).as("the stuck segment stays behind the head: " + status)
                .isLessThan(status.json().path("head").asLong());

        Response rebuild = client.post(ledger.system().queryUrl("/admin/projections/vendor-views/rebuild"),
                "management", Map.of());
        assertThat(rebuild.status()).as("a rebuild would stop at the same event: " + rebuild).isEqualTo(409);
        assertThat(client.get(ledger.system().queryUrl("/vendors/" + earlier), "hr").status())
                .as("the view keeps serving what it had").isEqualTo(200);

        Response noReason = skip("vendor-views", poison.getIdentifier(), " ", "management");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(skip("vendor-views", poison.getIdentifier(), "bad import", "hr").status()).isEqualTo(403);
        assertThat(skip("audit-index", poison.getIdentifier(), "bad import", "management").status()).isEqualTo(409);

        List<String> skipped = new ArrayList<>();
        for (String processor : failingProcessors(stuck)) {
            Response skip = skip(processor, poison.getIdentifier(), "legacy import with a NUL in the name", "management");
            assertThat(skip.status()).as(skip.toString()).isEqualTo(201);
            skipped.add(processor);
        }
        assertThat(skipped).contains("vendor-views");

        awaitHealth(h -> h.path("status").asString().equals("UP"));
        JsonNode vendor = ProjectSteps.awaitQuery(ledger.system(), client, "/vendors/" + later,
                v -> v.path("status").asString().equals("ADMITTED"));
        assertThat(vendor.path("vendorId").asString()).isEqualTo(later);
        assertThat(client.get(ledger.system().queryUrl("/vendors/" + poisonedVendor), "hr").status()).isEqualTo(404);

        Response skips = client.get(ledger.system().queryUrl("/admin/projections/vendor-views/skips"), "audit");
        assertThat(skips.status()).as(skips.toString()).isEqualTo(200);
        JsonNode recorded = skips.json().get(0);
        assertThat(recorded.path("eventId").asString()).isEqualTo(poison.getIdentifier());
        assertThat(recorded.path("skippedBy").asString()).isEqualTo("management");
        assertThat(recorded.path("reason").asString()).isEqualTo("legacy import with a NUL in the name");
        assertThat(recorded.path("eventType").asString()).endsWith("VendorRegistered");
        assertThat(recorded.path("error").asString()).contains("0x00");
    }

    private static Response skip(String processor, String eventId, String reason, String user) {
        return client.post(ledger.system().queryUrl("/admin/projections/" + processor + "/skips"), user,
                Map.of("eventId", eventId, "reason", reason));
    }

    /** The processor's first stuck segment's failure (a missing node when none). */
    private static JsonNode failure(JsonNode health, String processor) {
        return health.path("components").path("eventProcessors").path("details").path(processor).path("failures")
                .path(0);
    }

    private static List<String> failingProcessors(JsonNode health) {
        List<String> failing = new ArrayList<>();
        health.path("components").path("eventProcessors").path("details").properties().forEach(entry -> {
            if (entry.getValue().has("failures")) {
                failing.add(entry.getKey());
            }
        });
        return failing;
    }

    private static JsonNode awaitHealth(Predicate<JsonNode> expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = client.get(ledger.system().queryUrl("/actuator/health"), "management");
            if (expected.test(last.json())) {
                return last.json();
            }
            sleep();
        }
        throw new AssertionError("health never showed the expected state; last: " + last);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
