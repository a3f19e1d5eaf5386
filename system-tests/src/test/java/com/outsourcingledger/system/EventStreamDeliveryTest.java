package com.outsourcingledger.system;

import com.outsourcingledger.platform.testing.LateCommits;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery guarantee under concurrent writers and deliberately slow transactions: a transaction takes a
 * position, sleeps while other writers commit higher positions, then commits. Every subscriber, whenever it
 * joined, must receive exactly what the store holds, in position order, the late events included; a
 * rolled-back insert leaves a gap that holds the stream back only until the gap timeout. The audit index then
 * holds every event and the log verifies INTACT.
 * <p>JDBC store only: slow transactions, overtaking commits and gaps in the global index are how that store
 * numbers events; the writers append through its storage engine, which Axon Server replaces. What the store
 * holds is read through the event store's API all the same, as every other end-to-end test reads it.
 */
@JdbcStoreOnly
class EventStreamDeliveryTest {

    private static final LateCommits.Plan PLAN = new LateCommits.Plan(4, 60, 3, Duration.ofMillis(200),
            Duration.ofMillis(1_500), Duration.ofMillis(700));
    private static LedgerSystem system;
    private static LateCommits writers;

    @BeforeAll
    static void start() {
        Map<String, String> properties = new HashMap<>(PostgresForTests.newDatabase());
        properties.put("ledger.event-stream.gap-timeout", "8s");
        properties.put("ledger.event-stream.heartbeat", "500ms");
        system = LedgerSystem.start(properties);
        writers = new LateCommits(system.commandSide());
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void everySubscriberReceivesExactlyTheStoreInOrderIncludingEventsThatCommittedLate() throws Exception {
        RawStreamReader early = new RawStreamReader(system.queryUrl("/events/stream"), "integrator");
        RawStreamReader auditor = new RawStreamReader(system.queryUrl("/events/stream?from=0"), "audit");
        LateCommits.Run run = writers.start(PLAN);
        LateCommits.sleep(Duration.ofMillis(600));
        long rolledBack = writers.rollBackAnInsert();
        RawStreamReader joinedMidway = new RawStreamReader(system.queryUrl("/events/stream"), "integrator");
        run.await();
        List<String> store = StoreTruth.of(system).entriesAfter(0);
        assertThat(run.overtaken()).as("slow transactions that other writers overtook").isEqualTo(PLAN.slowTransactions());
        assertThat(store).hasSize(PLAN.events()).noneMatch(entry -> entry.startsWith(rolledBack + ":"));

        RawStreamReader late = new RawStreamReader(system.queryUrl("/events/stream"), "integrator");
        assertThat(pageThrough(store.size())).as("pages").containsExactlyElementsOf(store);
        Map<String, RawStreamReader> subscribers = Map.of("early", early, "auditor", auditor, "midway", joinedMidway,
                "late", late);
        for (Map.Entry<String, RawStreamReader> subscriber : subscribers.entrySet()) {
            try (RawStreamReader stream = subscriber.getValue()) {
                assertThat(stream.awaitEntries(store.size(), Duration.ofSeconds(30)))
                        .as(subscriber.getKey() + " subscriber against the store: in order, nothing missing, nothing twice")
                        .containsExactlyElementsOf(store);
                assertThat(stream.idsArePositions()).as("SSE ids are positions").isTrue();
            }
        }
        JsonNode audit = auditOnceIndexed(store.size());
        assertThat(audit.path("status").asString()).as(audit.toString()).isEqualTo("INTACT");
        assertThat(audit.path("eventsChecked").asLong()).as(audit.toString()).isEqualTo(store.size());
    }

    /** The audit log's verification once the index holds {@code expected} events, or after 30 s. */
    private static JsonNode auditOnceIndexed(int expected) throws InterruptedException {
        LedgerClient client = new LedgerClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode report = client.get(system.queryUrl("/audit/verification"), "audit").json();
        while (report.path("eventsChecked").asLong() < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            report = client.get(system.queryUrl("/audit/verification"), "audit").json();
        }
        return report;
    }

    /** Pages until the store's events are all in; a page stops below a gap that may still fill. */
    private static List<String> pageThrough(int expected) throws InterruptedException {
        LedgerClient client = new LedgerClient();
        List<String> received = new ArrayList<>();
        long after = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (received.size() < expected && System.nanoTime() < deadline) {
            JsonNode page = client.get(system.queryUrl("/events?limit=97&after=" + after), "integrator").json();
            page.get("events").forEach(e -> received.add(e.get("position").asLong() + ":" + e.get("id").asString()));
            if (page.get("nextAfter").asLong() == after) {
                Thread.sleep(200);
            }
            after = page.get("nextAfter").asLong();
        }
        return received;
    }
}
