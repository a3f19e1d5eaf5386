package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualification;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorQuery.VendorPage;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.security.VendorAccounts;
import com.outsourcingledger.platform.testing.ApiDocuments;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
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
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static com.outsourcingledger.query.vendor.VendorSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The query-side app alone: events appended to its event store reach the projection through Axon, and the
 * read models answer over HTTP with the department rules and problem details of the platform.
 */
class VendorEndpointsTest {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext app;
    private static String baseUrl;

    @BeforeAll
    static void startApp() {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");

        LocalDate today = LocalDate.now(app.getBean(Clock.class));
        append("hr", registered("v-http", "阿尔法科技", VendorCategory.IT),
                license("v-http", "q-1", today.plusDays(7)),
                dueDiligenceStarted("v-http"),
                admitted("v-http", today.minusDays(30), VendorTier.STRATEGIC));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/vendors/v-http", "audit").statusCode() == 200);
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    private static void append(String user, VendorEvent... events) {
        EventStore eventStore = app.getBean(EventStore.class);
        for (int i = 0; i < events.length; i++) {
            eventStore.publish(new GenericDomainEventMessage<>("Vendor", events[i].vendorId(), i, events[i],
                    MetaData.with(MetadataKeys.USER, user).and(MetadataKeys.DEPARTMENT, "HR")));
        }
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (user != null) {
            String credentials = Base64.getEncoder().encodeToString((user + ":ledger").getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void directoryListsTheProjectedVendorForAnyDepartment() throws Exception {
        HttpResponse<String> response = get("/vendors?status=ADMITTED&category=IT&sort=-admittedOn", "finance");

        assertThat(response.statusCode()).isEqualTo(200);
        VendorPage page = JSON.readValue(response.body(), VendorPage.class);
        assertThat(page.totalItems()).isEqualTo(1);
        assertThat(page.items().getFirst().legalName()).isEqualTo("阿尔法科技");
        assertThat(page.items().getFirst().tier()).isEqualTo(VendorTier.STRATEGIC);
    }

    @Test
    void detailCarriesTheFoldedStateAndWhoCausedIt() throws Exception {
        VendorDetail detail = JSON.readValue(get("/vendors/v-http", "legal").body(), VendorDetail.class);

        assertThat(detail.status()).isEqualTo(VendorStatus.ADMITTED);
        assertThat(detail.version()).isEqualTo(3);
        assertThat(detail.qualifications().getFirst().daysToExpiry()).isEqualTo(7L);
    }

    @Test
    void expiringQualificationsAreListedWithDaysToExpiry() throws Exception {
        HttpResponse<String> response = get("/vendors/qualifications/expiring?withinDays=10", "procurement");

        assertThat(response.statusCode()).isEqualTo(200);
        List<ExpiringQualification> expiring = List.of(JSON.readValue(response.body(), ExpiringQualification[].class));
        assertThat(expiring).extracting(ExpiringQualification::qualificationId, ExpiringQualification::daysToExpiry)
                .containsExactly(tuple("q-1", 7L));
    }

    @Test
    void unknownVendorIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/vendors/nobody", "hr");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"rule\":\"vendor.not-found\"");
    }

    @Test
    void invalidParametersAre400Problems() throws Exception {
        assertThat(get("/vendors/qualifications/expiring?withinDays=3651", "hr").statusCode()).isEqualTo(400);
        assertThat(get("/vendors/qualifications/expiring?withinDays=-1", "hr").statusCode()).isEqualTo(400);
        assertThat(get("/vendors?sort=document", "hr").body()).contains("\"rule\":\"request.invalid\"");
        assertThat(get("/vendors?status=DORMANT", "hr").statusCode()).isEqualTo(400);
    }

    @Test
    void pageSizesAboveTheCapAre400ProblemsNamingSize() throws Exception {
        HttpResponse<String> tooLarge = get("/vendors?size=100000", "hr");
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("\"rule\":\"request.invalid\"").contains("\"field\":\"size\"");
        assertThat(get("/vendors?size=200", "hr").statusCode()).isEqualTo(200);
        assertThat(get("/projects?size=201", "hr").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyAuthenticatedInternalDepartmentsMayRead() throws Exception {
        assertThat(get("/vendors", null).statusCode()).isEqualTo(401);
        assertThat(get("/vendors", "integrator").statusCode()).isEqualTo(403);
    }

    @Test
    void openApiDocumentStatesWhatEveryReadAnswers() throws Exception {
        JsonNode document = JSON.readTree(get("/v3/api-docs", null).body());

        assertThat(document.get("info").get("title").asString()).isEqualTo("Outsourcing Ledger query-side");
        assertThat(document.get("servers").findValuesAsString("url")).containsExactly("/");
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey() + " " + path.getKey();
            assertThat(operation.getValue().get("summary").asString()).as(name).isNotBlank();
            assertThat(operation.getValue().get("security")).as(name).hasSize(2);
            assertThat(operation.getValue().get("responses").propertyNames()).as(name)
                    .contains("400", "401", "403", "503");
        }));
        JsonNode vendor = document.get("paths").get("/vendors/{vendorId}").get("get").get("responses");
        assertThat(vendor.propertyNames()).contains("200", "404").doesNotContain("409", "422");
        assertThat(vendor.get("404").get("content").has("application/problem+json")).isTrue();
    }

    @Test
    void aPortalAccountAuthenticatesAsAVendorUserThatReadsOnlyItsOwnVendor() throws Exception {
        app.getBean(VendorAccounts.class).claim("alpha.portal", "v-http", VendorAccounts.hash("portal-password-1"));
        append("hr", registered("v-portal-other", "贝塔外包", VendorCategory.BPO));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/vendors/v-portal-other", "audit").statusCode() == 200);

        HttpResponse<String> own = getAs("/vendors/v-http", "alpha.portal", "portal-password-1");
        HttpResponse<String> other = getAs("/vendors/v-portal-other", "alpha.portal", "portal-password-1");
        HttpResponse<String> directory = getAs("/vendors", "alpha.portal", "portal-password-1");
        HttpResponse<String> otherContracts = getAs("/contracts?vendorId=v-portal-other", "alpha.portal",
                "portal-password-1");
        HttpResponse<String> wrongPassword = getAs("/vendors/v-http", "alpha.portal", "portal-password-2");

        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(JSON.readValue(own.body(), VendorDetail.class).vendorId()).isEqualTo("v-http");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(other.body()).get("rule").asString()).isEqualTo("vendor.not-found");
        assertThat(directory.statusCode()).isEqualTo(403);
        assertThat(otherContracts.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(otherContracts.body()).get("rule").asString()).isEqualTo("vendor-scope.other-vendor");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> getAs(String path, String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                .header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Regenerate docs/api/query-side.openapi.json with {@link ApiDocuments#REGENERATE}. */
    @Test
    void committedOpenApiDocumentIsWhatTheAppServes() throws Exception {
        HttpResponse<String> served = get("/v3/api-docs", null);

        assertThat(served.statusCode()).isEqualTo(200);
        ApiDocuments.assertCommitted("query-side.openapi.json", served.body());
    }

    @Test
    void refusalsBeforeAnyEndpointAreProblemsWithARule() throws Exception {
        for (String path : List.of("/vendors/a%00b", "/vendors/..%2F..%2Fetc", "/no-such-path")) {
            HttpResponse<String> response = get(path, "hr");

            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).path("rule").asString("")).as(path).isNotBlank();
        }
    }
}
