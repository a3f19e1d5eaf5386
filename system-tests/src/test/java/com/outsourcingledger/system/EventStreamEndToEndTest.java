package com.outsourcingledger.system;

import com.launchdarkly.eventsource.MessageEvent;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmitted;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An integrator consumes the stream with an off-the-shelf SSE client while departments act over HTTP; the
 * client is disconnected midway and resumes on its own with Last-Event-ID. What it received must be the
 * store, in order, once, every envelope a valid CloudEvent whose data matches its type's schema. The store is
 * what it holds after the head at the start, so that a shared Axon Server's earlier events do not count.
 */
class EventStreamEndToEndTest {

    private static LedgerSystem system;
    private static long start;
    private static final LedgerClient client = new LedgerClient();

    @BeforeAll
    static void start() {
        Map<String, String> properties = new HashMap<>(PostgresForTests.newDatabase());
        properties.put("ledger.event-stream.heartbeat", "300ms");
        system = LedgerSystem.start(properties);
        start = StoreTruth.of(system).head();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void anIntegratorReceivesEveryEventInOrderAcrossADisconnectAsValidCloudEvents() throws Exception {
        VendorSteps.registerAndAdmit(system, client);
        try (StreamSubscriber integrator = StreamSubscriber.start(system.queryUrl("/events/stream?from=" + start), "integrator",
                null)) {
            List<String> before = store();
            integrator.awaitEvents(events -> events.size() >= before.size(), Duration.ofSeconds(30));
            integrator.disconnect();
            VendorSteps.registerAndAdmit(system, client);
            VendorSteps.registerAndAdmit(system, client);
            List<String> store = store();

            List<JsonNode> received = integrator.awaitEvents(events -> events.size() >= store.size(), Duration.ofSeconds(30));
            assertThat(integrator.reconnections()).as("reconnected after the disconnect").isGreaterThanOrEqualTo(1);
            assertThat(received.stream().map(e -> e.get("position").asLong() + ":" + e.get("id").asString()))
                    .as("no loss, no reordering, nothing twice across the reconnection").containsExactlyElementsOf(store);

            CloudEventChecks checks = new CloudEventChecks(type -> client.get(
                    system.queryUrl("/events/catalog/schemas/" + type + ".json"), "integrator").body());
            for (MessageEvent message : integrator.messages()) {
                checks.check(message.getData());
                assertThat(message.getLastEventId()).isEqualTo(
                        String.valueOf(received.get(integrator.messages().indexOf(message)).get("position").asLong()));
            }
            assertThat(received).extracting(e -> e.get("type").asString())
                    .contains("outsourcing.vendor.registered.v1", "outsourcing.vendor.due.diligence.started.v1",
                            "outsourcing.vendor.due.diligence.finding.recorded.v1", "outsourcing.vendor.admitted.v1");
            assertThat(received).allSatisfy(e -> assertThat(e.get("actor").asString()).isNotBlank());
        }
    }

    @Test
    void aNewClientResumesFromALastEventIdAndFiltersByType() throws Exception {
        VendorSteps.registerAndAdmit(system, client);
        List<String> store = store();
        String middle = store.get(store.size() / 2).split(":")[0];
        List<String> rest = store.subList(store.size() / 2 + 1, store.size());
        try (StreamSubscriber resumed = StreamSubscriber.start(system.queryUrl("/events/stream"), "audit", middle);
             StreamSubscriber admissions = StreamSubscriber.start(system.queryUrl(
                     "/events/stream?type=outsourcing.vendor.admitted.v1&from=" + start), "integrator", null)) {
            List<JsonNode> received = resumed.awaitEvents(events -> events.size() >= rest.size(), Duration.ofSeconds(30));
            assertThat(received.stream().map(e -> e.get("position").asLong() + ":" + e.get("id").asString()))
                    .containsExactlyElementsOf(rest);
            long admitted = StoreTruth.of(system).logAfter(start).stream()
                    .filter(event -> event.getPayloadType() == VendorAdmitted.class).count();
            assertThat(admissions.awaitEvents(events -> events.size() >= admitted, Duration.ofSeconds(30)))
                    .hasSize((int) admitted)
                    .allSatisfy(e -> assertThat(e.get("type").asString()).isEqualTo("outsourcing.vendor.admitted.v1"));
        }
    }

    /** {@code position:eventId} of each event stored since the class started. */
    private static List<String> store() {
        return StoreTruth.of(system).entriesAfter(start);
    }
}
