package com.outsourcingledger.system;

import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ContractSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outsourced workers (§12) over HTTP on PostgreSQL: the vendor's user files, HR verifies, BUSINESS inducts on the
 * site topics, badges, requests access that someone else approves and issues an asset; the contract's termination
 * offboards its workers, and once the last has exited the contract's exit step "access revoked" is recorded from
 * them, which HR can no longer type in. Badge numbers are distinct across workers; erasure is recorded.
 */
class WorkerEndToEndTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PASSWORD = "portal-password-workers";
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();
    private static final LedgerClient portal = new LedgerClient(PASSWORD);

    @Test
    void runsWorkersFromFilingThroughTheContractsEndToTheDerivedExitStep() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String vendorId = VendorSteps.registerAndAdmit(system(), client);
        String contractId = ContractSteps.signed(system(), client, vendorId, today.minusMonths(1), today.plusMonths(6));
        String portalUser = "portal-" + UUID.randomUUID().toString().substring(0, 8);
        created(command("hr", "/vendors/" + vendorId + "/portal-accounts",
                Map.of("username", portalUser, "password", PASSWORD)));
        String worker = "/workers/w1-" + contractId;
        String second = "/workers/w2-" + contractId;

        VendorEndpoints.Call filing = VendorEndpoints.workerFiling("w1-" + contractId, contractId);
        Response filed = portal.post(system().commandUrl(filing.path()), portalUser, filing.body());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().get("workerId").asString()).isEqualTo("w1-" + contractId);
        VendorEndpoints.Call secondFiling = VendorEndpoints.workerFiling("w2-" + contractId, contractId);
        created(portal.post(system().commandUrl(secondFiling.path()), portalUser, secondFiling.body()));
        assertThat(command("business", worker + "/verification", Map.of()).status()).isEqualTo(403);
        ok(command("hr", worker + "/verification", Map.of("notes", "材料齐全")));
        ok(command("hr", second + "/verification", Map.of()));

        Response companyTraining = command("business", worker + "/induction",
                Map.of("inductedOn", today.toString(), "topics", List.of("SAFETY", "COMPANY_CULTURE")));
        assertThat(companyTraining.status()).isEqualTo(422);
        assertThat(companyTraining.json().get("rule").asString()).isEqualTo("worker.induction.topic-not-allowed");
        for (String each : List.of(worker, second)) {
            ok(command("business", each + "/induction",
                    Map.of("inductedOn", today.toString(), "topics", List.of("SAFETY", "CONFIDENTIALITY"))));
        }
        String badge = "B-" + contractId;
        ok(command("business", worker + "/badge", Map.of("badgeNumber", badge, "emailSuffix", "@ext.example.com")));
        Response sameBadge = command("business", second + "/badge",
                Map.of("badgeNumber", badge, "emailSuffix", "@ext.example.com"));
        assertThat(sameBadge.status()).isEqualTo(409);
        assertThat(sameBadge.json().get("rule").asString()).isEqualTo("worker.badge.number-taken");

        created(command("business", worker + "/access-requests", Map.of("grantId", "erp", "resourceType", "SYSTEM",
                "resource", "ERP", "scope", "只读", "justification", "运维支持")));
        Response ownApproval = command("business", worker + "/access-requests/erp/approval", Map.of());
        assertThat(ownApproval.status()).isEqualTo(403);
        assertThat(ownApproval.json().get("rule").asString()).isEqualTo("worker.access-approval.own-request");
        ok(command("hr", worker + "/access-requests/erp/approval", Map.of()));
        created(command("business", worker + "/assets", Map.of("assetId", "laptop-1", "description", "笔记本电脑")));

        Response typedIn = command("hr", "/contracts/" + contractId + "/exit/access-revocation",
                Map.of("revokedOn", today.toString(), "notes", "账号已关闭"));
        assertThat(typedIn.status()).isEqualTo(409);
        assertThat(typedIn.json().get("rule").asString()).isEqualTo("contract.exit.access-revocation-derived");

        ok(command("business", "/contracts/" + contractId + "/termination", Map.of("reason", "MUTUAL",
                "explanation", "协商一致提前终止", "lastServiceDay", today.toString())));
        awaitType("w2-" + contractId, "WorkerExited");
        awaitType("w1-" + contractId, "WorkerOffboardingStarted");
        assertThat(StoreTruth.of(system()).count("w1-" + contractId, "WorkerExited")).isZero();

        ok(command("hr", worker + "/access-grants/erp/revocation", Map.of("revokedOn", today.toString())));
        ok(command("business", worker + "/assets/laptop-1/return", Map.of("returnedOn", today.toString())));
        awaitType(contractId, "WorkerAccessRevoked");
        assertThat(StoreTruth.of(system()).typesOf("w1-" + contractId)).endsWith("AccessRevoked", "AssetReturned",
                "WorkerExited");

        ok(command("hr", worker + "/erasure", Map.of("reason", "保存期满")));
        assertThat(StoreTruth.of(system()).typesOf("w1-" + contractId)).endsWith("WorkerPersonalDataErased");
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
