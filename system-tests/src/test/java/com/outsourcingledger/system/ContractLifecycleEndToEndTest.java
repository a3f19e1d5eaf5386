package com.outsourcingledger.system;

import com.outsourcingledger.system.LedgerClient.Response;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static com.outsourcingledger.system.ContractSteps.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contract from draft to CLOSED through command-side's HTTP API, read back from query-side's: co-review,
 * signing with an admitted vendor, two breached periods that issue a rectification notice, the renewal
 * deadline firing through the durable scheduler, termination for breach and the complete exit checklist.
 */
class ContractLifecycleEndToEndTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();
    private static final String PORTAL_PASSWORD = "portal-password-e2e";
    private static final LedgerClient portal = new LedgerClient(PORTAL_PASSWORD);

    @Test
    void runsAContractFromDraftThroughBreachesRenewalDeadlineAndTerminationToClosed() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        LocalDate start = today.withDayOfMonth(1).minusMonths(2);
        LocalDate end = today.plusMonths(2);
        String firstPeriod = YearMonth.from(start).toString();
        String secondPeriod = YearMonth.from(start).plusMonths(1).toString();
        String vendorId = VendorSteps.registerAndAdmit(system(), client);

        String contractId = UUID.randomUUID().toString();
        String contract = "/contracts/" + contractId;
        created(command("business", "/contracts", draft(contractId, vendorId, start, end)));
        created(command("business", contract + "/slas", sla()));
        reviewAndSign(system(), client, contractId, today);

        JsonNode reviewOpen = awaitContract(contractId, c -> c.get("renewal") != null && !c.get("renewal").isNull()
                && c.get("renewal").get("reviewOpen").asBoolean());
        assertThat(reviewOpen.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(reviewOpen.get("renewal").get("endDate").asString()).isEqualTo(end.toString());
        assertThat(metadataOf(contractId, "ContractExpiryApproaching")).containsEntry("user", "system");

        created(command("business", contract + "/sla-measurements",
                Map.of("metricId", "quality", "period", firstPeriod, "value", 90)));
        created(command("business", contract + "/sla-measurements",
                Map.of("metricId", "quality", "period", secondPeriod, "value", "91.5")));
        JsonNode breached = awaitContract(contractId, c -> c.get("rectificationNotices").size() == 1);
        JsonNode notice = breached.get("rectificationNotices").get(0);
        assertThat(notice.get("automatic").asBoolean()).isTrue();
        assertThat(notice.get("metricId").asString()).isEqualTo("quality");
        assertThat(notice.get("periods").valueStream().map(JsonNode::asString)).containsExactly(firstPeriod, secondPeriod);
        assertThat(breached.get("breaches")).hasSize(2);
        BigDecimal penalty = breached.get("breaches").get(0).get("penalty").get("amount").decimalValue();
        assertThat(penalty).isPositive();
        assertThat(breached.get("penaltiesAccrued").get("amount").decimalValue())
                .isEqualByComparingTo(penalty.multiply(BigDecimal.TWO));

        Response withoutSignOff = command("business", contract + "/termination", termination(today));
        assertThat(withoutSignOff.status()).isEqualTo(422);
        assertThat(withoutSignOff.json().get("rule").asString()).isEqualTo("contract.termination.legal-sign-off-required");
        ok(command("legal", contract + "/termination-sign-off",
                Map.of("evidenceRefs", List.of(notice.get("noticeId").asString(), "sla-report", "rectification-notice"),
                        "notes", "证据充分")));
        ok(command("business", contract + "/termination", termination(today)));

        ok(command("business", contract + "/exit/knowledge-transfer", Map.of("notes", "文档与数据已交接")));
        ok(command("business", contract + "/exit/assets-recovery", Map.of("notes", "门禁卡与设备已收回")));
        Response late = command("hr", contract + "/exit/access-revocation",
                Map.of("revokedOn", today.plusDays(1).toString()));
        assertThat(late.status()).isEqualTo(422);
        ok(command("hr", contract + "/exit/access-revocation", Map.of("revokedOn", today.toString(), "notes", "账号已关闭")));
        Response early = command("management", contract + "/exit/final-settlement",
                Map.of("amount", Map.of("amount", "1.00", "currency", "CNY"), "reference", "JS-E2E"));
        assertThat(early.status()).isEqualTo(403);
        Response freeAmount = command("finance", contract + "/exit/final-settlement",
                Map.of("amount", Map.of("amount", "96500.00", "currency", "CNY"), "reference", "JS-E2E"));
        assertThat(freeAmount.json().get("rule").asString()).isEqualTo("contract.exit.settlement-not-by-settlement");
        ContractSteps.payFinalSettlement(system(), client, contractId, "96500.00",
                new BigDecimal("96500.00").subtract(penalty.multiply(BigDecimal.TWO)).toPlainString(), today);

        JsonNode closed = awaitContract(contractId, c -> c.get("status").asString().equals("CLOSED"));
        assertThat(closed.get("termination").get("reason").asString()).isEqualTo("BREACH");
        assertThat(closed.get("exit").get("accessRevokedOn").asString()).isEqualTo(today.toString());
        assertThat(closed.get("exit").get("closedOn").asString()).isEqualTo(today.toString());

        Response register = client.get(system().queryUrl("/contracts?vendorId=" + vendorId + "&status=CLOSED"), "audit");
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.json().get("items").valueStream().map(c -> c.get("contractId").asString()))
                .containsExactly(contractId);
        Response dashboard = client.get(system().queryUrl("/contracts/sla-dashboard?vendorId=" + vendorId), "management");
        JsonNode byVendor = dashboard.json().get("byVendor").get(0);
        assertThat(byVendor.get("breaches").asLong()).isEqualTo(2);
        assertThat(byVendor.get("compliancePercent").decimalValue()).isEqualByComparingTo("0");
    }

    /** The performance consequence process: a failed rectification warns the contract's vendor, once. */
    @Test
    void warnsTheVendorWhenARectificationFails() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String vendorId = VendorSteps.registerAndAdmit(system(), client);
        String contractId = signed(system(), client, vendorId, today.withDayOfMonth(1), today.plusMonths(6));
        String contract = "/contracts/" + contractId;
        created(command("business", contract + "/rectification-notices", Map.of("noticeId", "rn-e2e",
                "reason", "驻场人员违反保密规定", "dueOn", today.plusDays(10).toString(), "trigger", "COMPLIANCE")));
        ok(command("business", contract + "/rectification-notices/rn-e2e/plan", Map.of("plan", "全员保密培训")));
        ok(command("business", contract + "/rectification-notices/rn-e2e/conclusion",
                Map.of("outcome", "FAILED", "notes", "抽查再次发现违规")));

        Response warned = eventually(() -> client.get(system().queryUrl("/vendors/" + vendorId), "hr"),
                r -> r.status() == 200 && r.json().get("sanctions").valueStream()
                        .anyMatch(s -> s.get("kind").asString().equals("WARNING")));
        List<JsonNode> warnings = warned.json().get("sanctions").valueStream()
                .filter(s -> s.get("kind").asString().equals("WARNING")).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.getFirst().get("evidenceRefs").valueStream().map(JsonNode::asString))
                .containsExactly("contract/" + contractId + "/rectification-notice/rn-e2e");
    }

    /** DOMAIN §15, over HTTP: every case of {@link VendorEndpoints}, by vendor A's portal user on A's and on B's. */
    @Test
    void aVendorUserReachesOnlyItsOwnVendorsThingsOnEveryVendorEndpoint() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String portalUser = "portal-" + UUID.randomUUID().toString().substring(0, 8);
        VendorEndpoints.World world = VendorWorldSteps.build(system(), client, today,
                List.of(portalUser, portalUser + "-b"), PORTAL_PASSWORD);
        String vendorA = world.vendorA();
        String contractA = world.contractA();

        for (VendorEndpoints.Case endpoint : VendorEndpoints.CASES) {
            VendorEndpoints.Call other = endpoint.other().apply(world);
            int eventsBefore = other.writes() == null ? 0 : StoreTruth.of(system()).eventsOf(other.writes()).size();
            Response refused = asVendorUser(portalUser, other);
            assertThat(refused.status()).as(endpoint.endpoint() + " on another vendor's: " + refused).isIn(403, 404);
            if (other.writes() != null) {
                assertThat(StoreTruth.of(system()).eventsOf(other.writes())).as(endpoint.endpoint()).hasSize(eventsBefore);
            }
            Response own = asVendorUser(portalUser, endpoint.own().apply(world));
            assertThat(own.status()).as(endpoint.endpoint() + " on its own: " + own).isBetween(200, 299);
        }

        Response register = asVendorUser(portalUser, new VendorEndpoints.Call(VendorEndpoints.App.QUERY, "GET",
                "/contracts?size=100", null, null));
        assertThat(register.json().get("items").valueStream().map(c -> c.get("vendorId").asString()))
                .containsOnly(vendorA);
        assertThat(metadataOf(contractA, "RectificationPlanRecorded")).containsEntry("user", portalUser)
                .containsEntry("vendor", vendorA).doesNotContainKey("department");
        assertThat(metadataOf(contractA, "PipPlanRecorded")).containsEntry("user", portalUser);
        Response settlements = asVendorUser(portalUser, new VendorEndpoints.Call(VendorEndpoints.App.QUERY, "GET",
                "/settlements?size=100", null, null));
        assertThat(settlements.json().get("items").valueStream().map(s -> s.get("vendorId").asString()))
                .isNotEmpty().containsOnly(vendorA);
        Map<String, Object> internalOnly = Map.of(
                "/evaluations/" + world.unsettledPeriod() + "/score", Map.of("scores", Map.of("QUALITY", 90)),
                "/settlements/" + world.unsettledPeriod() + "/confirmation",
                Map.of("basis", "WORKLOAD", "workloadReference", "GZL-1"),
                "/pips/" + world.pipA() + "/conclusion", Map.of("outcome", "FAILED", "evidence", "未改进"),
                "/rectification-notices/" + world.noticeA() + "/conclusion",
                Map.of("outcome", "FAILED", "notes", "未整改"));
        internalOnly.forEach((act, body) -> {
            Response refused = asVendorUser(portalUser, new VendorEndpoints.Call(VendorEndpoints.App.COMMAND, "POST",
                    "/contracts/" + contractA + act, body, null));
            assertThat(refused.status()).as(act + ": " + refused).isEqualTo(403);
            assertThat(refused.json().get("rule").asString()).isEqualTo("access.department-not-permitted");
        });
        assertThat(client.get(system().queryUrl("/dashboard/risks"), null).status()).isEqualTo(401);
        assertThat(portal.get(system().queryUrl("/dashboard/risks"), portalUser).status()).isEqualTo(403);

        ok(command("hr", "/vendors/" + vendorA + "/portal-accounts/" + portalUser + "/closure",
                Map.of("reason", "人员离职")));
        assertThat(portal.get(system().queryUrl("/contracts/" + contractA), portalUser).status()).isEqualTo(401);
    }

    private static Response asVendorUser(String user, VendorEndpoints.Call call) {
        java.net.URI uri = call.app() == VendorEndpoints.App.COMMAND ? system().commandUrl(call.path())
                : system().queryUrl(call.path());
        return "GET".equals(call.method()) ? portal.get(uri, user) : portal.post(uri, user, call.body());
    }

    @Test
    void answersNotFoundForAnUnknownContract() {
        Response unknown = client.get(system().queryUrl("/contracts/" + UUID.randomUUID()), "hr");
        assertThat(unknown.status()).isEqualTo(404);
    }

    // --- steps ---

    private static Map<String, Object> termination(LocalDate lastServiceDay) {
        return Map.of("reason", "BREACH", "explanation", "连续两期未达质量标准且整改无效",
                "evidenceRefs", List.of("sla-report", "rectification-notice"), "lastServiceDay", lastServiceDay.toString());
    }

    private static Response command(String user, String path, Object body) {
        return ContractSteps.command(system(), client, user, path, body);
    }

    private static JsonNode awaitContract(String contractId, Predicate<JsonNode> condition) {
        return ContractSteps.awaitContract(system(), client, contractId, condition);
    }

    private static MetaData metadataOf(String contractId, String simpleType) {
        return ContractSteps.metadataOf(system(), contractId, simpleType);
    }

    private static LedgerSystem system() {
        return ledger.system();
    }
}
