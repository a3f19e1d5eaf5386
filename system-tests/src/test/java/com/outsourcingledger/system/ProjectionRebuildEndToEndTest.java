package com.outsourcingledger.system;

import com.outsourcingledger.system.LedgerClient.Response;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.system.ProjectSteps.sleep;
import static com.outsourcingledger.system.ProjectSteps.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding a projection from the start of the log leaves exactly the read model the live projection built:
 * a realistic history is driven over HTTP, every projection's tables are snapshotted, each projection is rebuilt
 * through the admin endpoint, and the tables are compared row for row.
 */
class ProjectionRebuildEndToEndTest {

    private static final Map<String, List<String>> TABLES = Map.ofEntries(
            Map.entry("vendor-views", List.of("vendor_view", "vendor_view_category", "vendor_qualification_view",
                    "vendor_sanction_view")),
            Map.entry("project-views", List.of("project_view")),
            Map.entry("sourcing-views", List.of("sourcing_view")),
            Map.entry("contract-views", List.of("contract_view", "contract_sla_measurement_view")),
            Map.entry("scorecard-views", List.of("scorecard_contract", "scorecard_grade", "scorecard_open_item")),
            Map.entry("dashboard-views", List.of("dashboard_entity", "dashboard_counter", "dashboard_qualification",
                    "dashboard_sla", "dashboard_sla_month", "dashboard_penalty", "dashboard_rectification",
                    "dashboard_settlement", "dashboard_money", "dashboard_pip")),
            Map.entry("lineage-views", List.of("lineage_breach", "lineage_decision", "lineage_settlement",
                    "lineage_deduction", "lineage_contract")),
            Map.entry("worker-views", List.of("worker_view")),
            Map.entry("compliance-check-views", List.of("compliance_check_view")),
            Map.entry("sham-signal-views", List.of("sham_signal_view", "sham_risk_project",
                    "contract_sham_risk_view")),
            Map.entry("risk-views", List.of("risk_view")),
            Map.entry("incident-views", List.of("incident_view")),
            Map.entry("special-audit-views", List.of("special_audit_view")));

    private static final String PORTAL_PASSWORD = "rebuild-portal-password-1";

    /** Many deadline polls (200 ms in the tests) and saga hops: no event is still on its way after this. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();

    @BeforeAll
    static void history() {
        LedgerSystem system = ledger.system();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate start = today.withDayOfMonth(1).minusMonths(3);
        String vendorId = VendorSteps.registerAndAdmit(system, client);
        succeeded(client.post(system.commandUrl("/vendors/" + vendorId + "/qualifications"), "hr",
                VendorSteps.qualification("q-1", "BUSINESS_LICENSE", start, today.plusYears(2), true)));
        VendorSteps.register(system, client, VendorSteps.newRegistration(), Map.of());
        String projectId = ProjectSteps.establish(system, client);
        SourcingSteps.awardToFirst(system, client, projectId, List.of(vendorId,
                VendorSteps.registerAndAdmit(system, client), VendorSteps.registerAndAdmit(system, client)));
        ProjectSteps.draftAndSubmit(system, client);
        String contractId = ContractSteps.signed(system, client, vendorId, start, today.plusYears(1));
        for (int month = 0; month < 3; month++) {
            ContractSteps.measure(system, client, contractId, YearMonth.from(start).plusMonths(month).toString(),
                    month == 1 ? "97" : "90");
        }
        ContractSteps.inCoReview(system, client, vendorId, start, today.plusYears(1));
        ContractSteps.created(ContractSteps.command(system, client, "hr", "/vendors/" + vendorId + "/portal-accounts",
                Map.of("username", "rebuild-portal", "password", PORTAL_PASSWORD)));
        WorkerSteps.file(system, client, new LedgerClient(PORTAL_PASSWORD), "rebuild-portal", contractId);
        ContractSteps.created(ContractSteps.command(system, client, "hr", "/compliance-checks", Map.of(
                "checkId", "rebuild-check", "contractId", contractId, "proofs", List.of("ROSTER", "WAGE_VOUCHERS"))));
        ContractSteps.created(ContractSteps.command(system, client, "business", "/contracts/" + contractId
                + "/instructions", Map.of("instructionId", "rebuild-ins", "addressee", "张三", "subject", "排班",
                "content", "明天提前到岗")));
        RiskRegisterSteps.registerRisk(system, client, "rebuild-risk", contractId, today.plusMonths(6));
        RiskRegisterSteps.reportIncident(system, client, "rebuild-incident", contractId);
        RiskRegisterSteps.openSpecialAudit(system, client, "rebuild-audit", today);
        ProjectSteps.awaitQuery(system, client, "/sham-signals?contractId=" + contractId,
                signals -> signals.get("totalItems").asInt() == 1);
        awaitQuiet();
    }

    @Test
    void aRebuiltProjectionEqualsTheLiveOne() {
        for (String projection : TABLES.keySet()) {
            Map<String, List<String>> live = snapshot(projection);
            assertThat(live.get(TABLES.get(projection).getFirst())).as(projection + " has rows before the rebuild").isNotEmpty();

            Response rebuild = client.post(ledger.system().queryUrl("/admin/projections/" + projection + "/rebuild"),
                    "management", Map.of());
            assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
            assertThat(rebuild.header("Location")).endsWith("/admin/projections/" + projection);
            awaitCaughtUp(projection);

            assertThat(snapshot(projection)).as(projection).isEqualTo(live);
        }
    }

    @Test
    void statusShowsPositionHeadSpeedAndTimeLeftOfEveryProjection() {
        Response all = client.get(ledger.system().queryUrl("/admin/projections"), "audit");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().valueStream().map(p -> p.get("name").asString()))
                .containsAll(TABLES.keySet()).contains("audit-index");
        JsonNode dashboard = client.get(ledger.system().queryUrl("/admin/projections/dashboard-views"), "management").json();
        assertThat(dashboard.get("head").asLong()).isPositive();
        assertThat(dashboard.get("position").asLong()).isEqualTo(dashboard.get("head").asLong());
        assertThat(dashboard.get("secondsLeft").asLong()).isZero();
        assertThat(dashboard.has("eventsPerSecond")).isTrue();
        assertThat(dashboard.get("running").asBoolean()).isTrue();
    }

    @Test
    void aReplayNeverFeedsTheLiveDashboard() throws Exception {
        try (DashboardFeed feed = new DashboardFeed(ledger.system().queryUrl("/dashboard/live"), "management")) {
            long registered = feed.next(d -> true, Duration.ofSeconds(10)).get("vendors").get("REGISTERED").asLong();

            assertThat(client.post(ledger.system().queryUrl("/admin/projections/dashboard-views/rebuild"), "management",
                    Map.of()).status()).isEqualTo(202);
            awaitCaughtUp("dashboard-views");
            assertThat(feed.poll(Duration.ofSeconds(2))).as("an update sent during the replay").isNull();

            VendorSteps.register(ledger.system(), client, VendorSteps.newRegistration(), Map.of());
            feed.next(d -> d.get("vendors").get("REGISTERED").asLong() == registered + 1, Duration.ofSeconds(10));
        }
    }

    @Test
    void onlyManagementRebuildsAndUnknownProjectionsAreNotFound() {
        assertThat(client.post(ledger.system().queryUrl("/admin/projections/vendor-views/rebuild"), "audit", Map.of())
                .status()).isEqualTo(403);
        assertThat(client.get(ledger.system().queryUrl("/admin/projections"), "hr").status()).isEqualTo(403);
        Response unknown = client.post(ledger.system().queryUrl("/admin/projections/nothing/rebuild"), "management",
                Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("rule").asString()).isEqualTo("projection.not-found");
    }

    /**
     * Waits until every projection has caught up with a log that has stopped growing. The history goes on after
     * its last command returns: sagas open the evaluation periods the contract's start has already ended, and a
     * scoring deadline already past fires an overdue event a poll later. A live snapshot taken before those land
     * would differ from the rebuild by them.
     */
    private static void awaitQuiet() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long head = -1;
        while (System.nanoTime() < deadline) {
            TABLES.keySet().forEach(ProjectionRebuildEndToEndTest::awaitCaughtUp);
            long now = client.get(ledger.system().queryUrl("/admin/projections/dashboard-views"), "management")
                    .json().get("head").asLong();
            if (now == head && sagasCaughtUp()) {
                return;
            }
            head = now;
            sleep(QUIET.toMillis());
        }
        throw new AssertionError("the log never stopped growing; its head is at " + head);
    }

    private static boolean sagasCaughtUp() {
        return ledger.system().commandSide().getBean(EventProcessingConfiguration.class).eventProcessors().values()
                .stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> processor.processingStatus().values().stream()
                        .allMatch(segment -> segment.isCaughtUp() && !segment.isErrorState()));
    }

    private static void awaitCaughtUp(String projection) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = client.get(ledger.system().queryUrl("/admin/projections/" + projection), "management").json();
            if (status.get("caughtUp").asBoolean() && !status.get("replaying").asBoolean()
                    && status.get("position").asLong() == status.get("head").asLong()) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError(projection + " never caught up: " + status);
    }

    private static Map<String, List<String>> snapshot(String projection) {
        JdbcClient jdbc = JdbcClient.create(ledger.system().querySide().getBean(DataSource.class));
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES.get(projection)) {
            if (table.equals("vendor_sanction_view")) {
                tables.put(table, sanctions(jdbc));
                continue;
            }
            tables.put(table, jdbc.sql("SELECT * FROM " + table).query().listOfRows().stream()
                    .map(row -> new java.util.TreeMap<>(row).toString())
                    .sorted(Comparator.naturalOrder())
                    .toList());
        }
        return tables;
    }

    /**
     * A vendor's sanctions are stored in parts, one per batch that added some, so how they are split depends on how
     * the events were batched: what must be equal is each vendor's whole list.
     */
    private static List<String> sanctions(JdbcClient jdbc) {
        Map<String, List<String>> parts = new java.util.TreeMap<>();
        jdbc.sql("SELECT vendor_id, sanctions FROM vendor_sanction_view ORDER BY vendor_id, position")
                .query(rs -> {
                    String part = rs.getString(2);
                    parts.computeIfAbsent(rs.getString(1), id -> new java.util.ArrayList<>())
                            .add(part.substring(1, part.length() - 1));
                });
        return parts.entrySet().stream().map(e -> e.getKey() + "=[" + String.join(",", e.getValue()) + "]").toList();
    }
}
