package com.outsourcingledger.system;

import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ContractSteps.eventually;
import static com.outsourcingledger.system.ContractSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual special audit (§14) over HTTP on PostgreSQL: AUDIT opens it and HR joins; the checklist is generated
 * from the store; a finding without a contract is resolved by AUDIT, one MANAGEMENT accepts, and one naming an
 * active contract opens its SPECIAL_AUDIT rectification notice and is resolved by the ledger once BUSINESS verifies
 * that notice. The report is refused while a finding is open, then AUDIT's and HR's signatures close the audit. A closed
 * audit's next-due deadline is cancelled by the next opening, and otherwise flags it overdue (brought forward in the
 * scheduler's table, as the other deadline tests do).
 */
class SpecialAuditEndToEndTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();

    @Test
    void aContractFindingIsResolvedByItsVerifiedRectificationAndTheSecondSignatureClosesTheAudit() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String vendorId = VendorSteps.registerAndAdmit(system(), client);
        String contractId = ContractSteps.signed(system(), client, vendorId, today.withDayOfMonth(1),
                today.plusMonths(6));
        ContractSteps.awaitContract(system(), client, contractId, c -> c.get("status").asString().equals("ACTIVE"));

        String auditId = "sa-" + UUID.randomUUID().toString().substring(0, 8);
        String audit = "/special-audits/" + auditId;
        created(post("audit", "/special-audits", Map.of("auditId", auditId, "periodFrom",
                today.minusMonths(1).toString(), "periodTo", today.toString(), "scope", "外包专项审计")));
        assertRefused(post("audit", audit + "/checklist", Map.of()), 409, "special-audit.checklist.wrong-status");
        ok(post("hr", audit + "/hr-participation", Map.of()));
        assertRefused(post("hr", audit + "/signatures", Map.of("conclusion", "未见异常")), 409,
                "special-audit.signature.no-checklist");
        ok(post("audit", audit + "/checklist", Map.of()));

        created(post("audit", audit + "/findings", finding("f-process", null)));
        created(post("audit", audit + "/findings", finding("f-accepted", null)));
        created(post("hr", audit + "/findings", finding("f-contract", contractId)));
        assertRefused(post("audit", audit + "/signatures", Map.of("conclusion", "未见异常")), 409,
                "special-audit.signature.findings-open");

        ok(post("audit", audit + "/findings/f-process/resolution", Map.of("resolution", "流程已修订")));
        ok(post("management", audit + "/findings/f-accepted/acceptance", Map.of("reason", "风险可接受")));
        assertRefused(post("audit", audit + "/findings/f-contract/resolution", Map.of("resolution", "已整改")),
                409, "special-audit.resolution.awaits-rectification");

        String notice = "/contracts/" + contractId + "/rectification-notices/special-audit:" + auditId + ":f-contract";
        ok(eventually(() -> post("business", notice + "/plan", Map.of("plan", "补签保密协议")),
                r -> r.status() != 404 && r.status() != 409));
        ok(post("business", notice + "/conclusion", Map.of("outcome", "VERIFIED", "notes", "已补签")));

        ok(eventually(() -> post("audit", audit + "/signatures", Map.of("conclusion", "整改完成")),
                r -> r.status() != 409));
        ok(post("hr", audit + "/signatures", Map.of("conclusion", "整改完成")));

        StoreTruth store = StoreTruth.of(system());
        assertThat(store.typesOf(auditId)).containsExactly("SpecialAuditOpened", "SpecialAuditJoinedByHr",
                "AuditChecklistGenerated", "AuditFindingRecorded", "AuditFindingRecorded", "AuditFindingRecorded",
                "AuditFindingResolved", "AuditFindingAccepted", "AuditFindingResolved", "SpecialAuditReportSigned",
                "SpecialAuditReportSigned", "SpecialAuditClosed");
        assertThat(store.count(contractId, "RectificationNoticeIssued")).isEqualTo(1);
        assertThat(store.count(contractId, "RectificationVerified")).isEqualTo(1);
    }

    @Test
    void aClosedAuditFallsOverdueOnlyWhenNoNewAuditWasOpenedInTime() {
        String first = closedAudit();
        assertThat(nextDueDeadlines(first)).as("the closed audit waits for the next").isEqualTo(1);
        String second = closedAudit();
        assertThat(nextDueDeadlines(first)).as("opening the next audit answered it").isZero();
        assertThat(nextDueDeadlines(second)).isEqualTo(1);

        int moved = system().commandSide().getBean(JdbcClient.class)
                .sql("UPDATE scheduled_tasks SET execution_time = CURRENT_TIMESTAMP WHERE NOT picked"
                        + " AND position(convert_to('special-audit-next-due', 'UTF8') in task_data) > 0"
                        + " AND position(convert_to(:auditId, 'UTF8') in task_data) > 0")
                .param("auditId", second).update();
        assertThat(moved).isEqualTo(1);
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (StoreTruth.of(system()).count(second, "SpecialAuditOverdue") == 0 && System.nanoTime() < end) {
            ProjectSteps.sleep(100);
        }
        assertThat(StoreTruth.of(system()).typesOf(second)).endsWith("SpecialAuditClosed", "SpecialAuditOverdue");
        assertThat(StoreTruth.of(system()).count(first, "SpecialAuditOverdue")).isZero();
    }

    private static String closedAudit() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String auditId = "sa-" + UUID.randomUUID().toString().substring(0, 8);
        String audit = "/special-audits/" + auditId;
        created(post("audit", "/special-audits", Map.of("auditId", auditId, "periodFrom",
                today.minusYears(1).toString(), "periodTo", today.minusDays(1).toString(), "scope", "年度专项审计")));
        ok(post("hr", audit + "/hr-participation", Map.of()));
        ok(post("audit", audit + "/checklist", Map.of()));
        ok(post("audit", audit + "/signatures", Map.of("conclusion", "未见异常")));
        ok(post("hr", audit + "/signatures", Map.of("conclusion", "未见异常")));
        return auditId;
    }

    private static long nextDueDeadlines(String auditId) {
        return system().commandSide().getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM scheduled_tasks WHERE"
                        + " position(convert_to('special-audit-next-due', 'UTF8') in task_data) > 0"
                        + " AND position(convert_to(:auditId, 'UTF8') in task_data) > 0")
                .param("auditId", auditId).query(Long.class).single();
    }

    private static Map<String, Object> finding(String findingId, String contractId) {
        Map<String, Object> finding = new java.util.HashMap<>(Map.of("findingId", findingId, "severity", "MEDIUM",
                "description", "合同签署前未见保密协议", "owner", "LEGAL",
                "dueOn", LocalDate.now(CLIENT_ZONE).plusDays(30).toString(),
                "evidenceEventIds", java.util.List.of("evidence-1")));
        if (contractId != null) {
            finding.put("contractId", contractId);
        }
        return finding;
    }

    private static void assertRefused(Response response, int status, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("rule").asString()).isEqualTo(rule);
    }

    private static Response post(String user, String path, Object body) {
        return client.post(system().commandUrl(path), user, body);
    }

    private static LedgerSystem system() {
        return ledger.system();
    }
}
