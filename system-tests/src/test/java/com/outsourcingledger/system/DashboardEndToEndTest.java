package com.outsourcingledger.system;

import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.system.ProjectSteps.awaitQuery;
import static com.outsourcingledger.system.ProjectSteps.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboards on PostgreSQL over HTTP: a vendor, a project waiting for review, a running contract that expires in
 * 20 days with two breached months and the rectification notice they issued, and a contract in co-review; then
 * the live feed hearing of a change without polling. Figures are compared with those the dashboard showed before,
 * once it had caught up with the store: nothing on a store of its own, earlier classes' on a shared Axon Server.
 */
class DashboardEndToEndTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();
    private static String vendorId;
    private static String expiring;
    private static JsonNode before;
    private static Map<String, List<String>> listedBefore;
    private static JsonNode dashboard;

    @BeforeAll
    static void history() {
        LedgerSystem system = ledger.system();
        awaitDashboardCaughtUp();
        before = client.get(system.queryUrl("/dashboard"), "audit").json();
        listedBefore = lists();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate start = today.withDayOfMonth(1).minusMonths(2);
        vendorId = VendorSteps.registerAndAdmit(system, client);
        expiring = ContractSteps.signed(system, client, vendorId, start, today.plusDays(20));
        ContractSteps.measure(system, client, expiring, YearMonth.from(start).toString(), "90");
        ContractSteps.measure(system, client, expiring, YearMonth.from(start).plusMonths(1).toString(), "91.5");
        String inReview = ContractSteps.inCoReview(system, client, vendorId, start, today.plusYears(1));
        succeeded(client.post(system.commandUrl("/contracts/" + inReview + "/co-review/opinions"), "legal",
                Map.of("opinion", "APPROVE", "comments", "同意")));
        ProjectSteps.draftAndSubmit(system, client);
        dashboard = awaitQuery(system, client, "/dashboard", d -> added(d, "contracts", "IN_REVIEW") == 1
                && added(d, "sla", "measurements") == 2 && added(d, "openRectifications") == 1
                && added(d, "projects", "SUBMITTED") == 1
                && queue(d, 0, "contractReviews") - queue(before, 0, "contractReviews") == 1);
    }

    @Test
    void countsEachAggregateByStatus() {
        assertThat(added(dashboard, "vendors", "ADMITTED")).isEqualTo(1);
        assertThat(added(dashboard, "vendors", "SUSPENDED")).isZero();
        assertThat(added(dashboard, "contracts", "ACTIVE")).isEqualTo(1);
        assertThat(added(dashboard, "projects", "SUBMITTED")).isEqualTo(1);
    }

    @Test
    void showsTheWorkQueueOfEachDepartment() {
        Map<String, List<Long>> queues = new java.util.HashMap<>();
        for (int i = 0; i < dashboard.get("approvalQueues").size(); i++) {
            assertThat(before.get("approvalQueues").get(i).get("department"))
                    .isEqualTo(dashboard.get("approvalQueues").get(i).get("department"));
            queues.put(dashboard.get("approvalQueues").get(i).get("department").asString(),
                    List.of(queue(dashboard, i, "projectReviews") - queue(before, i, "projectReviews"),
                            queue(dashboard, i, "contractReviews") - queue(before, i, "contractReviews")));
        }
        assertThat(queues).containsEntry("BUSINESS", List.of(1L, 1L)).containsEntry("HR", List.of(0L, 1L))
                .containsEntry("FINANCE", List.of(0L, 1L)).containsEntry("LEGAL", List.of(0L, 0L));
    }

    @Test
    void bucketsExpiringContractsAndListsThem() {
        JsonNode within30 = dashboard.get("expiring").get(0);
        assertThat(within30.get("withinDays").asInt()).isEqualTo(30);
        assertThat(within30.get("contracts").asLong() - before.get("expiring").get(0).get("contracts").asLong())
                .isEqualTo(1);
        Response list = client.get(ledger.system().queryUrl("/dashboard/contracts/expiring?withinDays=30"), "finance");
        assertThat(list.status()).isEqualTo(200);
        assertThat(newEntries(list.json(), "expiring", "contractId")).containsExactly(expiring);
        assertThat(list.json().valueStream().filter(c -> c.get("contractId").asString().equals(expiring)).findFirst()
                .orElseThrow().get("daysToExpiry").asLong()).isEqualTo(20);
    }

    @Test
    void reportsSlaComplianceByVendorMetricAndMonthWithPenaltiesAndTheNotice() {
        long measurements = dashboard.get("sla").get("measurements").asLong();
        long breaches = dashboard.get("sla").get("breaches").asLong();
        assertThat(added(dashboard, "sla", "breaches")).isEqualTo(2);
        assertThat(dashboard.get("sla").get("compliancePercent").decimalValue()).as("0 with nothing before")
                .isEqualByComparingTo(BigDecimal.valueOf((measurements - breaches) * 100L)
                        .divide(BigDecimal.valueOf(measurements), 1, RoundingMode.HALF_UP));
        assertThat(dashboard.get("penaltiesAccrued").get(0).get("amount").decimalValue()).isPositive();
        Response sla = client.get(ledger.system().queryUrl("/dashboard/sla?vendorId=" + vendorId + "&metricId=quality"),
                "procurement");
        assertThat(sla.status()).isEqualTo(200);
        assertThat(sla.json()).hasSize(2);
        assertThat(sla.json().get(0).get("breaches").asLong()).isEqualTo(1);
        Response penalties = client.get(ledger.system().queryUrl("/dashboard/penalties"), "finance");
        assertThat(newEntries(penalties.json().get("byVendor"), "penalties", "vendorId")).containsExactly(vendorId);
        Response notices = client.get(ledger.system().queryUrl("/dashboard/rectification-notices"), "business");
        assertThat(newEntries(notices.json().get("items"), "notices", "contractId")).containsExactly(expiring);
        assertThat(added(dashboard, "overdueRectifications")).isZero();
    }

    @Test
    void liveFeedSendsTheCurrentDashboardThenEveryChange() throws Exception {
        try (DashboardFeed feed = new DashboardFeed(ledger.system().queryUrl("/dashboard/live"), "management")) {
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.contentType()).startsWith("text/event-stream");
            long registered = feed.next(d -> true, Duration.ofSeconds(10)).get("vendors").get("REGISTERED").asLong();

            VendorSteps.register(ledger.system(), client, VendorSteps.newRegistration(), Map.of());

            JsonNode changed = feed.next(d -> d.get("vendors").get("REGISTERED").asLong() == registered + 1,
                    Duration.ofSeconds(10));
            assertThat(changed.get("today").asString()).isNotBlank();
        }
    }

    @Test
    void riskFlagsReachTheDashboardItsLiveFeedAndTheContractRegister() throws Exception {
        LedgerSystem system = ledger.system();
        String sanctioned = VendorSteps.registerAndAdmit(system, client);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String contract = ContractSteps.signed(system, client, sanctioned, today.minusMonths(1), today.plusYears(1));
        try (DashboardFeed feed = new DashboardFeed(system.queryUrl("/dashboard/live"), "management")) {
            long flagged = feed.next(d -> true, Duration.ofSeconds(10)).get("riskFlags").get("FLAGGED").asLong();

            succeeded(client.post(system.commandUrl("/vendors/" + sanctioned + "/suspension"), "hr",
                    Map.of("reason", "严重违规", "evidenceRefs", List.of("ev-1"))));

            JsonNode changed = feed.next(d -> d.get("riskFlags").get("FLAGGED").asLong() == flagged + 1,
                    Duration.ofSeconds(20));
            List<String> listed = ids(changed.get("risks"), "id");
            assertThat(listed.contains(contract) || listed.size() == 50).as("%s among the first 50 risks %s",
                    contract, listed).isTrue();
        }
        assertThat(ids(client.get(system.queryUrl("/dashboard/risks?flag=FLAGGED"), "hr").json().get("items"), "id"))
                .contains(contract);
        JsonNode register = awaitQuery(system, client, "/contracts?flag=FLAGGED&vendorId=" + sanctioned,
                page -> page.get("totalItems").asLong() == 1);
        assertThat(register.get("items").get(0).get("contractId").asString()).isEqualTo(contract);
        assertThat(client.get(system.queryUrl("/contracts?flag=SOMETIMES"), "hr").status()).isEqualTo(400);
    }

    @Test
    void readableByEveryInternalDepartmentOnly() {
        assertThat(client.get(ledger.system().queryUrl("/dashboard"), "hr").status()).isEqualTo(200);
        assertThat(client.get(ledger.system().queryUrl("/dashboard"), "integrator").status()).isEqualTo(403);
        assertThat(client.get(ledger.system().queryUrl("/dashboard"), null).status()).isEqualTo(401);
        assertThat(client.get(ledger.system().queryUrl("/dashboard/sla?fromMonth=2026-13"), "hr").status()).isEqualTo(400);
    }

    /** How much the figure at {@code path} grew since before the class's history. */
    private static long added(JsonNode now, String... path) {
        JsonNode current = now;
        JsonNode earlier = before;
        for (String field : path) {
            current = current.path(field);
            earlier = earlier.path(field);
        }
        return current.asLong() - earlier.asLong();
    }

    private static long queue(JsonNode dashboard, int index, String field) {
        return dashboard.get("approvalQueues").get(index).get(field).asLong();
    }

    /** The {@code field} values of a list that were not in it before the class's history, in list order. */
    private static List<String> newEntries(JsonNode list, String name, String field) {
        return list.valueStream().map(item -> item.get(field).asString())
                .filter(value -> !listedBefore.get(name).contains(value)).toList();
    }

    /** The lists the dashboard answers, each by the field that identifies an entry. */
    private static Map<String, List<String>> lists() {
        LedgerSystem system = ledger.system();
        return Map.of(
                "expiring", ids(client.get(system.queryUrl("/dashboard/contracts/expiring?withinDays=30"), "finance")
                        .json(), "contractId"),
                "penalties", ids(client.get(system.queryUrl("/dashboard/penalties"), "finance").json().get("byVendor"),
                        "vendorId"),
                "notices", ids(client.get(system.queryUrl("/dashboard/rectification-notices?size=200"), "business").json()
                        .get("items"), "contractId"));
    }

    private static List<String> ids(JsonNode list, String field) {
        return list.valueStream().map(item -> item.get(field).asString()).toList();
    }

    private static void awaitDashboardCaughtUp() {
        awaitQuery(ledger.system(), client, "/admin/projections/dashboard-views",
                status -> status.get("caughtUp").asBoolean()
                        && status.get("position").asLong() == status.get("head").asLong());
    }
}
