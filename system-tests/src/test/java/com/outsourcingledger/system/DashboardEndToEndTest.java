package com.outsourcingledger.system;

import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

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
 * the live feed hearing of a change without polling.
 */
class DashboardEndToEndTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();
    private static String vendorId;
    private static String expiring;
    private static JsonNode dashboard;

    @BeforeAll
    static void history() {
        LedgerSystem system = ledger.system();
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
        dashboard = awaitQuery(system, client, "/dashboard", d -> d.get("contracts").get("IN_REVIEW").asLong() == 1
                && d.get("sla").get("measurements").asLong() == 2 && d.get("openRectifications").asLong() == 1
                && d.get("projects").get("SUBMITTED").asLong() == 1
                && d.get("approvalQueues").get(0).get("contractReviews").asLong() == 1);
    }

    @Test
    void countsEachAggregateByStatus() {
        assertThat(dashboard.get("vendors").get("ADMITTED").asLong()).isEqualTo(1);
        assertThat(dashboard.get("vendors").get("SUSPENDED").asLong()).isZero();
        assertThat(dashboard.get("contracts").get("ACTIVE").asLong()).isEqualTo(1);
        assertThat(dashboard.get("projects").get("SUBMITTED").asLong()).isEqualTo(1);
    }

    @Test
    void showsTheWorkQueueOfEachDepartment() {
        Map<String, List<Long>> queues = new java.util.HashMap<>();
        dashboard.get("approvalQueues").forEach(q -> queues.put(q.get("department").asString(),
                List.of(q.get("projectReviews").asLong(), q.get("contractReviews").asLong())));
        assertThat(queues).containsEntry("BUSINESS", List.of(1L, 1L)).containsEntry("HR", List.of(0L, 1L))
                .containsEntry("FINANCE", List.of(0L, 1L)).containsEntry("LEGAL", List.of(0L, 0L));
    }

    @Test
    void bucketsExpiringContractsAndListsThem() {
        JsonNode within30 = dashboard.get("expiring").get(0);
        assertThat(within30.get("withinDays").asInt()).isEqualTo(30);
        assertThat(within30.get("contracts").asLong()).isEqualTo(1);
        Response list = client.get(ledger.system().queryUrl("/dashboard/contracts/expiring?withinDays=30"), "finance");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get(0).get("contractId").asString()).isEqualTo(expiring);
        assertThat(list.json().get(0).get("daysToExpiry").asLong()).isEqualTo(20);
    }

    @Test
    void reportsSlaComplianceByVendorMetricAndMonthWithPenaltiesAndTheNotice() {
        assertThat(dashboard.get("sla").get("breaches").asLong()).isEqualTo(2);
        assertThat(dashboard.get("sla").get("compliancePercent").decimalValue()).isEqualByComparingTo("0");
        assertThat(dashboard.get("penaltiesAccrued").get(0).get("amount").decimalValue()).isPositive();
        Response sla = client.get(ledger.system().queryUrl("/dashboard/sla?vendorId=" + vendorId + "&metricId=quality"),
                "procurement");
        assertThat(sla.status()).isEqualTo(200);
        assertThat(sla.json()).hasSize(2);
        assertThat(sla.json().get(0).get("breaches").asLong()).isEqualTo(1);
        Response penalties = client.get(ledger.system().queryUrl("/dashboard/penalties"), "finance");
        assertThat(penalties.json().get("byVendor").get(0).get("vendorId").asString()).isEqualTo(vendorId);
        Response notices = client.get(ledger.system().queryUrl("/dashboard/rectification-notices"), "business");
        assertThat(notices.json()).hasSize(1);
        assertThat(notices.json().get(0).get("contractId").asString()).isEqualTo(expiring);
        assertThat(dashboard.get("overdueRectifications").asLong()).isZero();
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
    void readableByEveryInternalDepartmentOnly() {
        assertThat(client.get(ledger.system().queryUrl("/dashboard"), "hr").status()).isEqualTo(200);
        assertThat(client.get(ledger.system().queryUrl("/dashboard"), "integrator").status()).isEqualTo(403);
        assertThat(client.get(ledger.system().queryUrl("/dashboard"), null).status()).isEqualTo(401);
        assertThat(client.get(ledger.system().queryUrl("/dashboard/sla?fromMonth=2026-13"), "hr").status()).isEqualTo(400);
    }
}
