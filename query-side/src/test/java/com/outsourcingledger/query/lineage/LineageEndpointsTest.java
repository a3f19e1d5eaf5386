package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.lineage.LineageQuery.BreachLineage;
import com.outsourcingledger.api.lineage.LineageQuery.BreachState;
import com.outsourcingledger.api.lineage.LineageQuery.ContractLineage;
import com.outsourcingledger.api.lineage.LineageQuery.DeductedBreach;
import com.outsourcingledger.api.lineage.LineageQuery.DeductionState;
import com.outsourcingledger.api.lineage.LineageQuery.SettlementLineage;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static com.outsourcingledger.query.lineage.LineageSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The query-side app alone: a contract whose March settlement deducted two breaches and was paid, answered both
 * ways over HTTP, each link with its event's global position in the audit history.
 */
class LineageEndpointsTest {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BREACH = "/audit/lineage/contracts/c-1/breaches/quality/2026-03";
    private static ConfigurableApplicationContext app;
    private static String baseUrl;

    @BeforeAll
    static void startApp() {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");

        append("Contract", CONTRACT, drafted(CONTRACT), breached("quality", "2026-03", "1500.00"),
                breached("response", "2026-03", "800.00"), breached("quality", "2026-04", "1500.00"));
        append("Settlement", SETTLEMENT, requested(), approved(deduction("quality", "2026-03", "1500.00"),
                        deduction("response", "2026-03", "800.00")),
                deducted("quality", "2026-03", "1500.00"), deducted("response", "2026-03", "800.00"),
                paid("97700.00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> response = get("/audit/lineage/settlements/" + SETTLEMENT, "audit");
            return response.statusCode() == 200 && JSON.readValue(response.body(), SettlementLineage.class)
                    .settlement().payment() != null;
        });
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    private static void append(String type, String aggregateId, Object... events) {
        EventStore eventStore = app.getBean(EventStore.class);
        for (int i = 0; i < events.length; i++) {
            eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, i, events[i],
                    MetaData.with(MetadataKeys.USER, "finance").and(MetadataKeys.DEPARTMENT, "FINANCE")));
        }
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":ledger").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                        .header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aBreachIsFollowedToItsSettlementAndPaymentWithTheEventsBehindEachLink() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readValue(get(BREACH, "audit").body(),
                BreachLineage.class).deductions().getFirst().settlement().payment().event().globalPosition() != null);

        BreachLineage lineage = JSON.readValue(get(BREACH, "legal").body(), BreachLineage.class);

        assertThat(lineage.state()).isEqualTo(DeductionState.PAID);
        assertThat(lineage.decisions().getFirst().event().globalPosition()).isEqualTo(2L);
        assertThat(lineage.deductions()).singleElement().satisfies(d -> {
            assertThat(d.settlementId()).isEqualTo(SETTLEMENT);
            assertThat(d.deducted().eventType()).isEqualTo("PenaltyDeducted");
            assertThat(d.deducted().globalPosition()).isEqualTo(7L);
            assertThat(d.settlement().approved().globalPosition()).isEqualTo(6L);
            assertThat(d.settlement().payment().event().globalPosition()).isEqualTo(9L);
        });
    }

    @Test
    void aSettlementThatDeductedTwoBreachesOfOneMonthLeadsBackToBoth() throws Exception {
        HttpResponse<String> response = get("/audit/lineage/settlements/" + SETTLEMENT, "finance");

        assertThat(response.statusCode()).isEqualTo(200);
        SettlementLineage lineage = JSON.readValue(response.body(), SettlementLineage.class);
        assertThat(lineage.settlement().payment().reference()).isEqualTo("PAY-1");
        assertThat(lineage.deductions()).extracting(DeductedBreach::metricId, DeductedBreach::period,
                        DeductedBreach::state, d -> d.decisions().getFirst().decision())
                .containsExactly(tuple("quality", "2026-03", DeductionState.PAID, "BREACHED"),
                        tuple("response", "2026-03", DeductionState.PAID, "BREACHED"));
        for (DeductedBreach deducted : lineage.deductions()) {
            BreachLineage back = JSON.readValue(get("/audit/lineage/contracts/c-1/breaches/" + deducted.metricId()
                    + "/" + deducted.period(), "management").body(), BreachLineage.class);
            assertThat(back.deductions()).singleElement().extracting(d -> d.settlementId()).isEqualTo(SETTLEMENT);
        }
    }

    @Test
    void theContractDetailListsEachBreachWithItsDeductionState() throws Exception {
        HttpResponse<String> response = get("/contracts/c-1/lineage", "business");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readValue(response.body(), ContractLineage.class).items())
                .extracting(BreachState::metricId, BreachState::period, BreachState::state)
                .containsExactly(tuple("quality", "2026-03", DeductionState.PAID),
                        tuple("quality", "2026-04", DeductionState.STANDING),
                        tuple("response", "2026-03", DeductionState.PAID));
    }

    @Test
    void unknownIdsAre404Problems() throws Exception {
        HttpResponse<String> breach = get("/audit/lineage/contracts/c-1/breaches/quality/2025-01", "audit");
        HttpResponse<String> settlement = get("/audit/lineage/settlements/c-1:2025-01", "audit");
        HttpResponse<String> contract = get("/contracts/c-404/lineage", "audit");

        assertThat(breach.statusCode()).isEqualTo(404);
        assertThat(breach.body()).contains("\"rule\":\"lineage.breach.not-found\"");
        assertThat(settlement.statusCode()).isEqualTo(404);
        assertThat(settlement.body()).contains("\"rule\":\"lineage.settlement.not-found\"");
        assertThat(contract.statusCode()).isEqualTo(404);
        assertThat(contract.body()).contains("\"rule\":\"contract.not-found\"");
    }

    @Test
    void departmentsWithoutAuditRightsAreRefusedTheAuditLineage() throws Exception {
        for (String user : List.of("hr", "business", "procurement")) {
            HttpResponse<String> response = get(BREACH, user);
            assertThat(response.statusCode()).as(user).isEqualTo(403);
            assertThat(JSON.readTree(response.body()).path("rule").asString("")).as(user).isNotBlank();
            assertThat(get("/audit/lineage/settlements/" + SETTLEMENT, user).statusCode()).as(user).isEqualTo(403);
        }
    }
}
