package com.outsourcingledger.query.risk;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.PaymentMethod;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.dashboard.DashboardQuery.RiskRegisterDashboard;
import com.outsourcingledger.api.incident.IncidentEvent.*;
import com.outsourcingledger.api.incident.IncidentQuery.*;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskEvent.*;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskQuery.*;
import com.outsourcingledger.api.risk.RiskResponseStrategy;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import com.outsourcingledger.api.specialaudit.FindingSeverity;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.*;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.*;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The risk register's, incidents' and special audits' reads over HTTP on the query-side app alone: events appended to
 * its event store are read back by the internal departments; a vendor user reads its own vendor's incidents only, and
 * no risk or special audit at all (403).
 */
class RiskRegisterEndpointsTest {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PORTAL_USER = "incident.portal";
    private static final String PORTAL_PASSWORD = "portal-password-1";
    private static final Instant OCCURRED = Instant.parse("2026-04-10T02:00:00Z");
    private static final LocalDate REVIEW = LocalDate.of(2026, 10, 10);
    private static ConfigurableApplicationContext app;
    private static String baseUrl;

    @BeforeAll
    static void startApp() throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        app.getBean(VendorAccounts.class).claim(PORTAL_USER, "v-a", VendorAccounts.hash(PORTAL_PASSWORD));

        append("Contract", "c-a", drafted("c-a", "v-a"));
        append("Contract", "c-b", drafted("c-b", "v-b"));
        append("Risk", "r-1", new RiskIdentified("r-1", RiskSubjectKind.CONTRACT, "c-a", RiskCategory.EMPLOYMENT,
                        "假外包", "现场管理", Department.HR),
                new RiskAssessed("r-1", 4, 4, 16, RiskLevel.HIGH, 15, 6, "指挥工人"),
                new RiskEscalated("r-1", RiskSubjectKind.CONTRACT, "c-a", RiskLevel.HIGH, Department.MANAGEMENT),
                new RiskResponsePlanned("r-1", RiskSubjectKind.CONTRACT, "c-a", RiskResponseStrategy.REDUCE, "整改",
                        REVIEW, 12),
                new RiskReviewOverdue("r-1", RiskSubjectKind.CONTRACT, "c-a", REVIEW));
        append("Risk", "r-2", new RiskIdentified("r-2", RiskSubjectKind.VENDOR, "v-b", RiskCategory.FINANCIAL,
                "资信", "年审", Department.FINANCE), new RiskAssessed("r-2", 2, 2, 4, RiskLevel.LOW, 15, 6, "稳定"));
        append("Incident", "i-a", reported("i-a", "c-a", "v-a", IncidentType.WORK_INJURY),
                new IncidentNotificationOverdue("i-a", "c-a", "v-a", OCCURRED.plusSeconds(86400),
                        List.of(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR)));
        append("Incident", "i-b", reported("i-b", "c-b", "v-b", IncidentType.INFORMATION_LEAK));
        append("SpecialAudit", "a-1", new SpecialAuditOpened("a-1", LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31), List.of(), "全部外包"), new SpecialAuditJoinedByHr("a-1"),
                new AuditChecklistGenerated("a-1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of(
                        new ControlAnswer(AuditControl.NDA_BEFORE_SIGNING, 2, List.of(new ControlException(
                                AggregateKind.CONTRACT, "c-a", "签约前无保密协议", List.of("evt-1"))))), 40),
                new AuditFindingRecorded("a-1", "f-1", AuditControl.NDA_BEFORE_SIGNING, FindingSeverity.HIGH,
                        "补签", List.of("evt-1"), Department.LEGAL, LocalDate.of(2026, 5, 1), "c-a", "a-1:f-1"),
                new AuditFindingOverdue("a-1", "f-1", LocalDate.of(2026, 5, 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/risks/r-2", "hr").statusCode() == 200
                && get("/incidents/i-b", "hr").statusCode() == 200
                && get("/special-audits/a-1", "audit").body().contains("f-1")
                && get("/contracts/c-b", "hr").statusCode() == 200);
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theRiskRegisterAndItsWorkLists() throws Exception {
        RegisteredRiskDetail risk = JSON.readValue(get("/risks/r-1", "legal").body(), RegisteredRiskDetail.class);
        assertThat(risk).extracting(RegisteredRiskDetail::level, RegisteredRiskDetail::reviewOverdue,
                RegisteredRiskDetail::registeredBy).containsExactly(RiskLevel.HIGH, true, "hr");
        assertThat(get("/risks/nothing", "hr").body()).contains("\"rule\":\"risk.not-found\"");
        assertThat(page("/risks?level=LOW", "finance").items()).extracting(RegisteredRiskSummary::riskId)
                .containsExactly("r-2");
        assertThat(page("/risks?subjectKind=CONTRACT&subjectId=c-a&owner=HR", "business").items())
                .extracting(RegisteredRiskSummary::riskId).containsExactly("r-1");
        assertThat(page("/risks/reviews-due?overdue=true", "hr").items()).extracting(RegisteredRiskSummary::riskId)
                .containsExactly("r-1");
        assertThat(page("/risks/escalated", "management").items()).extracting(RegisteredRiskSummary::riskId)
                .containsExactly("r-1");
        assertThat(get("/risks?size=201", "hr").statusCode()).isEqualTo(400);
    }

    @Test
    void aVendorUserReadsItsOwnVendorsIncidentsOnly() throws Exception {
        HttpResponse<String> own = get("/incidents/i-a", PORTAL_USER, PORTAL_PASSWORD);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(JSON.readValue(own.body(), IncidentDetail.class).responsibleVendorId()).isEqualTo("v-a");
        assertThat(get("/incidents/i-b", PORTAL_USER, PORTAL_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(JSON.readValue(get("/incidents", PORTAL_USER, PORTAL_PASSWORD).body(), IncidentPage.class)
                .items()).extracting(IncidentSummary::incidentId).containsExactly("i-a");
        assertThat(get("/incidents?vendorId=v-b", PORTAL_USER, PORTAL_PASSWORD).statusCode()).isEqualTo(403);
        assertThat(get("/contracts/c-b/incidents", PORTAL_USER, PORTAL_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(get("/contracts/c-a/incidents", PORTAL_USER, PORTAL_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(get("/incidents/overdue-notifications?vendorId=v-b", PORTAL_USER, PORTAL_PASSWORD).statusCode())
                .isEqualTo(403);
        for (String path : List.of("/risks", "/risks/r-1", "/risks/escalated", "/special-audits",
                "/special-audits/a-1", "/special-audits/schedule", "/dashboard/risk-register")) {
            assertThat(get(path, PORTAL_USER, PORTAL_PASSWORD).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void theIncidentListsAndTheOverdueNotifications() throws Exception {
        IncidentPage overdue = JSON.readValue(get("/incidents/overdue-notifications", "hr").body(), IncidentPage.class);
        assertThat(overdue.items()).extracting(IncidentSummary::incidentId, IncidentSummary::missing)
                .containsExactly(tuple("i-a", List.of(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR)));
        assertThat(JSON.readValue(get("/incidents?type=INFORMATION_LEAK&open=true", "business").body(),
                IncidentPage.class).items()).extracting(IncidentSummary::incidentId).containsExactly("i-b");
        assertThat(get("/incidents/nothing", "hr").body()).contains("\"rule\":\"incident.not-found\"");
    }

    @Test
    void theSpecialAuditLinksEachExceptionToTheAuditExplorer() throws Exception {
        SpecialAuditDetail audit = JSON.readValue(get("/special-audits/a-1", "audit").body(), SpecialAuditDetail.class);
        AuditExceptionView exception = audit.checklist().getFirst().exceptions().getFirst();
        assertThat(exception.auditPath()).isEqualTo("/audit/contracts/c-a/events");
        assertThat(get(exception.auditPath(), "audit").statusCode()).isEqualTo(200);
        assertThat(JSON.readValue(get("/special-audits/findings?overdue=true", "hr").body(), AuditFindingPage.class)
                .items()).extracting(AuditFindingView::findingId).containsExactly("f-1");
        assertThat(JSON.readValue(get("/special-audits/schedule", "management").body(), SpecialAuditSchedule.class)
                .openAuditId()).isEqualTo("a-1");
        assertThat(get("/special-audits/nothing", "hr").body()).contains("\"rule\":\"special-audit.not-found\"");
    }

    @Test
    void theDashboardCountsTheRegister() throws Exception {
        RiskRegisterDashboard board = JSON.readValue(get("/dashboard/risk-register", "management").body(),
                RiskRegisterDashboard.class);
        assertThat(board.risks().openByLevel()).containsEntry(RiskLevel.HIGH, 1L).containsEntry(RiskLevel.LOW, 1L);
        assertThat(board.risks()).extracting(RiskRegisterCounts::escalationsAwaiting,
                RiskRegisterCounts::reviewsOverdue).containsExactly(1L, 1L);
        assertThat(board.incidents()).extracting(IncidentCounts::open, IncidentCounts::overdueNotifications)
                .containsExactly(2L, 1L);
        assertThat(board.specialAudits()).extracting(SpecialAuditCounts::openFindings,
                SpecialAuditCounts::overdueFindings, SpecialAuditCounts::specialAuditOverdue)
                .containsExactly(1L, 1L, false);
    }

    @Test
    void theAuditStateAsOfNowIsEachViewsFold() throws Exception {
        String at = "/state?at=" + Instant.now();
        assertThat(JSON.readTree(get("/audit/risks/r-1" + at, "audit").body()).findValue("reviewOverdue").asBoolean())
                .isTrue();
        assertThat(JSON.readTree(get("/audit/incidents/i-b" + at, "audit").body()).findValue("type").asString())
                .isEqualTo("INFORMATION_LEAK");
        assertThat(JSON.readTree(get("/audit/special-audits/a-1" + at, "audit").body()).findValue("auditPath")
                .asString()).isEqualTo("/audit/contracts/c-a/events");
    }

    @Test
    void rebuildingTheViewsFromTheLogGivesTheSameReads() throws Exception {
        List<String> reads = List.of("/risks/r-1", "/risks?size=50", "/incidents/i-a", "/incidents?size=50",
                "/special-audits/a-1", "/special-audits?size=50", "/dashboard/risk-register");
        List<String> live = new ArrayList<>();
        for (String read : reads) {
            live.add(get(read, "management").body());
        }
        for (String projection : List.of("risk-views", "incident-views", "special-audit-views")) {
            HttpResponse<String> rebuild = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl
                            + "/admin/projections/" + projection + "/rebuild")).POST(HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "management:ledger".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                var status = JSON.readTree(get("/admin/projections/" + projection, "management").body());
                return status.path("rebuild").path("state").asString().equals("COMPLETED")
                        && status.path("caughtUp").asBoolean() && !status.path("replaying").asBoolean();
            });
        }
        for (int i = 0; i < reads.size(); i++) {
            assertThat(get(reads.get(i), "management").body()).as(reads.get(i)).isEqualTo(live.get(i));
        }
    }

    @Test
    void theConsolePagesShowTheRegisterTheIncidentsAndTheChecklistLinkedToTheExplorer() throws Exception {
        HttpClient hr = signedIn("hr", "ledger");
        assertThat(page(hr, "/console/risks")).contains("/console/risks/r-1", "假外包");
        assertThat(page(hr, "/console/risks/r-1")).contains("id=\"risk-direction\"", "指挥工人");
        assertThat(page(hr, "/console/incidents")).contains("/console/incidents/i-a", "/console/incidents/i-b");
        assertThat(page(hr, "/console/incidents/i-a")).contains("id=\"incident-overdue\"");
        assertThat(page(hr, "/console/special-audits")).contains("/console/special-audits/a-1", "f-1");
        assertThat(page(hr, "/console/special-audits/a-1")).contains("/console/audit/contracts/c-a", "evt-1");
        String dashboard = page(signedIn("management", "ledger"), "/console/dashboard");
        assertThat(dashboard).contains("id=\"register-escalations\"", "id=\"register-notifications-overdue\"",
                "id=\"register-overdue-findings\"");
        int escalations = dashboard.indexOf("id=\"register-escalations\"");
        assertThat(dashboard.substring(escalations, dashboard.indexOf("</a>", escalations))).contains("alert")
                .endsWith(">1");

        HttpClient vendor = signedIn(PORTAL_USER, PORTAL_PASSWORD);
        assertThat(page(vendor, "/console/incidents")).contains("/console/incidents/i-a")
                .doesNotContain("/console/incidents/i-b");
        assertThat(console(vendor, "/console/risks").statusCode()).isEqualTo(403);
        assertThat(console(vendor, "/console/special-audits").statusCode()).isEqualTo(403);
    }

    private static HttpClient signedIn(String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(form);
        String body = "username=" + user + "&password=" + password + (csrf.find() ? "&_csrf=" + csrf.group(1) : "");
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(login.uri().toString()).as("signed in as " + user).doesNotContain("error");
        return browser;
    }

    private static String page(HttpClient browser, String path) throws Exception {
        HttpResponse<String> response = console(browser, path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> console(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static RegisteredRiskPage page(String path, String user) throws Exception {
        return JSON.readValue(get(path, user).body(), RegisteredRiskPage.class);
    }

    private static IncidentReported reported(String incidentId, String contractId, String vendorId,
                                             IncidentType type) {
        return new IncidentReported(incidentId, contractId, vendorId, type, false, OCCURRED, "事故", List.of("w-1"),
                type.vendorResponsible() ? vendorId : null,
                List.of(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR), OCCURRED.plusSeconds(86400), 24);
    }

    private static ContractDrafted drafted(String contractId, String vendorId) {
        LocalDate start = LocalDate.of(2026, 1, 1);
        return new ContractDrafted(contractId, "p-" + contractId, vendorId, "合同 " + contractId,
                new Term(start, start.plusYears(1)),
                new ContractContent(new Party("甲方", null, null, null, null), new Party("乙方", null, null, null, null),
                        "外包服务", List.of(), null, FeeModel.FIXED_PRICE, Money.cny("500000.00"),
                        PaymentMethod.BANK_TRANSFER, SettlementCycle.MONTHLY,
                        Arrays.stream(ClauseCategory.values()).map(c -> new Clause(c, "条款")).toList(), 60));
    }

    private static void append(String type, String id, Object... events) {
        EventStore eventStore = app.getBean(EventStore.class);
        for (int i = 0; i < events.length; i++) {
            eventStore.publish(new GenericDomainEventMessage<>(type, id, i, events[i],
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
}
