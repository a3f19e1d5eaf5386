package com.outsourcingledger.system;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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

    private static final int WRITERS = 4;
    private static final int EVENTS_PER_WRITER = 60;
    private static final int SLOW_TRANSACTIONS = 3;
    private static LedgerSystem system;
    private static EventStorageEngine engine;
    private static TransactionTemplate transactions;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        Map<String, String> properties = new HashMap<>(PostgresForTests.newDatabase());
        properties.put("ledger.event-stream.gap-timeout", "8s");
        properties.put("ledger.event-stream.heartbeat", "500ms");
        system = LedgerSystem.start(properties);
        engine = system.commandSide().getBean(EventStorageEngine.class);
        transactions = new TransactionTemplate(system.commandSide().getBean(PlatformTransactionManager.class));
        jdbc = system.commandSide().getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void everySubscriberReceivesExactlyTheStoreInOrderIncludingEventsThatCommittedLate() throws Exception {
        RawStreamReader early = new RawStreamReader(system.queryUrl("/events/stream"), "integrator");
        RawStreamReader auditor = new RawStreamReader(system.queryUrl("/events/stream?from=0"), "audit");
        AtomicInteger overtaken = new AtomicInteger();
        List<Long> rolledBack = new ArrayList<>();
        RawStreamReader joinedMidway;
        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS + SLOW_TRANSACTIONS)) {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                work.add(writers.submit(() -> {
                    for (int i = 0; i < EVENTS_PER_WRITER; i++) {
                        transactions.executeWithoutResult(tx -> engine.appendEvents(registered()));
                        sleepMillis(15);
                    }
                }));
            }
            for (int s = 0; s < SLOW_TRANSACTIONS; s++) {
                long pause = 1_500 + 700L * s;
                work.add(writers.submit(() -> {
                    sleepMillis(200);
                    transactions.executeWithoutResult(tx -> {
                        GenericDomainEventMessage<VendorRegistered> slow = registered();
                        engine.appendEvents(slow);
                        long position = positionOf(slow.getIdentifier());
                        sleepMillis(pause);
                        if (committedAbove(position)) {
                            overtaken.incrementAndGet();
                        }
                    });
                }));
            }
            sleepMillis(600);
            rolledBack.add(rollBackAnInsert());
            joinedMidway = new RawStreamReader(system.queryUrl("/events/stream"), "integrator");
            for (Future<?> done : work) {
                done.get();
            }
        }
        List<String> store = StoreTruth.of(system).entriesAfter(0);
        assertThat(overtaken.get()).as("slow transactions that other writers overtook").isEqualTo(SLOW_TRANSACTIONS);
        assertThat(store).hasSize(WRITERS * EVENTS_PER_WRITER + SLOW_TRANSACTIONS)
                .noneMatch(entry -> entry.startsWith(rolledBack.getFirst() + ":"));

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

    private static long rollBackAnInsert() {
        long[] position = new long[1];
        try {
            transactions.executeWithoutResult(tx -> {
                GenericDomainEventMessage<VendorRegistered> doomed = registered();
                engine.appendEvents(doomed);
                position[0] = positionOf(doomed.getIdentifier());
                throw new IllegalStateException("rolled back on purpose");
            });
        } catch (IllegalStateException expected) {
            return position[0];
        }
        throw new AssertionError("the transaction should have rolled back");
    }

    /** The global index an uncommitted insert took, seen by the transaction that made it. */
    private static long positionOf(String eventIdentifier) {
        return jdbc.sql("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = :id")
                .param("id", eventIdentifier).query(Long.class).single();
    }

    /** Asked on another connection, outside the slow transaction. */
    private static boolean committedAbove(long position) {
        return CompletableFuture.supplyAsync(() -> jdbc.sql("SELECT count(*) FROM DomainEventEntry WHERE globalIndex > :p")
                .param("p", position).query(Long.class).single()).join() > 0;
    }

    private static GenericDomainEventMessage<VendorRegistered> registered() {
        String vendorId = UUID.randomUUID().toString();
        VendorRegistered event = new VendorRegistered(vendorId, "并发写入测试有限公司", "91310000MA1FL0000X", "张三",
                "上海市", List.of(new Contact("李四", "经理", "13800000000", "li@example.com")), Money.cny("1000000"),
                2015, 50, Set.of(VendorCategory.IT));
        return new GenericDomainEventMessage<>("Vendor", vendorId, 0, event,
                MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.DEPARTMENT, "HR"));
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
