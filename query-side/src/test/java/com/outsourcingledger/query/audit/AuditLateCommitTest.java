package com.outsourcingledger.query.audit;

import com.outsourcingledger.platform.testing.LateCommits;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

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

    private static final LateCommits.Plan PLAN = new LateCommits.Plan(4, 40, 3, Duration.ofMillis(100),
            Duration.ofMillis(1_000), Duration.ofMillis(500));
    private static ConfigurableApplicationContext app;
    private static LateCommits writers;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.audit.checkpoint-every=7",
                "--ledger.audit.signing-key=" + Base64.getEncoder()
                        .encodeToString(AuditedLedger.KEYS.getPrivate().getEncoded())));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        writers = new LateCommits(app);
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
        assertThat(store).hasSize(PLAN.events());

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
        LateCommits.Run run = writers.start(PLAN);
        List<String> late = run.await();
        assertThat(run.overtaken()).as("slow transactions that other writers overtook").isEqualTo(PLAN.slowTransactions());
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
}
