package com.outsourcingledger.query.signal;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.ShamOutsourcingRiskAssessed;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.PaymentMethod;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.dashboard.DashboardQuery.Dashboard;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.signal.ShamSignalEvent.*;
import com.outsourcingledger.api.signal.ShamSignalQuery.*;
import com.outsourcingledger.api.signal.ShamSignalResponse;
import com.outsourcingledger.api.signal.ShamSignalStatus;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.signal.SignalSource;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The sham-outsourcing reads over HTTP on the query-side app alone: events appended to its event store are read back
 * by every internal department, and refused to a vendor user (403) even for its own vendor's contracts.
 */
class ShamSignalEndpointsTest {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PORTAL_USER = "signal.portal";
    private static final String PORTAL_PASSWORD = "portal-password-1";
    private static ConfigurableApplicationContext app;
    private static String baseUrl;

    @BeforeAll
    static void startApp() throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        app.getBean(VendorAccounts.class).claim(PORTAL_USER, "v-a", VendorAccounts.hash(PORTAL_PASSWORD));

        append("Contract", "c-a", drafted("c-a", "v-a"), new ShamOutsourcingRiskAssessed("c-a", "v-a",
                ShamOutsourcingRisk.HIGH, ShamRiskOccasion.SIGNAL_CONFIRMED, "s-1", "管理指挥工人"));
        append("Contract", "c-b", drafted("c-b", "v-b"));
        append("ShamSignal", "s-1", raised("s-1", "c-a", "v-a", ShamSignalType.INSTRUCTION_NOT_TO_SITE_LEAD),
                new ShamSignalLegalOpinionRecorded("s-1", "c-a", "构成用工管理"),
                new ShamSignalConfirmed("s-1", "c-a", "v-a", ShamSignalType.INSTRUCTION_NOT_TO_SITE_LEAD,
                        ShamSignalResponse.RECTIFICATION, "整改", ShamOutsourcingRisk.HIGH));
        append("ShamSignal", "s-2", raised("s-2", "c-a", "v-a", ShamSignalType.PER_HEAD_PRICING));
        append("ShamSignal", "s-3", raised("s-3", "c-b", "v-b", ShamSignalType.LAPSED_SOCIAL_INSURANCE));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/sham-signals/s-3", "hr").statusCode() == 200
                && get("/contracts/c-a/sham-risk", "hr").statusCode() == 200
                && JSON.readValue(get("/dashboard", "hr").body(), Dashboard.class).openShamSignals() == 2);
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theSignalDetailNamesItsTriageAndLinksEachSourceToTheAudit() throws Exception {
        HttpResponse<String> response = get("/sham-signals/s-1", "legal");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ShamSignalDetail detail = JSON.readValue(response.body(), ShamSignalDetail.class);
        assertThat(detail.status()).isEqualTo(ShamSignalStatus.CONFIRMED);
        assertThat(detail.legalOpinion()).isEqualTo("构成用工管理");
        assertThat(detail.legalOpinionBy()).isEqualTo("hr");
        assertThat(detail.response()).isEqualTo(ShamSignalResponse.RECTIFICATION);
        assertThat(detail.sources()).extracting(ShamSignalSourceView::eventName, ShamSignalSourceView::auditPath)
                .containsExactly(tuple("InstructionIssuedToVendor", "/audit/contracts/c-a/events"));
        assertThat(get(detail.sources().getFirst().auditPath(), "audit").statusCode()).isEqualTo(200);
        assertThat(get("/sham-signals/nothing", "hr").body()).contains("\"rule\":\"sham-signal.not-found\"");
    }

    @Test
    void theSignalsPageByFilter() throws Exception {
        ShamSignalPage open = JSON.readValue(get("/sham-signals?status=OPEN&size=1", "finance").body(),
                ShamSignalPage.class);
        assertThat(open.totalItems()).isEqualTo(2);
        assertThat(open.items()).hasSize(1);
        ShamSignalPage ofA = JSON.readValue(get("/sham-signals?vendorId=v-a&type=PER_HEAD_PRICING", "business")
                .body(), ShamSignalPage.class);
        assertThat(ofA.items()).extracting(ShamSignalSummary::signalId).containsExactly("s-2");
        assertThat(get("/sham-signals?size=201", "hr").statusCode()).isEqualTo(400);
    }

    @Test
    void theContractsRiskLevelAndTheDashboardCounts() throws Exception {
        ContractShamRisk risk = JSON.readValue(get("/contracts/c-a/sham-risk", "procurement").body(),
                ContractShamRisk.class);
        assertThat(risk.level()).isEqualTo(ShamOutsourcingRisk.HIGH);
        assertThat(risk.occasion()).isEqualTo(ShamRiskOccasion.SIGNAL_CONFIRMED);
        assertThat(risk.historyCount()).isEqualTo(1);
        assertThat(get("/contracts/c-none/sham-risk", "hr").body()).contains("\"rule\":\"contract.not-found\"");

        ShamSignalDashboard board = JSON.readValue(get("/dashboard/sham-signals", "management").body(),
                ShamSignalDashboard.class);
        assertThat(board.openSignals()).isEqualTo(2);
        assertThat(board.highRiskContracts()).isEqualTo(1);
        assertThat(board.contracts()).extracting(ContractShamSignals::contractId, ContractShamSignals::openSignals,
                ContractShamSignals::risk).containsExactly(tuple("c-a", 1L, ShamOutsourcingRisk.HIGH),
                tuple("c-b", 1L, null));
        assertThat(board.vendors()).extracting(VendorShamSignals::vendorId, VendorShamSignals::highestRisk)
                .containsExactly(tuple("v-a", ShamOutsourcingRisk.HIGH), tuple("v-b", null));
        Dashboard dashboard = JSON.readValue(get("/dashboard", "management").body(), Dashboard.class);
        assertThat(dashboard.highShamRiskContracts()).isEqualTo(1);
    }

    @Test
    void aVendorUserReadsNoneOfItEvenForItsOwnContracts() throws Exception {
        for (String path : List.of("/sham-signals", "/sham-signals?vendorId=v-a", "/sham-signals/s-2",
                "/contracts/c-a/sham-risk", "/dashboard/sham-signals")) {
            assertThat(get(path, PORTAL_USER, PORTAL_PASSWORD).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void rebuildingTheSignalViewsFromTheLogGivesTheSameReads() throws Exception {
        List<String> reads = List.of("/sham-signals/s-1", "/sham-signals?size=50", "/contracts/c-a/sham-risk",
                "/contracts/c-b/sham-risk", "/dashboard/sham-signals");
        List<String> live = new ArrayList<>();
        for (String read : reads) {
            live.add(get(read, "management").body());
        }
        HttpResponse<String> rebuild = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl
                        + "/admin/projections/sham-signal-views/rebuild")).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "management:ledger".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var status = JSON.readTree(get("/admin/projections/sham-signal-views", "management").body());
            return status.path("rebuild").path("state").asString().equals("COMPLETED")
                    && status.path("caughtUp").asBoolean() && !status.path("replaying").asBoolean();
        });
        for (int i = 0; i < reads.size(); i++) {
            assertThat(get(reads.get(i), "management").body()).as(reads.get(i)).isEqualTo(live.get(i));
        }
    }

    @Test
    void theAuditStateAsOfNowIsTheSignalsViewFold() throws Exception {
        HttpResponse<String> response = get("/audit/sham-signals/s-1/state?at=" + java.time.Instant.now(), "audit");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var state = JSON.readTree(response.body());
        assertThat(state.findValue("legalOpinion").asString()).isEqualTo("构成用工管理");
        assertThat(state.findValue("reassessedRisk").asString()).isEqualTo("HIGH");
        assertThat(state.findValue("response").asString()).isEqualTo("RECTIFICATION");
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

    private static ShamSignalRaised raised(String signalId, String contractId, String vendorId, ShamSignalType type) {
        return new ShamSignalRaised(signalId, contractId, vendorId, "p-" + contractId, type, "信号 " + signalId,
                List.of(new SignalSource("e-" + signalId, "Contract", contractId, 0, "InstructionIssuedToVendor")));
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
