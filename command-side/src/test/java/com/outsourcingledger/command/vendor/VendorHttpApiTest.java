package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.VendorCommand.RegisterVendor;
import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.command.CommandSideApplication;
import com.outsourcingledger.platform.security.VendorAccounts;
import com.outsourcingledger.platform.testing.ApiDocuments;
import com.outsourcingledger.platform.testing.PostgresForTests;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side's HTTP contract, through the real app on a real PostgreSQL database. */
class VendorHttpApiTest {

    private static final AtomicInteger CODES = new AtomicInteger(1000);
    private static final String QUERY_SIDE = "https://query.ledger.example:9443";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext app;
    private static String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        var db = PostgresForTests.newDatabase();
        app = CommandSideApplication.builder().run(
                "--server.port=0",
                "--spring.datasource.url=" + db.get("spring.datasource.url"),
                "--spring.datasource.username=" + db.get("spring.datasource.username"),
                "--spring.datasource.password=" + db.get("spring.datasource.password"),
                "--ledger.query-side.url=" + QUERY_SIDE);
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static String newCreditCode() {
        return CreditCode.complete("91310000MA1F" + CODES.incrementAndGet());
    }

    static String registration(String creditCode) {
        return """
                {"legalName":"上海示例人力服务有限公司","creditCode":"%s","legalRepresentative":"张三",
                 "address":"上海市浦东新区世纪大道1号","contacts":[{"name":"李四","email":"lisi@example.cn"}],
                 "registeredCapital":{"amount":5000000.00,"currency":"CNY"},"foundingYear":2012,"headcount":320,
                 "categories":["HR","BPO"]}""".formatted(creditCode);
    }

    HttpResponse<String> post(String user, String path, String body, String... headers) throws Exception {
        return postAs(user + ":ledger", path, body, headers);
    }

    HttpResponse<String> postAs(String credentials, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    String registered() throws Exception {
        HttpResponse<String> created = post("hr", "/vendors", registration(newCreditCode()));
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created).get("vendorId").asString();
    }

    /**
     * Through Axon Server a repeated creation fails with a bare status (AXONIQ-2000, invalid sequence number), not
     * Axon's AggregateStreamCreationException: the repeat is still recognised, from what is stored.
     */
    @Test
    void recognisesARepeatedRegistrationWhateverTheStoreSaysOfTheConflict() throws Exception {
        String body = registration(newCreditCode());
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("hr", "/vendors", body, "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        String vendorId = json(first).get("vendorId").asString();

        var asAxonServer = app.getBean(org.axonframework.commandhandling.CommandBus.class).registerHandlerInterceptor(
                (unitOfWork, chain) -> {
                    if (unitOfWork.getMessage().getPayload() instanceof RegisterVendor register
                            && register.vendorId().equals(vendorId)) {
                        throw new org.axonframework.commandhandling.CommandExecutionException(
                                "OUT_OF_RANGE: [AXONIQ-2000] Invalid sequence number 0 for aggregate " + vendorId
                                        + ", expected 1", null);
                    }
                    return chain.proceed();
                });
        try {
            HttpResponse<String> repeated = post("hr", "/vendors", body, "Idempotency-Key", key);
            assertThat(repeated.statusCode()).as(repeated.body()).isEqualTo(201);
            assertThat(repeated.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));

            HttpResponse<String> otherVendorSameId = post("hr", "/vendors", registration(newCreditCode()),
                    "Idempotency-Key", key);
            assertThat(otherVendorSameId.statusCode()).as("a different registration under the same key conflicts")
                    .isEqualTo(409);
        } finally {
            asAxonServer.cancel();
        }
    }

    @Test
    void answersARepeatedRegistrationWithTheSameLocation() throws Exception {
        String body = registration(newCreditCode());
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post("procurement", "/vendors", body, "Idempotency-Key", key);
        HttpResponse<String> repeated = post("procurement", "/vendors", body, "Idempotency-Key", key);

        String vendorId = json(first).get("vendorId").asString();
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).hasValue(QUERY_SIDE + "/vendors/" + vendorId);
        assertThat(repeated.statusCode()).isEqualTo(201);
        assertThat(repeated.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    }

    @Test
    void answersAnotherUsersRepeatOfANamedVendorWithAConflictNotWithTheirCreation() throws Exception {
        String body = registration(newCreditCode()).replaceFirst("\\{", "{\"vendorId\":\"" + UUID.randomUUID() + "\",");

        HttpResponse<String> hrs = post("hr", "/vendors", body);
        HttpResponse<String> hrsRepeat = post("hr", "/vendors", body);
        HttpResponse<String> procurements = post("procurement", "/vendors", body);

        assertThat(hrs.statusCode()).as(hrs.body()).isEqualTo(201);
        assertThat(hrsRepeat.statusCode()).as("the same user's repeat is answered as the first").isEqualTo(201);
        assertThat(procurements.statusCode()).as("another user's repeat is no retry of theirs").isEqualTo(409);
    }

    @Test
    void refusesACreditCodeAnotherVendorHolds() throws Exception {
        String body = registration(newCreditCode());
        assertThat(post("hr", "/vendors", body).statusCode()).isEqualTo(201);

        HttpResponse<String> second = post("hr", "/vendors", body);

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("rule").asString()).isEqualTo("vendor.credit-code.already-registered");
    }

    @Test
    void refusesAnIdAlreadyTakenByADifferentRegistration() throws Exception {
        String vendorId = registered();

        HttpResponse<String> clash = post("hr", "/vendors",
                registration(newCreditCode()).replaceFirst("\\{", "{\"vendorId\":\"" + vendorId + "\","));

        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(json(clash).get("rule").asString()).isEqualTo("resource.already-exists");
    }

    @Test
    void namesAnInvalidCreditCode() throws Exception {
        HttpResponse<String> refused = post("hr", "/vendors", registration("91310000MA1FL00000"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
    }

    @Test
    void forbidsRegistrationByADepartmentThatMayNotRegister() throws Exception {
        HttpResponse<String> refused = post("finance", "/vendors", registration(newCreditCode()));

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void answersNotFoundForAnUnknownVendor() throws Exception {
        HttpResponse<String> refused = post("hr", "/vendors/no-such-vendor/due-diligence", null);

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(json(refused).get("rule").asString()).isEqualTo("resource.not-found");
    }

    @Test
    void takesAVendorFromDueDiligenceThroughSanctionsToTheBlacklist() throws Exception {
        String vendor = "/vendors/" + registered();
        assertThat(post("hr", vendor + "/due-diligence", null).statusCode()).isEqualTo(204);
        for (String criterion : new String[]{"VALID_BUSINESS_LICENSE", "REQUIRED_PERMITS", "NO_MAJOR_LEGAL_VIOLATIONS",
                "LITIGATION_CHECK", "CAPABILITY_STAFF_EQUIPMENT", "MANAGEMENT_SYSTEMS", "LABOR_SECURITY_CREDIT",
                "FINANCIAL_STATEMENTS"}) {
            String examiner = com.outsourcingledger.api.vendor.AdmissionCriterion.valueOf(criterion).examiner()
                    .name().toLowerCase();
            assertThat(post(examiner, vendor + "/due-diligence/findings", finding(criterion)).statusCode())
                    .as(criterion).isEqualTo(204);
        }
        HttpResponse<String> wrongDepartment = post("finance", vendor + "/due-diligence/findings",
                finding("LITIGATION_CHECK"));
        assertThat(wrongDepartment.statusCode()).isEqualTo(403);
        assertThat(json(wrongDepartment).get("rule").asString()).isEqualTo("vendor.due-diligence.wrong-department");

        HttpResponse<String> ownWork = post("hr", vendor + "/admission", "{\"tier\":\"STRATEGIC\"}");
        assertThat(ownWork.statusCode()).isEqualTo(403);
        assertThat(json(ownWork).get("rule").asString()).isEqualTo("vendor.admission.own-work");
        HttpResponse<String> noLicense = post("hr2", vendor + "/admission", "{\"tier\":\"STRATEGIC\"}");
        assertThat(noLicense.statusCode()).isEqualTo(422);
        assertThat(json(noLicense).get("rule").asString()).isEqualTo("vendor.admission.required-document-missing");
        for (String type : new String[]{"BUSINESS_LICENSE", "HR_SERVICE_PERMIT"}) {
            assertThat(post("procurement", vendor + "/qualifications", """
                    {"qualificationId":"%s","type":"%s","number":"NO-1","issuer":"上海市市场监督管理局",
                     "validFrom":"2020-07-01","validUntil":"2035-06-30","required":true}""".formatted(type, type))
                    .statusCode()).isEqualTo(201);
        }
        assertThat(post("hr2", vendor + "/admission", "{\"tier\":\"STRATEGIC\"}").statusCode()).isEqualTo(204);
        String sanction = "{\"reason\":\"交付延误\",\"evidenceRefs\":[\"sla-2026-02\"]}";
        assertThat(post("hr", vendor + "/warnings", sanction).statusCode()).isEqualTo(204);
        assertThat(post("hr", vendor + "/suspension", sanction).statusCode()).isEqualTo(204);
        assertThat(post("hr", vendor + "/reinstatement", "{\"reason\":\"整改完成\"}").statusCode()).isEqualTo(204);
        assertThat(post("hr", vendor + "/tier", "{\"tier\":\"STANDARD\"}").statusCode()).isEqualTo(204);
        assertThat(post("hr", vendor + "/annual-reviews", "{\"outcome\":\"SOUND\"}").statusCode()).isEqualTo(403);
        assertThat(post("finance", vendor + "/annual-reviews", "{\"outcome\":\"SOUND\",\"notes\":\"无异常\"}")
                .statusCode()).isEqualTo(204);
        assertThat(post("legal", vendor + "/blacklisting", sanction).statusCode()).isEqualTo(204);

        HttpResponse<String> afterBlacklisting = post("hr", vendor + "/warnings", sanction);
        assertThat(afterBlacklisting.statusCode()).isEqualTo(409);
        assertThat(json(afterBlacklisting).get("rule").asString()).isEqualTo("vendor.warning.blacklisted");
    }

    @Test
    void addsAndRenewsQualificationDocuments() throws Exception {
        String vendor = "/vendors/" + registered();

        HttpResponse<String> added = post("procurement", vendor + "/qualifications", """
                {"qualificationId":"license","type":"BUSINESS_LICENSE","number":"BL-1","issuer":"上海市市场监督管理局",
                 "validFrom":"2020-07-01","validUntil":"2030-06-30","required":true}""");
        HttpResponse<String> renewed = post("hr", vendor + "/qualifications/license/renewal",
                "{\"number\":\"BL-2\",\"validFrom\":\"2030-07-01\",\"validUntil\":\"2035-06-30\"}");
        HttpResponse<String> backwards = post("hr", vendor + "/qualifications/license/renewal",
                "{\"number\":\"BL-3\",\"validFrom\":\"2035-07-01\",\"validUntil\":\"2035-06-30\"}");

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValue(QUERY_SIDE + vendor);
        assertThat(renewed.statusCode()).isEqualTo(204);
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(json(backwards).get("rule").asString()).isEqualTo("vendor.qualification-renewal.invalid-validity");
    }

    @Test
    void refusesMalformedInputWithoutAServerError() throws Exception {
        String vendor = "/vendors/" + registered();

        HttpResponse<String> unknownCriterion = post("legal", vendor + "/due-diligence/findings",
                "{\"criterion\":\"NO_SUCH\",\"outcome\":\"PASSED\",\"summary\":\"x\"}");
        HttpResponse<String> blankReason = post("hr", vendor + "/warnings", "{\"reason\":\" \"}");
        HttpResponse<String> noBody = post("hr", vendor + "/suspension", null);

        assertThat(unknownCriterion.statusCode()).isEqualTo(400);
        assertThat(json(blankReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(noBody.statusCode()).isEqualTo(400);
    }

    static String finding(String criterion) {
        return "{\"criterion\":\"%s\",\"outcome\":\"PASSED\",\"summary\":\"查验无误\",\"evidenceRefs\":[\"doc-1\"]}"
                .formatted(criterion);
    }

    @Test
    void openApiDocumentStatesWhatEveryOperationAnswers() throws Exception {
        JsonNode document = json(get("/v3/api-docs"));

        assertThat(document.get("info").get("title").asString()).isEqualTo("Outsourcing Ledger command-side");
        assertThat(document.get("info").get("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(document.get("servers").findValuesAsString("url")).containsExactly("/");
        assertThat(document.get("components").get("securitySchemes").propertyNames()).contains("basic", "bearer");
        assertThat(document.get("components").get("schemas").get("ProblemDetail").get("properties").has("rule"))
                .isTrue();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey() + " " + path.getKey();
            JsonNode responses = operation.getValue().get("responses");
            assertThat(operation.getValue().get("summary").asString()).as(name).isNotBlank();
            assertThat(operation.getValue().get("security")).as(name).hasSize(2);
            assertThat(responses.propertyNames()).as(name).contains("400", "401", "403", "409", "422", "503")
                    .doesNotContain("200");
            assertThat(responses.get("409").get("content").get("application/problem+json").get("schema")
                    .get("$ref").asString()).as(name).isEqualTo("#/components/schemas/ProblemDetail");
            assertThat(responses.get("503").get("headers").has("Retry-After")).as(name).isTrue();
        }));
        JsonNode registration = document.get("paths").get("/vendors").get("post").get("responses").get("201");
        assertThat(registration.get("headers").has("Location")).isTrue();
        assertThat(registration.get("content").get("application/json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/VendorReference");
        JsonNode suspension = document.get("paths").get("/vendors/{vendorId}/suspension").get("post");
        assertThat(suspension.get("responses").has("204")).isTrue();
        assertThat(suspension.get("responses").get("204").has("content")).isFalse();
        assertThat(document.get("paths").get("/contracts/{contractId}/sla-reviews").get("post").get("requestBody")
                .get("content").get("application/json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/SlaReviewRequest");
    }

    @Test
    void opensAPortalAccountOnlyForHrOrProcurementWithALongEnoughPasswordAndAnAdmittedVendor() throws Exception {
        String vendorId = registered();
        String path = "/vendors/" + vendorId + "/portal-accounts";
        String valid = "{\"username\":\"li.si\",\"password\":\"portal-password-1\"}";

        HttpResponse<String> tooShort = post("hr", path, "{\"username\":\"li.si\",\"password\":\"short-pass\"}");
        HttpResponse<String> tooLong = post("hr", path, "{\"username\":\"li.si\",\"password\":\""
                + "密码".repeat(13) + "\"}");
        HttpResponse<String> badName = post("hr", path, "{\"username\":\"Li Si\",\"password\":\"portal-password-1\"}");
        HttpResponse<String> business = post("business", path, valid);
        HttpResponse<String> notAdmitted = post("procurement", path, valid);

        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(json(tooShort).get("rule").asString()).isEqualTo("vendor.portal-account.password-too-short");
        assertThat(tooShort.body()).doesNotContain("short-pass");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("rule").asString()).isEqualTo("vendor.portal-account.password-too-long");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(business.statusCode()).isEqualTo(403);
        assertThat(notAdmitted.statusCode()).as(notAdmitted.body()).isEqualTo(409);
        assertThat(json(notAdmitted).get("rule").asString()).isEqualTo("vendor.portal-account.not-admitted");
        assertThat(app.getBean(VendorAccounts.class).find("li.si")).isEmpty();
    }

    @Test
    void aPortalAccountAuthenticatesHereButActsForNoDepartment() throws Exception {
        app.getBean(VendorAccounts.class).claim("cmd.portal", "vendor-x", VendorAccounts.hash("portal-password-1"));

        HttpResponse<String> registration = postAs("cmd.portal:portal-password-1", "/vendors",
                registration(newCreditCode()));
        HttpResponse<String> wrongPassword = postAs("cmd.portal:portal-password-2", "/vendors",
                registration(newCreditCode()));

        assertThat(registration.statusCode()).isEqualTo(403);
        assertThat(json(registration).get("rule").asString()).isEqualTo("access.department-not-permitted");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }

    /** Regenerate docs/api/command-side.openapi.json with {@link ApiDocuments#REGENERATE}. */
    @Test
    void committedOpenApiDocumentIsWhatTheAppServes() throws Exception {
        HttpResponse<String> served = get("/v3/api-docs");

        assertThat(served.statusCode()).isEqualTo(200);
        ApiDocuments.assertCommitted("command-side.openapi.json", served.body());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void scopesAnIdempotencyKeyToTheUserWhoSentIt() throws Exception {
        String body = registration(newCreditCode());
        String key = UUID.randomUUID().toString();

        HttpResponse<String> hrs = post("hr", "/vendors", body, "Idempotency-Key", key);
        HttpResponse<String> procurements = post("procurement", "/vendors", body, "Idempotency-Key", key);

        assertThat(hrs.statusCode()).isEqualTo(201);
        assertThat(procurements.statusCode()).as("another user's key names another vendor; the code is taken")
                .isEqualTo(409);
        assertThat(json(procurements).get("rule").asString()).isEqualTo("vendor.credit-code.already-registered");
    }

    @Test
    void registersAVendorWithoutTheOptionalFoundingYearAndHeadcount() throws Exception {
        String body = registration(newCreditCode()).replace("\"foundingYear\":2012,\"headcount\":320,", "");

        HttpResponse<String> created = post("hr", "/vendors", body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void namesTheFieldOfABodyThatFailsValidationBesideAValidatedPathVariable() throws Exception {
        HttpResponse<String> refused = post("business", "/contracts/c-1/sla-measurements/m-1/2026-01/corrections",
                "{\"value\":1.5}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("errors").get(0).get("field").asString()).isEqualTo("reason");
    }

    @Test
    void namesTheJsonPathOfAnUnknownMapKey() throws Exception {
        HttpResponse<String> refused = post("hr", "/sourcings/s-1/score-sheets",
                "{\"vendorId\":\"v-1\",\"scores\":{\"TECHNICAL_PROPOSAL\":80,\"FOO\":70}}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("errors").get(0).get("field").asString()).isEqualTo("scores.FOO");
        assertThat(json(refused).get("detail").asString()).contains("scores.FOO");
    }

    @Test
    void answersAnUnknownTargetWithItsKindAndIdAndNoClassName() throws Exception {
        HttpResponse<String> refused = post("hr", "/sourcings/no-such-sourcing/score-sheets",
                "{\"vendorId\":\"v-1\",\"scores\":{\"TECHNICAL_PROPOSAL\":80}}");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(json(refused).get("rule").asString()).isEqualTo("resource.not-found");
        assertThat(json(refused).get("detail").asString()).isEqualTo("No sourcing with id no-such-sourcing")
                .doesNotContain("$", "Command");
    }

    @Test
    void answersEveryRefusalBeforeTheControllersWithProblemDetails() throws Exception {
        HttpRequest.Builder authenticated = HttpRequest.newBuilder().header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("hr:ledger".getBytes(StandardCharsets.UTF_8)));
        List<HttpRequest> requests = List.of(
                authenticated.copy().uri(URI.create(baseUrl + "/vendors/a%00b/suspension"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                authenticated.copy().uri(URI.create(baseUrl + "/vendors/..%2F..%2Fetc/suspension"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                authenticated.copy().uri(URI.create(baseUrl + "/vendors/x/suspension")).DELETE().build(),
                authenticated.copy().uri(URI.create(baseUrl + "/vendors/x/suspension"))
                        .POST(HttpRequest.BodyPublishers.ofString("reason")).header("Content-Type", "text/plain").build(),
                authenticated.copy().uri(URI.create(baseUrl + "/vendors/x/suspension"))
                        .POST(HttpRequest.BodyPublishers.noBody()).header("Content-Type", "application/json").build(),
                authenticated.copy().uri(URI.create(baseUrl + "/no-such-path")).GET().build());

        for (HttpRequest request : requests) {
            HttpResponse<String> refused = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(request.method() + " " + request.uri()).isBetween(400, 499);
            assertThat(refused.headers().firstValue("Content-Type")).as(request.uri().toString())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(refused).path("rule").asString("")).as(request.method() + " " + request.uri() + " "
                    + refused.body()).isNotBlank();
        }
    }

    @Test
    void logsARefusedCommandAndAnUnknownIdInOneLineWithoutAStackTrace() throws Exception {
        String vendor = "/vendors/" + registered();
        String sanction = "{\"reason\":\"交付延误\",\"evidenceRefs\":[\"sla-2026-02\"]}";

        List<ILoggingEvent> refusal = logged(() -> post("hr", vendor + "/suspension", sanction));
        List<ILoggingEvent> unknown = logged(() -> post("hr", "/vendors/no-such-vendor/suspension", sanction));

        assertThat(refusal).as("a refused command is one line naming its rule").hasSize(1)
                .allSatisfy(line -> assertThat(line.getFormattedMessage()).contains("vendor.suspension."));
        assertThat(unknown).as("an unknown id is at most one line").hasSizeLessThanOrEqualTo(1);
        assertThat(refusal).noneMatch(line -> line.getThrowableProxy() != null);
        assertThat(unknown).noneMatch(line -> line.getThrowableProxy() != null);
    }

    private static List<ILoggingEvent> logged(Callable<HttpResponse<String>> call) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            assertThat(call.call().statusCode()).isBetween(400, 499);
        } finally {
            root.detachAppender(appender);
        }
        return appender.list.stream().filter(line -> line.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO))
                .toList();
    }
}
