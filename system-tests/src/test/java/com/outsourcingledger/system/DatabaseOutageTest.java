package com.outsourcingledger.system;

import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops accepting connections under both apps (existing ones are cut, new ones refused): requests
 * are answered 503 with Retry-After within seconds, never 500; health answers within 5 s and says DOWN; once the
 * database is back, both apps serve again without a restart. JDBC store only: the outage it provokes takes the
 * event store down with the database; on Axon Server the events would stay reachable, which is another outage.
 */
@JdbcStoreOnly
class DatabaseOutageTest {

    private static final LedgerClient client = new LedgerClient();
    private static LedgerSystem system;
    private static String adminUrl;
    private static String database;

    @BeforeAll
    static void start() {
        Map<String, String> db = PostgresForTests.newDatabase();
        Matcher url = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)").matcher(db.get("spring.datasource.url"));
        assertThat(url.matches()).isTrue();
        database = url.group(2);
        adminUrl = url.group(1) + "postgres" + url.group(3);
        system = LedgerSystem.start(db);
    }

    @AfterAll
    static void stop() throws SQLException {
        admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        system.close();
    }

    @Test
    void anUnreachableDatabaseIs503WithRetryAfterAndHealthAnswersDownQuickly() throws SQLException {
        String vendorId = VendorSteps.registerAndAdmit(system, client);
        ProjectSteps.awaitQuery(system, client, "/vendors/" + vendorId, v -> v.has("vendorId"));

        admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

        unavailable(() -> client.post(system.commandUrl("/vendors"), "hr", VendorSteps.newRegistration()));
        unavailable(() -> client.post(system.commandUrl("/vendors/" + vendorId + "/warnings"), "hr",
                Map.of("reason", "late reports", "evidenceRefs", List.of("report-1"))));
        unavailable(() -> client.get(system.queryUrl("/vendors/" + vendorId), "hr"));
        for (URI health : new URI[]{system.commandUrl("/actuator/health"), system.queryUrl("/actuator/health")}) {
            long started = System.nanoTime();
            Response answer = client.get(health, "management");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(health.toString())
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.json().path("status").asString()).isEqualTo("DOWN");
        }

        admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        awaitUp(system.commandUrl("/actuator/health"));
        awaitUp(system.queryUrl("/actuator/health"));
        String after = VendorSteps.registerAndAdmit(system, client);
        ProjectSteps.awaitQuery(system, client, "/vendors/" + after, v -> v.path("status").asString().equals("ADMITTED"));
    }

    private static void unavailable(java.util.function.Supplier<Response> request) {
        long started = System.nanoTime();
        Response response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as(response.toString())
                .isLessThan(Duration.ofSeconds(10));
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.header("Retry-After")).as(response.toString()).isNotBlank();
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("service.unavailable");
    }

    /** As a client honouring Retry-After would: the apps recover by themselves, without a restart. */
    private static void awaitUp(URI health) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Response last = client.get(health, "management");
        while (last.status() != 200 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = client.get(health, "management");
        }
        assertThat(last.status()).as(last.toString()).isEqualTo(200);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
