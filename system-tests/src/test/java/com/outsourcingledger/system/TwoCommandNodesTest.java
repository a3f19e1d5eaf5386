package com.outsourcingledger.system;

import com.outsourcingledger.command.CommandSideApplication;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command-side nodes on one store, each keeping the aggregates it used in its cache: a node decides on what
 * the store holds, not on what it cached before the other node changed the aggregate, and commands racing on the
 * two nodes are each either appended or answered 409, never lost.
 */
class TwoCommandNodesTest {

    private static final Map<String, Object> SANCTION = Map.of("reason", "Repeated SLA breaches",
            "evidenceRefs", List.of("report-1"));

    private static LedgerSystem system;
    private static ConfigurableApplicationContext secondNode;
    private final LedgerClient client = new LedgerClient();

    @BeforeAll
    static void start() {
        Map<String, String> database = PostgresForTests.newDatabase();
        system = LedgerSystem.start(database);
        List<String> args = new ArrayList<>(LedgerSystem.arguments(database, System.getProperty(LedgerSystem.AXON_SERVER)));
        args.add("--ledger.node=second-command-node");
        secondNode = CommandSideApplication.builder().run(args.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (secondNode != null) {
            secondNode.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aNodeDecidesOnWhatTheOtherNodeAppendedNotOnItsCache() {
        String vendorId = VendorSteps.registerAndAdmit(system, client);
        assertThat(warn(first(vendorId)).status()).isEqualTo(204);
        assertThat(warn(second(vendorId)).status()).as("both nodes now hold the vendor").isEqualTo(204);

        Response suspended = client.post(first(vendorId + "/suspension"), "hr", SANCTION);
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(204);
        Response suspendedAgain = client.post(second(vendorId + "/suspension"), "hr", SANCTION);
        assertThat(suspendedAgain.status()).as(suspendedAgain.toString()).isEqualTo(409);
        assertThat(suspendedAgain.body()).as("refused by the rule, on the state the first node left")
                .contains("vendor.suspension.not-admitted");
        Response reinstated = client.post(second(vendorId + "/reinstatement"), "hr", Map.of("reason", "Remedied"));
        assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(204);
        Response suspendedOnFirst = client.post(first(vendorId + "/suspension"), "hr", SANCTION);
        assertThat(suspendedOnFirst.status()).as(suspendedOnFirst.toString()).isEqualTo(204);

        assertThat(sequences(vendorId)).as("one event per answer 204, none overwritten")
                .isEqualTo(sequence(count(vendorId)));
    }

    @Test
    void commandsRacingOnBothNodesAreEachAppendedOrAConflict() throws Exception {
        String vendorId = VendorSteps.registerAndAdmit(system, client);
        warn(first(vendorId));
        warn(second(vendorId));
        long before = count(vendorId);
        List<Callable<Integer>> racing = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            URI node = i % 2 == 0 ? first(vendorId) : second(vendorId);
            racing.add(() -> warn(node).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> status : clients.invokeAll(racing)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).allMatch(status -> status == 204 || status == 409);
        long appended = statuses.stream().filter(status -> status == 204).count();
        assertThat(count(vendorId) - before).as("events appended = answers 204").isEqualTo(appended);
        assertThat(sequences(vendorId)).isEqualTo(sequence(count(vendorId)));
        assertThat(warn(first(vendorId)).status()).as("a conflict leaves no stale state behind").isEqualTo(204);
        assertThat(warn(second(vendorId)).status()).isEqualTo(204);
    }

    private Response warn(URI vendor) {
        return client.post(URI.create(vendor + "/warnings"), "hr", SANCTION);
    }

    private static URI first(String path) {
        return system.commandUrl("/vendors/" + path);
    }

    private static URI second(String path) {
        int port = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
        return URI.create("http://localhost:" + port + "/vendors/" + path);
    }

    private static JdbcClient store() {
        return JdbcClient.create(system.commandSide().getBean(DataSource.class));
    }

    private static long count(String vendorId) {
        return store().sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(vendorId).query(Long.class).single();
    }

    private static List<Long> sequences(String vendorId) {
        return store().sql("SELECT sequencenumber FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber").param(vendorId).query(Long.class).list();
    }

    private static List<Long> sequence(long count) {
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            expected.add(i);
        }
        return expected;
    }
}
