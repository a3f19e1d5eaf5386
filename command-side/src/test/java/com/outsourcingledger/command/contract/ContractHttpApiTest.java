package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractCommand.ReserveSettlementAmount;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.refusal.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.command.CommandSideApplication;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract commands over HTTP, through the real command-side app on a real PostgreSQL database. */
class ContractHttpApiTest {

    private static final AtomicInteger CODES = new AtomicInteger(5000);
    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static ConfigurableApplicationContext app;
    private static String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        var db = PostgresForTests.newDatabase();
        app = CommandSideApplication.builder().run("--server.port=0", "--ledger.deadline-poll=200ms",
                "--spring.datasource.url=" + db.get("spring.datasource.url"),
                "--spring.datasource.username=" + db.get("spring.datasource.username"),
                "--spring.datasource.password=" + db.get("spring.datasource.password"));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void draftsIdempotentlyAndAnswersTheLocation() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> draft = draft(registeredVendor(), null);
        HttpResponse<String> first = post("business", "/contracts", draft, "Idempotency-Key", key);
        HttpResponse<String> retry = post("business", "/contracts", draft, "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String contractId = json(first).get("contractId").asString();
        assertThat(first.headers().firstValue("Location")).hasValue("http://localhost:8081/contracts/" + contractId);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));

        Map<String, Object> other = draft(registeredVendor(), contractId);
        other.put("title", "另一份合同");
        HttpResponse<String> clash = post("business", "/contracts", other);
        assertThat(clash.statusCode()).isEqualTo(409);
    }

    @Test
    void refusesDepartmentsThatMayNotActAndNamesInvalidFields() {
        assertThat(post("hr", "/contracts", draft("v", null)).statusCode()).isEqualTo(403);
        String contractId = drafted(registeredVendor());
        assertThat(post("business", "/contracts/" + contractId + "/signature", Map.of()).statusCode()).isEqualTo(403);
        assertThat(post("procurement", "/contracts/" + contractId + "/co-review/opinions",
                Map.of("opinion", "APPROVE")).statusCode()).isEqualTo(403);
        assertThat(post("legal", "/contracts/" + contractId + "/nda",
                Map.of("ndaReference", "NDA-L", "signedOn", TODAY.toString())).statusCode()).isEqualTo(403);

        Map<String, Object> noVendor = draft("v", null);
        noVendor.remove("vendorId");
        HttpResponse<String> invalid = post("business", "/contracts", noVendor);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid).get("errors").valueStream().map(e -> e.get("field").asString())).contains("vendorId");

        HttpResponse<String> badPeriod = post("business", "/contracts/" + contractId + "/sla-measurements",
                Map.of("metricId", "quality", "period", "2026-13", "value", 90));
        assertThat(badPeriod.statusCode()).isEqualTo(400);

        HttpResponse<String> unknown = post("business", "/contracts/" + UUID.randomUUID() + "/co-review", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void takesTheEvaluationTermsWithTheContentAndRefusesAnAbsurdBonus() {
        Map<String, Object> draft = draft("v", null);
        Map<String, Object> content = new HashMap<>((Map<String, Object>) draft.get("content"));
        content.put("evaluationCadence", "MONTHLY");
        content.put("bonusPercent", -1);
        draft.put("content", content);
        HttpResponse<String> refused = post("business", "/contracts", draft);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json(refused).get("rule").asString()).isEqualTo("contract.drafting.invalid-bonus");
    }

    @Test
    void scoresAndCountersignsAnOpenEvaluationAndRefusesAStepOutOfTurn() {
        String contractId = UUID.randomUUID().toString();
        app.getBean(org.axonframework.commandhandling.gateway.CommandGateway.class).sendAndWait(
                new com.outsourcingledger.api.evaluation.EvaluationCommand.OpenEvaluationPeriod(contractId + ":2026-Q1",
                        contractId, "vendor-1", null, com.outsourcingledger.api.evaluation.EvaluationPeriod.of("2026-Q1"),
                        null, List.of()));
        String evaluation = "/contracts/" + contractId + "/evaluations/2026-Q1";
        Map<String, Object> scores = Map.of("scores", Map.of("EFFICIENCY", 90, "QUALITY", 85,
                "CUSTOMER_SATISFACTION", 88, "RESPONSE_SPEED", 92, "PERSONNEL_STABILITY", 80, "COMPLIANCE", 100),
                "comments", "服务整体良好");

        assertThat(post("hr", evaluation + "/score", scores).statusCode()).isEqualTo(403);
        HttpResponse<String> early = post("business", evaluation + "/sharing", Map.of());
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(json(early).get("rule").asString()).isEqualTo("evaluation.sharing.wrong-status");
        succeeded(post("business", evaluation + "/score", scores));
        succeeded(post("hr", evaluation + "/countersignature", Map.of("notes", "已复核")));
        succeeded(post("business", evaluation + "/sharing", Map.of()));
        HttpResponse<String> internal = post("business", evaluation + "/score", scores);
        assertThat(internal.statusCode()).isEqualTo(409);
        assertThat(json(internal).get("rule").asString()).isEqualTo("evaluation.scoring.wrong-status");

        assertThat(post("business", "/contracts/" + contractId + "/evaluations/2026-Q5/score", scores).statusCode())
                .isEqualTo(400);
        HttpResponse<String> unknown = post("business", "/contracts/" + contractId + "/evaluations/2026-Q2/score",
                scores);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void answersThePipEndpointsWithProblemDetails() {
        String pip = "/contracts/" + drafted(registeredVendor()) + "/pips/pip-9";
        Map<String, Object> conclusion = Map.of("outcome", "FAILED", "evidence", "评估仍为 D");
        assertThat(post("hr", pip + "/conclusion", conclusion).statusCode()).isEqualTo(403);

        HttpResponse<String> noOutcome = post("business", pip + "/conclusion", Map.of("evidence", "评估仍为 D"));
        assertThat(noOutcome.statusCode()).isEqualTo(400);
        assertThat(json(noOutcome).get("errors").valueStream().map(e -> e.get("field").asString())).contains("outcome");

        HttpResponse<String> unknown = post("business", pip + "/conclusion", conclusion);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("rule").asString()).isEqualTo("contract.pip.not-found");
        HttpResponse<String> plan = post("business", pip + "/plan",
                Map.of("rootCause", "人员流失", "actions", List.of("补充人员")));
        assertThat(plan.statusCode()).isEqualTo(404);
        assertThat(json(plan).get("rule").asString()).isEqualTo("contract.pip.not-found");
    }

    @Test
    void refusesSubmissionWithoutSlasAndCoReviewByTheDrafter() {
        String contractId = drafted(registeredVendor());
        HttpResponse<String> noSla = post("business", "/contracts/" + contractId + "/co-review", Map.of());
        assertThat(noSla.statusCode()).isEqualTo(422);
        assertThat(json(noSla).get("rule").asString()).isEqualTo("contract.submission.sla-missing");

        created(post("business", "/contracts/" + contractId + "/slas", sla()));
        succeeded(post("business", "/contracts/" + contractId + "/co-review", Map.of()));
        HttpResponse<String> own = post("business", "/contracts/" + contractId + "/co-review/opinions",
                Map.of("opinion", "APPROVE"));
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(json(own).get("rule").asString()).isEqualTo("contract.co-review.own-draft");
    }

    @Test
    void removesAnSlaOnlyBeforeSubmission() {
        String contract = "/contracts/" + drafted(registeredVendor());
        created(post("business", contract + "/slas", sla()));
        assertThat(post("legal", contract + "/slas/quality/removal", Map.of()).statusCode()).isEqualTo(403);
        succeeded(post("business", contract + "/slas/quality/removal", Map.of()));
        HttpResponse<String> gone = post("business", contract + "/slas/quality/removal", Map.of());
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json(gone).get("rule").asString()).isEqualTo("contract.sla.not-found");

        created(post("business", contract + "/slas", sla()));
        succeeded(post("business", contract + "/co-review", Map.of()));
        HttpResponse<String> inReview = post("business", contract + "/slas/quality/removal", Map.of());
        assertThat(inReview.statusCode()).isEqualTo(409);
        assertThat(json(inReview).get("rule").asString()).isEqualTo("contract.sla.wrong-status");
    }

    @Test
    void signsOnlyWhileTheVendorIsAdmittedAndUnflagged() {
        String vendorId = admittedVendor();
        String contract = "/contracts/" + drafted(vendorId);
        created(post("business", contract + "/slas", sla()));
        succeeded(post("business", contract + "/nda", Map.of("ndaReference", "NDA-1", "signedOn", TODAY.toString())));
        succeeded(post("business", contract + "/co-review", Map.of()));
        for (String reviewer : List.of("legal", "hr", "finance", "business2")) {
            succeeded(post(reviewer, contract + "/co-review/opinions", Map.of("opinion", "APPROVE", "comments", "同意")));
        }

        succeeded(post("hr", "/vendors/" + vendorId + "/suspension", Map.of("reason", "多次延误",
                "evidenceRefs", List.of("sla-report-7"))));
        HttpResponse<String> refused = eventually(() -> post("management", contract + "/signature", Map.of()),
                r -> r.statusCode() == 409 && json(r).get("rule").asString().equals("contract.signing.flagged"));
        assertThat(refused.statusCode()).isEqualTo(409);

        succeeded(post("hr", "/vendors/" + vendorId + "/reinstatement", Map.of("reason", "整改完成")));
        HttpResponse<String> signed = eventually(() -> post("management", contract + "/signature", Map.of()),
                r -> r.statusCode() == 204);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(204);
        assertThat(app.getBean(JdbcClient.class).sql("SELECT status FROM vendor_status WHERE vendor_id = :id")
                .param("id", vendorId).query(String.class).single()).isEqualTo("ADMITTED");
    }

    @Test
    void paysTheFinalSettlementStepByStepAndRecordsItAsTheLastExitStep() {
        String vendorId = admittedVendor();
        String contractId = drafted(vendorId);
        String contract = "/contracts/" + contractId;
        created(post("business", contract + "/slas", sla()));
        succeeded(post("business", contract + "/nda", Map.of("ndaReference", "NDA-1", "signedOn", TODAY.toString())));
        succeeded(post("business", contract + "/co-review", Map.of()));
        for (String reviewer : List.of("legal", "hr", "finance", "business2")) {
            succeeded(post(reviewer, contract + "/co-review/opinions", Map.of("opinion", "APPROVE", "comments", "同意")));
        }
        succeeded(eventually(() -> post("management", contract + "/signature", Map.of()), r -> r.statusCode() == 204));
        succeeded(post("business", contract + "/termination", Map.of("reason", "MUTUAL", "explanation", "双方协商一致",
                "lastServiceDay", TODAY.toString())));
        succeeded(post("business", contract + "/exit/knowledge-transfer", Map.of("notes", "已交接")));
        succeeded(post("business", contract + "/exit/assets-recovery", Map.of("notes", "已收回")));
        succeeded(post("hr", contract + "/exit/access-revocation", Map.of("revokedOn", TODAY.toString())));

        HttpResponse<String> freeAmount = post("finance", contract + "/exit/final-settlement",
                Map.of("amount", Map.of("amount", "96500.00", "currency", "CNY"), "reference", "JS-1"));
        assertThat(freeAmount.statusCode()).isEqualTo(422);
        assertThat(json(freeAmount).get("rule").asString()).isEqualTo("contract.exit.settlement-not-by-settlement");

        String settlement = contract + "/settlements/final";
        Map<String, Object> claim = Map.of("claimedAmount", Map.of("amount", "96500.00", "currency", "CNY"),
                "invoice", Map.of("number", "INV-9", "type", "VAT_SPECIAL",
                        "amount", Map.of("amount", "96500.00", "currency", "CNY"),
                        "tax", Map.of("amount", "5462.26", "currency", "CNY")));
        HttpResponse<String> requested = post("business", settlement, claim);
        created(requested);
        assertThat(requested.headers().firstValue("Location"))
                .hasValue("http://localhost:8081/settlements/" + contractId + ":settlement:final");
        created(post("business", settlement, claim));
        assertThat(post("hr", settlement + "/confirmation", Map.of("basis", "WORKLOAD")).statusCode()).isEqualTo(403);
        assertThat(json(post("business", settlement + "/confirmation", Map.of("basis", "WORKLOAD",
                "workloadReference", "GZL-9"))).get("rule").asString()).isEqualTo("settlement.confirmation.own-request");
        succeeded(post("business2", settlement + "/confirmation", Map.of("basis", "WORKLOAD",
                "workloadReference", "GZL-9")));
        succeeded(post("hr", settlement + "/compliance-check", Map.of("passed", true,
                "sampledWorkers", List.of("worker-1"), "proofsChecked", List.of("社保"))));
        succeeded(post("finance", settlement + "/invoice-verification", Map.of("invoiceNumber", "INV-9")));
        succeeded(post("finance2", settlement + "/approval", Map.of()));
        succeeded(eventually(() -> post("finance", settlement + "/payment", Map.of("reference", "PAY-9",
                "paidOn", TODAY.toString())), r -> r.statusCode() != 409));

        HttpResponse<String> closed = eventually(() -> post("business", contract + "/exit/knowledge-transfer",
                Map.of()), r -> json(r).get("rule").asString().equals("contract.exit.wrong-status"));
        assertThat(json(closed).get("detail").asString()).contains("CLOSED");
    }

    @Test
    void reservesOnlyOneOfTwoSettlementsThatTogetherWouldPassTheContractAmount() throws Exception {
        String contractId = drafted(admittedVendor());
        String contract = "/contracts/" + contractId;
        created(post("business", contract + "/slas", sla()));
        succeeded(post("business", contract + "/nda", Map.of("ndaReference", "NDA-1", "signedOn", TODAY.toString())));
        succeeded(post("business", contract + "/co-review", Map.of()));
        for (String reviewer : List.of("legal", "hr", "finance", "business2")) {
            succeeded(post(reviewer, contract + "/co-review/opinions", Map.of("opinion", "APPROVE", "comments", "同意")));
        }
        succeeded(eventually(() -> post("management", contract + "/signature", Map.of()), r -> r.statusCode() == 204));

        CommandGateway commands = app.getBean(CommandGateway.class);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> outcomes = Stream.of("2026-01", "2026-02")
                .map(period -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        commands.sendAndWait(new ReserveSettlementAmount(contractId, contractId + ":" + period,
                                Money.cny("700000.00"), List.of()));
                        return "reserved";
                    } catch (CommandExecutionException e) {
                        return e.getDetails().map(d -> ((RuleViolation) d).rule()).orElse("failed");
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                })).toList();
        start.countDown();
        assertThat(outcomes.stream().map(CompletableFuture::join).toList())
                .containsExactlyInAnyOrder("reserved", "settlement.reservation.cap-exceeded");
    }

    @Test
    void refusesADraftWithAnUnknownVendorOrForAProjectNotYetAwarded() {
        HttpResponse<String> unknownVendor = post("business", "/contracts", draft(UUID.randomUUID().toString(), null));
        assertThat(unknownVendor.statusCode()).as(unknownVendor.body()).isEqualTo(422);
        assertThat(json(unknownVendor).get("rule").asString()).isEqualTo("contract.drafting.unknown-vendor");

        Map<String, Object> unknownProject = draft(registeredVendor(), null);
        unknownProject.put("projectId", UUID.randomUUID().toString());
        HttpResponse<String> refused = post("business", "/contracts", unknownProject);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json(refused).get("rule").asString()).isEqualTo("contract.drafting.unknown-project");
    }

    @Test
    void withdrawsADraftWithItsReasonOnce() {
        String contract = "/contracts/" + drafted(registeredVendor());
        assertThat(post("hr", contract + "/withdrawal", Map.of("reason", "项目取消")).statusCode()).isEqualTo(403);
        assertThat(post("business", contract + "/withdrawal", Map.of()).statusCode()).isEqualTo(400);
        succeeded(post("business", contract + "/withdrawal", Map.of("reason", "项目取消")));
        HttpResponse<String> again = post("business", contract + "/withdrawal", Map.of("reason", "项目取消"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("rule").asString()).isEqualTo("contract.withdrawal.wrong-status");
    }

    // --- steps ---

    /** Registered only: drafting needs a vendor that exists and is not barred, not an admitted one. */
    private String registeredVendor() {
        String first16 = "91310000MA1F" + CODES.incrementAndGet();
        HttpResponse<String> registered = post("hr", "/vendors", Map.of("legalName", "上海合同测试服务有限公司",
                "creditCode", CreditCode.complete(first16), "legalRepresentative", "张三",
                "address", "上海市浦东新区", "registeredCapital", Map.of("amount", "5000000.00", "currency", "CNY"),
                "foundingYear", 2012, "headcount", 100, "categories", List.of("BPO")));
        created(registered);
        return json(registered).get("vendorId").asString();
    }

    private String admittedVendor() {
        String first16 = "91310000MA1F" + CODES.incrementAndGet();
        Map<String, Object> registration = Map.of("legalName", "上海合同测试服务有限公司",
                "creditCode", CreditCode.complete(first16), "legalRepresentative", "张三",
                "address", "上海市浦东新区", "registeredCapital", Map.of("amount", "5000000.00", "currency", "CNY"),
                "foundingYear", 2012, "headcount", 100, "categories", List.of("BPO"));
        HttpResponse<String> registered = post("hr", "/vendors", registration);
        created(registered);
        String vendorId = json(registered).get("vendorId").asString();
        succeeded(post("hr", "/vendors/" + vendorId + "/due-diligence", Map.of()));
        for (AdmissionCriterion criterion : AdmissionCriterion.values()) {
            succeeded(post(criterion.examiner().name().toLowerCase(), "/vendors/" + vendorId + "/due-diligence/findings",
                    Map.of("criterion", criterion.name(), "outcome", "PASSED", "summary", "核查通过",
                            "evidenceRefs", List.of("dd-1"))));
        }
        created(post("hr", "/vendors/" + vendorId + "/qualifications", Map.of("qualificationId", "license",
                "type", "BUSINESS_LICENSE", "number", "BL-1", "issuer", "上海市市场监督管理局",
                "validFrom", "2020-07-01", "validUntil", "2035-06-30", "required", true)));
        succeeded(post("hr2", "/vendors/" + vendorId + "/admission", Map.of("tier", "STANDARD")));
        return vendorId;
    }

    private String drafted(String vendorId) {
        HttpResponse<String> response = post("business", "/contracts", draft(vendorId, null));
        created(response);
        return json(response).get("contractId").asString();
    }

    static Map<String, Object> draft(String vendorId, String contractId) {
        Map<String, Object> draft = new HashMap<>();
        if (contractId != null) {
            draft.put("contractId", contractId);
        }
        draft.put("vendorId", vendorId);
        draft.put("title", "呼叫中心外包服务合同");
        draft.put("term", Map.of("start", TODAY.withDayOfMonth(1).minusMonths(2).toString(),
                "end", TODAY.plusMonths(2).toString()));
        Map<String, Object> party = Map.of("name", "上海示例科技有限公司");
        draft.put("content", Map.of("client", party, "vendor", Map.of("name", "上海合同测试服务有限公司"),
                "scope", "呼叫中心外包服务", "feeModel", "FIXED_PRICE",
                "amount", Map.of("amount", "1200000.00", "currency", "CNY"), "paymentMethod", "BANK_TRANSFER",
                "clauses", Arrays.stream(ClauseCategory.values()).map(c -> Map.of("category", c.name(), "text", "条款"))
                        .toList()));
        return draft;
    }

    static Map<String, Object> sla() {
        return Map.of("metricId", "quality", "name", "质量合格率", "unit", "%", "target", 95, "direction", "AT_LEAST",
                "period", "MONTHLY", "dataSource", "质检系统", "collectionOwner", "质检组", "penaltyPercent", 2,
                "penaltyCapPerPeriod", Map.of("amount", "5000.00", "currency", "CNY"));
    }

    private HttpResponse<String> post(String user, String path, Object body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":ledger").getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Vendor standing and the sanction saga follow the vendor's events a few milliseconds behind. */
    private static HttpResponse<String> eventually(Supplier<HttpResponse<String>> call,
                                                   java.util.function.Predicate<HttpResponse<String>> done) {
        HttpResponse<String> last = null;
        for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end; ) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return last;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static void succeeded(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }
}
