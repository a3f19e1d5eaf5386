package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static com.outsourcingledger.query.audit.AuditedLedger.HTTP;
import static com.outsourcingledger.query.audit.AuditedLedger.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit index under concurrent writers and deliberately late commits: a transaction takes a position, sleeps
 * while other writers commit higher ones, then commits. Every event must be recorded at its own position, the
 * late ones chained when they arrive, and the log must verify INTACT; an altered late event must still be found.
 * JDBC store only, by design: late commits and gaps are how the JDBC engine's global index behaves (Axon Server
 * assigns positions in order), and the altered event is edited in its {@code domainevententry} table.
 */
class AuditLateCommitTest {

    private static final int WRITERS = 4;
    private static final int EVENTS_PER_WRITER = 40;
    private static final int SLOW_TRANSACTIONS = 3;
    private static ConfigurableApplicationContext app;
    private static EventStorageEngine engine;
    private static TransactionTemplate transactions;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.audit.checkpoint-every=7",
                "--ledger.audit.signing-key=" + Base64.getEncoder()
                        .encodeToString(AuditedLedger.KEYS.getPrivate().getEncoded())));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        engine = app.getBean(EventStorageEngine.class);
        transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        jdbc = JdbcClient.create(app.getBean(DataSource.class));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void recordsEveryEventAtItsOwnPositionAndVerifiesIntactWhenTransactionsCommitLate() throws Exception {
        List<String> late = writeConcurrentlyWithLateCommits();
        List<String> store = jdbc.sql("SELECT globalIndex || ':' || eventIdentifier FROM domainevententry"
                + " ORDER BY globalIndex").query(String.class).list();
        assertThat(store).hasSize(WRITERS * EVENTS_PER_WRITER + SLOW_TRANSACTIONS);

        assertThat(indexedOnceCaughtUp(store.size())).as("the audit index against the store")
                .containsExactlyInAnyOrderElementsOf(store);
        assertThat(chainedBelowAnEarlierPosition()).as("late events, chained after higher positions")
                .containsAll(late);
        JsonNode report = verifyLog();
        assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("INTACT");
        assertThat(report.path("eventsChecked").asLong()).isEqualTo(store.size());
        assertThat(report.path("pending").asLong()).isZero();
        assertThat(report.path("checkpointsChecked").asLong()).isEqualTo(store.size() / 7);
    }

    @Test
    void anAlteredLateEventIsReportedAtThatEvent() throws Exception {
        List<String> late = writeConcurrentlyWithLateCommits();
        long total = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
        indexedOnceCaughtUp(total);
        String eventId = late.getFirst();
        byte[] original = jdbc.sql("SELECT payload FROM domainevententry WHERE eventidentifier = :id")
                .param("id", eventId).query(byte[].class).single();
        jdbc.sql("UPDATE domainevententry SET payload = :p WHERE eventidentifier = :id").param("id", eventId)
                .param("p", new String(original, StandardCharsets.UTF_8).replace("上海市", "北京市")
                        .getBytes(StandardCharsets.UTF_8)).update();
        try {
            JsonNode report = verifyLog();
            assertThat(report.path("status").asString()).isEqualTo("TAMPERED");
            assertThat(report.path("firstDivergence").path("kind").asString()).isEqualTo("ALTERED");
            assertThat(report.path("firstDivergence").path("eventId").asString()).isEqualTo(eventId);
        } finally {
            jdbc.sql("UPDATE domainevententry SET payload = :p WHERE eventidentifier = :id").param("id", eventId)
                    .param("p", original).update();
        }
        assertThat(verifyLog().path("status").asString()).isEqualTo("INTACT");
    }

    /** Returns the ids of the events whose transactions committed after higher positions had. */
    private static List<String> writeConcurrentlyWithLateCommits() throws Exception {
        AtomicInteger overtaken = new AtomicInteger();
        List<String> late = new ArrayList<>();
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
                long pause = 1_000 + 500L * s;
                work.add(writers.submit(() -> {
                    sleepMillis(100);
                    transactions.executeWithoutResult(tx -> {
                        GenericDomainEventMessage<VendorRegistered> slow = registered();
                        engine.appendEvents(slow);
                        long position = positionOf(slow.getIdentifier());
                        sleepMillis(pause);
                        if (committedAbove(position)) {
                            overtaken.incrementAndGet();
                            synchronized (late) {
                                late.add(slow.getIdentifier());
                            }
                        }
                    });
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        }
        assertThat(overtaken.get()).as("slow transactions that other writers overtook").isEqualTo(SLOW_TRANSACTIONS);
        return late;
    }

    /** What the index holds as position:event once it holds as many events as the store, or after 30 s. */
    private static List<String> indexedOnceCaughtUp(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        List<String> indexed;
        do {
            Thread.sleep(200);
            indexed = jdbc.sql("SELECT global_position || ':' || event_id FROM audit_event ORDER BY chain_index")
                    .query(String.class).list();
        } while (indexed.size() < expected && System.nanoTime() < deadline);
        return indexed;
    }

    /** The events chained after an event at a higher position. */
    private static List<String> chainedBelowAnEarlierPosition() {
        List<String> below = new ArrayList<>();
        long highest = -1;
        for (var row : jdbc.sql("SELECT global_position, event_id FROM audit_event ORDER BY chain_index")
                .query().listOfRows()) {
            long position = ((Number) row.get("global_position")).longValue();
            if (position < highest) {
                below.add((String) row.get("event_id"));
            }
            highest = Math.max(highest, position);
        }
        return below;
    }

    private static JsonNode verifyLog() throws Exception {
        String url = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/audit/verification";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("audit:ledger".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static long positionOf(String eventIdentifier) {
        return jdbc.sql("SELECT globalIndex FROM domainevententry WHERE eventIdentifier = :id")
                .param("id", eventIdentifier).query(Long.class).single();
    }

    /** Asked on another connection, outside the slow transaction. */
    private static boolean committedAbove(long position) {
        return CompletableFuture.supplyAsync(() -> jdbc.sql("SELECT count(*) FROM domainevententry WHERE globalIndex > :p")
                .param("p", position).query(Long.class).single()).join() > 0;
    }

    private static GenericDomainEventMessage<VendorRegistered> registered() {
        String vendorId = UUID.randomUUID().toString();
        VendorRegistered event = new VendorRegistered(vendorId, "并发审计测试有限公司", "91310000MA1FL0000X", "张三",
                "上海市", List.of(), Money.cny("1000000"), 2015, 50, Set.of(VendorCategory.IT));
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
