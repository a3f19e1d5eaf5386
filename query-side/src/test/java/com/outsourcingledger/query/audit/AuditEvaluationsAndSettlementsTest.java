package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.PipInitiated;
import com.outsourcingledger.api.contract.ContractEvent.RectificationNoticeIssued;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.PaymentMethod;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import com.outsourcingledger.query.audit.chain.AuditProof;
import com.outsourcingledger.query.evaluation.EvaluationView;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static com.outsourcingledger.query.evaluation.EvaluationSamples.confirmedEvaluation;
import static com.outsourcingledger.query.settlement.SettlementSamples.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two aggregates of issue 15 through the app alone on PostgreSQL, with no special case anywhere: their audit
 * histories, state as of an instant, diffs, verification and proofs under {@code /audit/evaluations} and
 * {@code /audit/settlements}, their CloudEvents on the pull endpoint, and their read models over HTTP (detail,
 * lists, the vendor scorecard fed by evaluations and contract events, the PIPs on the contract detail).
 */
class AuditEvaluationsAndSettlementsTest {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant T0 = Instant.parse("2026-04-01T01:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private static final String EVALUATION = "c-e1:2026-Q1";
    private static final String SETTLEMENT = "c-e1:2026-03";
    private static final List<EvaluationEvent> EVALUATION_EVENTS = confirmedEvaluation("c-e1", "v-e1", "2026-Q1", Grade.B);
    private static final List<String> EVALUATION_USERS = List.of("system", "business", "hr", "hr", "vendor-e1");
    private static final List<SettlementEvent> SETTLEMENT_EVENTS = paid("c-e1", "v-e1", "2026-03");
    private static final KeyPair KEYS = keys();

    private static ConfigurableApplicationContext app;
    private static String baseUrl;

    @BeforeAll
    static void start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--ledger.audit.signing-key=" + Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded())));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        EventStore store = app.getBean(EventStore.class);
        List<ContractEvent> contract = List.of(
                new ContractDrafted("c-e1", "p-1", "v-e1", "合同 c-e1", new Term(DAY.minusMonths(3), DAY.plusYears(1)),
                        content()),
                new RectificationNoticeIssued("c-e1", "n-1", "quality", List.of("2026-01", "2026-02"), "连续未达标", DAY,
                        DAY.plusDays(30), true, 2, 30, null, null, null, null),
                new PipInitiated("c-e1", "pip-1", List.of("c-e1:2025-Q4", EVALUATION), List.of(), "连续两期不达标", DAY,
                        DAY.plusDays(15), 15));
        for (int i = 0; i < contract.size(); i++) {
            store.publish(event("Contract", "c-e1", i, contract.get(i), "business", T0.minusSeconds(60 - i)));
        }
        for (int i = 0; i < EVALUATION_EVENTS.size(); i++) {
            store.publish(event("Evaluation", EVALUATION, i, EVALUATION_EVENTS.get(i), EVALUATION_USERS.get(i), at(i)));
        }
        for (int i = 0; i < SETTLEMENT_EVENTS.size(); i++) {
            store.publish(event("Settlement", SETTLEMENT, i, SETTLEMENT_EVENTS.get(i), "finance", at(i)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/audit/events?limit=1000", "audit").json()
                .path("items").size() == 15 && get("/settlements/" + SETTLEMENT, "finance").json().path("step")
                .asString().equals("PAID") && get("/vendors/v-e1/scorecard", "hr").json().path("grades").size() == 1
                && get("/contracts/c-e1", "hr").json().path("pips").size() == 1);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void historiesOfEvaluationsAndSettlementsAreServedUnderTheirCollections() throws Exception {
        JsonNode history = get("/audit/evaluations/" + EVALUATION + "/events", "audit").json();
        JsonNode settlement = get("/audit/settlements/" + SETTLEMENT + "/events", "legal").json();

        assertThat(history.path("totalItems").asLong()).isEqualTo(5);
        assertThat(history.path("items").get(0).path("aggregateType").asString()).isEqualTo("Evaluation");
        assertThat(history.path("items").get(1).path("user").asString()).isEqualTo("business");
        assertThat(settlement.path("totalItems").asLong()).isEqualTo(7);
        assertThat(settlement.path("items").get(6).path("type").asString()).isEqualTo("PaymentRecorded");
        Answer unknown = get("/audit/evaluations/nobody/events", "audit");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("rule").asString()).isEqualTo("evaluation.not-found");
        assertThat(get("/audit/settlements/nobody/events", "audit").json().path("rule").asString())
                .isEqualTo("settlement.not-found");
        assertThat(get("/audit/events?aggregateType=settlement&limit=1000", "audit").json().path("items")).hasSize(7);
    }

    @Test
    void stateAsOfAnInstantAndDiffsUseTheLiveFold() throws Exception {
        JsonNode asOf = get("/audit/evaluations/" + EVALUATION + "/state?at=" + at(1).plusSeconds(60), "audit").json();
        JsonNode diff = get("/audit/evaluations/" + EVALUATION + "/diff?from=" + at(1) + "&to=" + at(4), "audit").json();
        JsonNode paid = get("/audit/settlements/" + SETTLEMENT + "/state?at=" + at(6), "management").json();

        Object folded = null;
        for (int i = 0; i < 2; i++) {
            folded = EvaluationView.evolve((com.outsourcingledger.api.evaluation.EvaluationQuery.EvaluationDetail) folded,
                    EVALUATION_EVENTS.get(i), new Step(at(i), EVALUATION_USERS.get(i), i));
        }
        assertThat(asOf.path("aggregateType").asString()).isEqualTo("Evaluation");
        assertThat(asOf.path("state")).isEqualTo(JSON.readTree(JSON.writeValueAsString(folded)));
        assertThat(asOf.path("state").path("status").asString()).isEqualTo("SCORED");
        assertThat(StreamSupport.stream(diff.path("changes").spliterator(), false)
                .filter(c -> c.path("path").asString().equals("status")).findFirst().orElseThrow()
                .path("after").asString()).isEqualTo("CONFIRMED");
        assertThat(paid.path("state").path("step").asString()).isEqualTo("PAID");
        assertThat(paid.path("state").path("payment").path("reference").asString()).isEqualTo("PAY-1");
    }

    @Test
    void verificationAndProofsCoverBothKinds() throws Exception {
        JsonNode evaluation = get("/audit/evaluations/" + EVALUATION + "/verification", "audit").json();
        JsonNode settlement = get("/audit/settlements/" + SETTLEMENT + "/verification", "audit").json();
        String bundle = get("/audit/settlements/" + SETTLEMENT + "/proof", "audit").body();

        assertThat(evaluation.path("status").asString()).isEqualTo("INTACT");
        assertThat(settlement.path("status").asString()).isEqualTo("INTACT");
        assertThat(JSON.readTree(bundle).path("scope").asString()).isEqualTo("aggregate/Settlement/" + SETTLEMENT);
        assertThat(verify(bundle)).isNull();
        assertThat(verify(get("/audit/evaluations/" + EVALUATION + "/proof", "legal").body())).isNull();
    }

    @Test
    void theEventStreamCarriesTheirCloudEventTypesAndSources() throws Exception {
        JsonNode evaluations = get("/events?after=0&aggregateType=evaluation", "integrator").json();
        JsonNode settlements = get("/events?after=0&aggregateType=settlement", "integrator").json();

        assertThat(evaluations.path("events").valueStream().map(e -> e.path("type").asString())).containsExactly(
                "outsourcing.evaluation.period.opened.v1", "outsourcing.evaluation.scored.v1",
                "outsourcing.evaluation.countersigned.v1", "outsourcing.evaluation.shared.v1",
                "outsourcing.evaluation.confirmed.v1");
        assertThat(evaluations.path("events").get(0).path("source").asString()).isEqualTo("/evaluations/" + EVALUATION);
        assertThat(settlements.path("events").valueStream().map(e -> e.path("type").asString()))
                .contains("outsourcing.settlement.penalty.deducted.v1", "outsourcing.settlement.payment.recorded.v1")
                .hasSize(7);
        assertThat(settlements.path("events").get(0).path("source").asString()).isEqualTo("/settlements/" + SETTLEMENT);
    }

    @Test
    void readModelsAnswerForAnyDepartmentAndUnknownIdsAreProblems() throws Exception {
        JsonNode evaluation = get("/evaluations/" + EVALUATION, "finance").json();
        assertThat(evaluation.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(evaluation.path("rounds").get(0).path("countersignedBy").asString()).isEqualTo("hr");
        assertThat(get("/contracts/c-e1/evaluations", "management").json().path("items").get(0).path("grade").asString())
                .isEqualTo("B");
        Answer missing = get("/evaluations/c-e1:2030-Q1", "hr");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("rule").asString()).isEqualTo("evaluation.not-found");
        assertThat(get("/settlements/nobody", "hr").json().path("rule").asString()).isEqualTo("settlement.not-found");
        assertThat(get("/settlements?step=PAID&vendorId=v-e1", "finance").json().path("totalItems").asLong()).isEqualTo(1);
        assertThat(get("/settlements?step=REQUESTED", "finance").json().path("totalItems").asLong()).isZero();
        assertThat(get("/contracts/c-e1/settlements", "business").json().path("items").get(0).path("approvedAmount")
                .path("amount").decimalValue()).isEqualByComparingTo("48500.00");
        Answer tooLarge = get("/settlements?size=201", "finance");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(get("/settlements?step=SOMEWHERE", "finance").status()).isEqualTo(400);
        assertThat(get("/evaluations/" + EVALUATION, null).status()).isEqualTo(401);

        JsonNode scorecard = get("/vendors/v-e1/scorecard", "procurement").json();
        assertThat(scorecard.path("grades").get(0).path("period").asString()).isEqualTo("2026-Q1");
        assertThat(scorecard.path("openNotices").get(0).path("noticeId").asString()).isEqualTo("n-1");
        assertThat(scorecard.path("openPips").get(0).path("pipId").asString()).isEqualTo("pip-1");
        assertThat(get("/contracts/c-e1", "legal").json().path("pips").get(0).path("open").asBoolean()).isTrue();
    }

    @Test
    void rebuildingTheNewProjectionsFromTheLogGivesTheSameReadModels() throws Exception {
        Map<String, String> reads = Map.of("evaluation-views", "/evaluations/" + EVALUATION,
                "settlement-views", "/settlements?contractId=c-e1", "scorecard-views", "/vendors/v-e1/scorecard");
        for (Map.Entry<String, String> read : reads.entrySet()) {
            JsonNode live = get(read.getValue(), "management").json();

            assertThat(post("/admin/projections/" + read.getKey() + "/rebuild", "management")).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                JsonNode status = get("/admin/projections/" + read.getKey(), "management").json();
                return status.path("rebuild").path("state").asString().equals("COMPLETED")
                        && status.path("caughtUp").asBoolean() && !status.path("replaying").asBoolean();
            });
            assertThat(get(read.getValue(), "management").json()).as(read.getKey()).isEqualTo(live);
        }
    }

    private static Instant at(int i) {
        return T0.plus(Duration.ofHours(i));
    }

    private static ContractContent content() {
        return new ContractContent(new Party("甲方", null, null, null, null), new Party("乙方", null, null, null, null),
                "外包服务", List.of(), null, FeeModel.FIXED_PRICE, Money.cny("500000.00"), PaymentMethod.BANK_TRANSFER,
                SettlementCycle.MONTHLY, Arrays.stream(ClauseCategory.values()).map(c -> new Clause(c, "条款")).toList(), 60);
    }

    private static GenericDomainEventMessage<Object> event(String type, String id, long sequence, Object payload,
                                                           String user, Instant at) {
        MetaData metadata = MetaData.with(MetadataKeys.USER, user).and(MetadataKeys.CORRELATION_ID, "req-" + id)
                .and(MetadataKeys.COMMAND, payload.getClass().getSimpleName());
        return new GenericDomainEventMessage<>(type, id, sequence, payload, metadata, "event-" + id + "-" + sequence, at);
    }

    @SuppressWarnings("unchecked")
    private static String verify(String bundle) throws Exception {
        return AuditProof.verify((Map<String, Object>) new AuditProof.Json(bundle).value(), KEYS.getPublic(), Map.of());
    }

    private static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int post(String path, String user) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":ledger").getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Answer get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":ledger").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
