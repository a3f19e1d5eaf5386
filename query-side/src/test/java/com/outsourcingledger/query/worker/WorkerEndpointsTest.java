package com.outsourcingledger.query.worker;

import com.outsourcingledger.api.dashboard.DashboardQuery.Dashboard;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.api.worker.WorkerEvent.AccessGranted;
import com.outsourcingledger.api.worker.WorkerEvent.AccessRequested;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerWithdrawn;
import com.outsourcingledger.api.worker.WorkerQuery.WorkerDetail;
import com.outsourcingledger.api.worker.WorkerQuery.WorkerPage;
import com.outsourcingledger.api.worker.WorkerQuery.WorkerSummary;
import com.outsourcingledger.api.worker.WorkerStatus;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.privacy.PersonalDataVault;
import com.outsourcingledger.platform.security.VendorAccounts;
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

import static com.outsourcingledger.query.worker.WorkerSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The worker reads over HTTP on the query-side app alone, with its real vault: events appended to its event store
 * carry personal data sealed by that vault; reads open it, a vendor user reads only its own vendor's workers, and an
 * erasure shows at once.
 */
class WorkerEndpointsTest {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PORTAL_USER = "worker.portal";
    private static final String PORTAL_PASSWORD = "portal-password-1";
    private static ConfigurableApplicationContext app;
    private static String baseUrl;

    @BeforeAll
    static void startApp() {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        PersonalDataVault vault = app.getBean(PersonalDataVault.class);
        app.getBean(VendorAccounts.class).claim(PORTAL_USER, "v-a", VendorAccounts.hash(PORTAL_PASSWORD));

        append(active(vault, "w-a", "c-a", "v-a"));
        append(active(vault, "w-b", "c-b", "v-b"));
        append(active(vault, "w-erased", "c-a", "v-a"));
        append(List.of(submitted(vault, "w-new-a", "c-x", "v-a")));
        append(List.of(submitted(vault, "w-new-b", "c-b", "v-b")));
        List<WorkerEvent> withdrawn = new ArrayList<>(active(vault, "w-gone", "c-a", "v-a"));
        withdrawn.addAll(List.of(new AccessRequested("w-gone", "g-1", AccessResourceType.NETWORK, "VPN", "all", "运维"),
                new AccessGranted("w-gone", "c-a", "g-1", AccessResourceType.NETWORK, "VPN", "all"),
                new WorkerWithdrawn("w-gone", "更换人员")));
        append(withdrawn);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/workers/w-gone", "audit").statusCode() == 200
                && JSON.readValue(get("/workers/w-gone", "audit").body(), WorkerDetail.class).status()
                == WorkerStatus.WITHDRAWN);
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    private static void append(List<WorkerEvent> events) {
        EventStore eventStore = app.getBean(EventStore.class);
        for (int i = 0; i < events.size(); i++) {
            eventStore.publish(new GenericDomainEventMessage<>("Worker", events.get(i).workerId(), i, events.get(i),
                    MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.DEPARTMENT, "HR")));
        }
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return get(path, user, "ledger");
    }

    private static HttpResponse<String> get(String path, String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                        .header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theDetailOpensThePersonalDataForEveryInternalDepartment() throws Exception {
        HttpResponse<String> response = get("/workers/w-a", "finance");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        WorkerDetail detail = JSON.readValue(response.body(), WorkerDetail.class);
        assertThat(detail.personalData()).isEqualTo(person("w-a"));
        assertThat(detail.badgeNumber()).isEqualTo("B-w-a");
        assertThat(get("/workers/nobody", "hr").body()).contains("\"rule\":\"worker.not-found\"");
    }

    @Test
    void anErasureShowsAtOnceAsErased() throws Exception {
        app.getBean(PersonalDataVault.class).erase("w-erased");

        HttpResponse<String> response = get("/workers/w-erased", "hr");

        WorkerDetail detail = JSON.readValue(response.body(), WorkerDetail.class);
        assertThat(detail.personalData()).isNull();
        assertThat(detail.personalDataErased()).isTrue();
        assertThat(response.body()).doesNotContain("张三");
    }

    @Test
    void aVendorUserReadsOnlyItsOwnVendorsWorkers() throws Exception {
        HttpResponse<String> own = get("/workers/w-a", PORTAL_USER, PORTAL_PASSWORD);
        HttpResponse<String> other = get("/workers/w-b", PORTAL_USER, PORTAL_PASSWORD);
        HttpResponse<String> roster = get("/vendors/v-a/workers?size=50", PORTAL_USER, PORTAL_PASSWORD);
        HttpResponse<String> otherRoster = get("/vendors/v-b/workers", PORTAL_USER, PORTAL_PASSWORD);
        HttpResponse<String> incomplete = get("/workers/incomplete", PORTAL_USER, PORTAL_PASSWORD);

        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(JSON.readValue(roster.body(), WorkerPage.class).items()).extracting(WorkerSummary::vendorId)
                .isNotEmpty().containsOnly("v-a");
        assertThat(otherRoster.statusCode()).isEqualTo(403);
        assertThat(JSON.readValue(incomplete.body(), WorkerPage.class).items()).extracting(WorkerSummary::workerId)
                .containsExactly("w-new-a");
    }

    @Test
    void theExitedWorkerStillHoldingAccessIsListedAndCountedOnTheDashboard() throws Exception {
        WorkerPage page = JSON.readValue(get("/workers/exited-with-live-access", "hr").body(), WorkerPage.class);
        Dashboard dashboard = JSON.readValue(get("/dashboard", "management").body(), Dashboard.class);

        assertThat(page.items()).extracting(WorkerSummary::workerId, WorkerSummary::grantsHeld)
                .containsExactly(tuple("w-gone", 1));
        assertThat(dashboard.exitedWithLiveAccess()).isEqualTo(1);
        assertThat(dashboard.workers()).containsEntry(WorkerStatus.ACTIVE, 3L).containsEntry(WorkerStatus.WITHDRAWN, 1L);
    }

    @Test
    void rebuildingTheWorkerViewsFromTheLogGivesTheSameReads() throws Exception {
        List<String> reads = List.of("/workers/w-a", "/workers/w-gone", "/vendors/v-a/workers?size=50",
                "/workers/exited-with-live-access", "/workers/incomplete");
        List<String> live = new ArrayList<>();
        for (String read : reads) {
            live.add(get(read, "management").body());
        }

        HttpResponse<String> rebuild = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl
                        + "/admin/projections/worker-views/rebuild")).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "management:ledger".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var status = JSON.readTree(get("/admin/projections/worker-views", "management").body());
            return status.path("rebuild").path("state").asString().equals("COMPLETED")
                    && status.path("caughtUp").asBoolean() && !status.path("replaying").asBoolean();
        });

        for (int i = 0; i < reads.size(); i++) {
            assertThat(get(reads.get(i), "management").body()).as(reads.get(i)).isEqualTo(live.get(i));
        }
    }

    @Test
    void theAuditStateAsOfNowIsTheWorkersViewFold() throws Exception {
        HttpResponse<String> response = get("/audit/workers/w-a/state?at=" + java.time.Instant.now(), "audit");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var state = JSON.readTree(response.body());
        assertThat(state.findValue("detail").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(state.findValue("detail").get("badgeNumber").asString()).isEqualTo("B-w-a");
    }

    @Test
    void theContractRosterPagesForInternalDepartments() throws Exception {
        WorkerPage page = JSON.readValue(get("/contracts/c-a/workers?size=2&page=1", "business").body(),
                WorkerPage.class);

        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(page.items()).extracting(WorkerSummary::workerId).containsExactly("w-gone");
        assertThat(get("/contracts/c-a/workers?size=201", "business").statusCode()).isEqualTo(400);
    }
}
