package com.outsourcingledger.system;

import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ContractSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Employment compliance (§13) over HTTP on PostgreSQL: a settlement request opens its cycle's check asking for every
 * proof; the vendor's own user submits proofs and another vendor's user is refused; HR's SOCIAL_INSURANCE violation
 * opens a COMPLIANCE rectification notice on the contract and holds the settlement. A second check left without its
 * proofs past its due day is flagged overdue by its stored deadline, brought forward in the scheduler's table as the
 * deadline tests do with a restart, and shows on the work list.
 */
class ComplianceEndToEndTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PASSWORD = "portal-password-compliance";
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();
    private static final LedgerClient portal = new LedgerClient(PASSWORD);

    @Test
    void aSettlementsComplianceCheckFindsAViolationThatHoldsTheSettlementAndAnUnansweredCheckFallsOverdue() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String vendorId = VendorSteps.registerAndAdmit(system(), client);
        String otherVendorId = VendorSteps.registerAndAdmit(system(), client);
        String contractId = ContractSteps.signed(system(), client, vendorId, today.minusMonths(3).withDayOfMonth(1),
                today.plusMonths(6));
        ContractSteps.awaitContract(system(), client, contractId, c -> c.get("status").asString().equals("ACTIVE"));
        String portalUser = portalUserOf(vendorId);
        String otherPortalUser = portalUserOf(otherVendorId);

        String month = YearMonth.from(today).minusMonths(1).toString();
        String settlementId = contractId + ":settlement:" + month;
        created(portal.post(system().commandUrl("/contracts/" + contractId + "/settlements/" + month), portalUser,
                VendorEndpoints.claim("98000.00")));
        String checkId = VendorEndpoints.checkOf(contractId, month);
        String check = "/compliance-checks/" + checkId;
        JsonNode opened = ProjectSteps.awaitQuery(system(), client, check, c -> true);
        assertThat(opened.get("occasion").asString()).isEqualTo("SETTLEMENT_CYCLE");
        assertThat(opened.get("settlementId").asString()).isEqualTo(settlementId);
        assertThat(opened.get("missing").size()).isEqualTo(5);
        assertThat(opened.get("dueOn").asString()).isEqualTo(today.plusDays(10).toString());
        assertThat(opened.get("proofDueDays").asInt()).isEqualTo(10);

        Map<String, Object> proofs = Map.of("submissions", List.of(Map.of("proof", "ROSTER", "reference", "HMC-1"),
                Map.of("proof", "SOCIAL_INSURANCE", "reference", "SB-" + month)));
        Response crossVendor = portal.post(system().commandUrl(check + "/proofs"), otherPortalUser, proofs);
        assertThat(crossVendor.status()).as(crossVendor.toString()).isIn(403, 404);
        assertThat(StoreTruth.of(system()).count(checkId, "ComplianceProofsSubmitted")).isZero();
        assertThat(portal.get(system().queryUrl(check), otherPortalUser).status()).isEqualTo(404);
        ok(portal.post(system().commandUrl(check + "/proofs"), portalUser, proofs));
        assertThat(portal.get(system().queryUrl("/vendors/" + vendorId + "/compliance-checks"), portalUser)
                .json().get("totalItems").asInt()).isEqualTo(1);

        Map<String, Object> violation = Map.of("kind", "SOCIAL_INSURANCE", "findings", "3 名驻场人员社保未缴",
                "evidenceRefs", List.of("SB-AUDIT-" + month));
        Response byBusiness = command("business", check + "/violation", violation);
        assertThat(byBusiness.status()).isEqualTo(403);
        assertThat(byBusiness.json().get("rule").asString()).isIn("access.department-not-permitted",
                "compliance-check.violation.wrong-department");
        ok(command("hr", check + "/violation", violation));

        JsonNode contract = ContractSteps.awaitContract(system(), client, contractId,
                c -> c.get("rectificationNotices").valueStream()
                        .anyMatch(n -> n.get("noticeId").asString().equals(checkId)));
        JsonNode notice = contract.get("rectificationNotices").valueStream()
                .filter(n -> n.get("noticeId").asString().equals(checkId)).findFirst()
                .orElseThrow();
        assertThat(notice.get("trigger").asString()).isEqualTo("COMPLIANCE");
        assertThat(notice.get("status").asString()).isEqualTo("OPEN");
        assertThat(notice.get("reason").asString()).contains("SOCIAL_INSURANCE", "3 名驻场人员社保未缴");
        ProjectSteps.awaitQuery(system(), client, "/settlements/" + settlementId,
                s -> s.get("step").asString().equals("HELD"));
        assertThat(ProjectSteps.awaitQuery(system(), client, check, c -> c.get("violation") != null
                && !c.get("violation").isNull()).get("status").asString()).isEqualTo("VIOLATION_FOUND");

        List<String> contractHistory = StoreTruth.of(system()).typesOf(contractId);
        Response takenId = command("hr", "/compliance-checks", Map.of("checkId", contractId, "contractId", contractId,
                "proofs", List.of("WAGE_VOUCHERS"), "dueOn", today.plusDays(1).toString()));
        assertThat(takenId.status()).as("a check under the contract's own id: %s", takenId).isEqualTo(409);
        assertThat(StoreTruth.of(system()).typesOf(contractId)).as("the contract's stream")
                .isEqualTo(contractHistory);

        String adHocId = "wages-" + contractId;
        created(command("hr", "/compliance-checks", Map.of("checkId", adHocId, "contractId", contractId,
                "proofs", List.of("WAGE_VOUCHERS"), "dueOn", today.plusDays(1).toString())));
        ProjectSteps.awaitQuery(system(), client, "/compliance-checks/due", d -> d.toString().contains(adHocId));
        bringDueDeadlinesForward(adHocId);
        awaitType(adHocId, "ComplianceProofsOverdue");
        JsonNode overdue = ProjectSteps.awaitQuery(system(), client, "/compliance-checks/due?overdue=true",
                d -> d.get("totalItems").asInt() == 1);
        assertThat(overdue.get("items").get(0).get("checkId").asString()).isEqualTo(adHocId);
        assertThat(overdue.get("items").get(0).get("missing").get(0).asString()).isEqualTo("WAGE_VOUCHERS");
        assertThat(StoreTruth.of(system()).count(checkId, "ComplianceProofsOverdue")).isZero();
        JsonNode dashboard = ProjectSteps.awaitQuery(system(), client, "/dashboard",
                d -> d.get("complianceChecksOverdue").asInt() == 1);
        assertThat(dashboard.get("complianceChecksDue").asInt()).isEqualTo(1);
    }

    private static String portalUserOf(String vendorId) {
        String user = "portal-" + UUID.randomUUID().toString().substring(0, 8);
        created(command("hr", "/vendors/" + vendorId + "/portal-accounts",
                Map.of("username", user, "password", PASSWORD)));
        return user;
    }

    /** The check's stored proofs-due deadline made due now, as though its due day had passed. */
    private static void bringDueDeadlinesForward(String checkId) {
        int moved = system().commandSide().getBean(JdbcClient.class)
                .sql("UPDATE scheduled_tasks SET execution_time = CURRENT_TIMESTAMP WHERE NOT picked"
                        + " AND position(convert_to('compliance-proofs-due', 'UTF8') in task_data) > 0"
                        + " AND position(convert_to(:checkId, 'UTF8') in task_data) > 0")
                .param("checkId", checkId)
                .update();
        assertThat(moved).as("the check's stored deadline").isEqualTo(1);
    }

    private static void awaitType(String aggregateId, String simpleType) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (StoreTruth.of(system()).count(aggregateId, simpleType) == 0 && System.nanoTime() < end) {
            ProjectSteps.sleep(100);
        }
        assertThat(StoreTruth.of(system()).typesOf(aggregateId)).as(aggregateId).contains(simpleType);
    }

    private static Response command(String user, String path, Object body) {
        return ContractSteps.command(system(), client, user, path, body);
    }

    private static LedgerSystem system() {
        return ledger.system();
    }
}
