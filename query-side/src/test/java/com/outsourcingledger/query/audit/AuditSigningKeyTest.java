package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.outsourcingledger.query.audit.AuditedLedger.HTTP;
import static com.outsourcingledger.query.audit.AuditedLedger.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Two query-side nodes on one database: with the deployment's key each verifies the other's checkpoints. */
class AuditSigningKeyTest {

    private static final String KEY = Base64.getEncoder().encodeToString(AuditedLedger.KEYS.getPrivate().getEncoded());
    private static final Map<String, String> DATABASE = PostgresForTests.newDatabase();
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodesWithTheDeploymentKey() {
        first = node("--ledger.audit.signing-key=" + KEY);
        second = node("--ledger.audit.signing-key=" + KEY);
        EventStore store = first.getBean(EventStore.class);
        for (int i = 0; i < 5; i++) {
            store.publish(registered("v-" + i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get(first, "/audit/checkpoints").size() == 2
                && verify(second).path("eventsChecked").asLong() == 5);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void eachNodeVerifiesTheCheckpointsTheOtherSigned() throws Exception {
        HttpResponse<String> signed = send(second, HttpRequest.newBuilder(url(second, "/audit/checkpoints"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);

        for (ConfigurableApplicationContext node : List.of(first, second)) {
            JsonNode report = verify(node);
            assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("INTACT");
            assertThat(report.path("checkpointsChecked").asLong()).isEqualTo(3);
        }
    }

    @Test
    void aNodeWithAnotherKeyRefusesToStart() throws Exception {
        String other = Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());

        assertThatThrownBy(() -> node("--ledger.audit.signing-key=" + other))
                .rootCause().hasMessageContaining(publicKeyOf(first)).hasMessageContaining("ledger.audit.signing-key");
    }

    @Test
    void aNodeThatGeneratedItsOwnKeyRefusesToStart(@TempDir Path data) throws Exception {
        assertThatThrownBy(() -> node("--ledger.audit.signing-key-file=" + data.resolve("audit-signing-key")))
                .rootCause().hasMessageContaining(publicKeyOf(first)).hasMessageContaining("LEDGER_AUDIT_SIGNING_KEY");
    }

    private static ConfigurableApplicationContext node(String key) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.audit.checkpoint-every=2", key));
        DATABASE.forEach((name, value) -> args.add("--" + name + "=" + value));
        return QuerySideApplication.builder().run(args.toArray(String[]::new));
    }

    private static String publicKeyOf(ConfigurableApplicationContext node) throws Exception {
        return JSON.readTree(send(node, HttpRequest.newBuilder(url(node, "/audit/signing-key")).GET()).body())
                .path("publicKey").asString();
    }

    private static JsonNode verify(ConfigurableApplicationContext node) throws Exception {
        return get(node, "/audit/verification");
    }

    private static JsonNode get(ConfigurableApplicationContext node, String path) throws Exception {
        HttpResponse<String> response = send(node, HttpRequest.newBuilder(url(node, path)).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext node, HttpRequest.Builder request)
            throws Exception {
        return HTTP.send(request.header("Accept", "application/json").header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("audit:ledger".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI url(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
    }

    private static GenericDomainEventMessage<VendorRegistered> registered(String vendorId) {
        return new GenericDomainEventMessage<>("Vendor", vendorId, 0, new VendorRegistered(vendorId, "双节点测试有限公司",
                "91310000MA1FL0000X", "张三", "上海市", List.of(), Money.cny("1000000"), 2015, 50,
                Set.of(VendorCategory.IT)));
    }
}
