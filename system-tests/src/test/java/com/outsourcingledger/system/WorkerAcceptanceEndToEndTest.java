package com.outsourcingledger.system;

import com.outsourcingledger.api.contract.ContractEvent.WorkerAccessRevoked;
import com.outsourcingledger.api.worker.WorkerEvent.AccessRevocationOverdue;
import com.outsourcingledger.api.worker.WorkerEvent.AccessRevoked;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerExited;
import com.outsourcingledger.query.audit.chain.AuditProof;
import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ContractSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's acceptance scenario over HTTP on PostgreSQL: a vendor user files two workers; a filing without the
 * social-insurance proof is refused, and HR rejects one whose proof is bad; the other is verified, inducted (a
 * company-level topic refused) and gets two grants, each approved by a user other than its requester. The contract
 * ends with yesterday as its last service day, so the durable deadline raises the overdue revocation at once and
 * today's revocations are recorded late, as is the contract's derived exit step; the contract still closes. Then
 * HR erases the worker: the clear name is gone from the worker view, the roster, the audit history, as-of state,
 * the CSV export and the event stream, and the audit still verifies INTACT.
 */
class WorkerAcceptanceEndToEndTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PASSWORD = "portal-password-acceptance";
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();
    private static final LedgerClient portal = new LedgerClient(PASSWORD);

    @Test
    void aWorkerGoesFromFilingToErasureWithALateRevocationAndTheAuditStaysIntact() throws Exception {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        LocalDate yesterday = today.minusDays(1);
        long streamBefore = StoreTruth.of(system()).head();
        String vendorId = VendorSteps.registerAndAdmit(system(), client);
        String contractId = ContractSteps.signed(system(), client, vendorId, today.minusMonths(1), today.plusMonths(6));
        String portalUser = "portal-" + UUID.randomUUID().toString().substring(0, 8);
        created(command("hr", "/vendors/" + vendorId + "/portal-accounts",
                Map.of("username", portalUser, "password", PASSWORD)));
        String name = "验收员工" + UUID.randomUUID().toString().substring(0, 8);
        String idNumber = "1101011990" + (10_000_000 + new Random().nextInt(89_999_999));
        String servingId = "ok-" + contractId;
        String rejectedId = "bad-" + contractId;
        String serving = "/workers/" + servingId;

        String refusedId = "none-" + contractId;
        Map<String, String> withoutSocialInsurance = new HashMap<>(VendorEndpoints.WORKER_PROOFS);
        withoutSocialInsurance.remove("socialInsuranceReference");
        Response missing = portal.post(system().commandUrl("/workers"), portalUser,
                filing(refusedId, contractId, name, idNumber, withoutSocialInsurance));
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().get("rule").asString()).isEqualTo("request.invalid");
        assertThat(missing.json().get("errors").findValuesAsString("field"))
                .containsExactly("proofs.socialInsuranceReference");
        Map<String, String> badMonth = new HashMap<>(VendorEndpoints.WORKER_PROOFS);
        badMonth.put("socialInsuranceMonth", "2026-13");
        Response unreadableMonth = portal.post(system().commandUrl("/workers"), portalUser,
                filing(refusedId, contractId, name, idNumber, badMonth));
        assertThat(unreadableMonth.status()).as(unreadableMonth.toString()).isEqualTo(422);
        assertThat(unreadableMonth.json().get("rule").asString()).isEqualTo("worker.filing.invalid-coverage-month");
        assertThat(StoreTruth.of(system()).count(refusedId, null)).isZero();

        created(portal.post(system().commandUrl("/workers"), portalUser,
                filing(servingId, contractId, name, idNumber, VendorEndpoints.WORKER_PROOFS)));
        created(portal.post(system().commandUrl("/workers"), portalUser,
                filing(rejectedId, contractId, "另一名员工", "110101199001011234", VendorEndpoints.WORKER_PROOFS)));
        ok(command("hr", "/workers/" + rejectedId + "/rejection", Map.of("reasons", "社保缴纳证明的月份不在服务期内")));
        JsonNode rejected = ProjectSteps.awaitQuery(system(), client, "/workers/" + rejectedId,
                w -> w.get("status").asString().equals("FILING_REJECTED"));
        assertThat(rejected.get("rejectionReasons").asString()).isEqualTo("社保缴纳证明的月份不在服务期内");

        ok(command("hr", serving + "/verification", Map.of("notes", "材料齐全")));
        Response companyTraining = command("business", serving + "/induction",
                Map.of("inductedOn", today.toString(), "topics", List.of("SAFETY", "COMPANY_CULTURE")));
        assertThat(companyTraining.status()).isEqualTo(422);
        assertThat(companyTraining.json().get("rule").asString()).isEqualTo("worker.induction.topic-not-allowed");
        ok(command("business", serving + "/induction",
                Map.of("inductedOn", today.toString(), "topics", List.of("SAFETY", "CONFIDENTIALITY"))));
        for (String grant : List.of("erp", "vpn")) {
            created(command("business", serving + "/access-requests", Map.of("grantId", grant, "resourceType",
                    "SYSTEM", "resource", grant.toUpperCase(), "scope", "只读", "justification", "运维支持")));
            Response own = command("business", serving + "/access-requests/" + grant + "/approval", Map.of());
            assertThat(own.status()).isEqualTo(403);
            assertThat(own.json().get("rule").asString()).isEqualTo("worker.access-approval.own-request");
        }
        ok(command("hr", serving + "/access-requests/erp/approval", Map.of()));
        ok(command("business2", serving + "/access-requests/vpn/approval", Map.of()));
        assertThat(StoreTruth.of(system()).count(servingId, "AccessGranted")).isEqualTo(2);

        String history = "/audit/workers/" + servingId + "/events?size=100";
        JsonNode shown = ProjectSteps.awaitQuery(system(), client, serving, w -> w.get("grants").size() == 2);
        assertThat(shown.get("personalData").get("name").asString()).isEqualTo(name);
        assertThat(shown.get("personalData").get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(ProjectSteps.awaitQuery(system(), client, history, h -> h.get("totalItems").asInt() >= 7)
                .toString()).contains(name);
        ProjectSteps.awaitQuery(system(), client, "/contracts/" + contractId + "/workers?size=100",
                r -> r.toString().contains(name));
        for (String view : views(contractId, servingId, streamBefore)) {
            assertThat(view).as("before erasure").contains(name);
        }

        ok(command("business", "/contracts/" + contractId + "/termination", Map.of("reason", "MUTUAL",
                "explanation", "协商一致提前终止", "lastServiceDay", yesterday.toString())));
        awaitType(rejectedId, "WorkerExited");
        awaitType(servingId, "AccessRevocationOverdue");
        AccessRevocationOverdue overdue = (AccessRevocationOverdue) StoreTruth.of(system()).eventsOf(servingId)
                .stream().filter(e -> e.getPayload() instanceof AccessRevocationOverdue).findFirst().orElseThrow()
                .getPayload();
        assertThat(overdue.lastServiceDay()).isEqualTo(yesterday);
        assertThat(overdue.grantIds()).containsExactlyInAnyOrder("erp", "vpn");
        ProjectSteps.awaitQuery(system(), client, serving, w -> w.get("revocationOverdue").asBoolean());

        ok(command("hr", serving + "/access-grants/erp/revocation", Map.of("notes", "账号已关闭")));
        AccessRevoked lateRevocation = (AccessRevoked) StoreTruth.of(system()).eventsOf(servingId).stream()
                .filter(e -> e.getPayload() instanceof AccessRevoked).findFirst().orElseThrow().getPayload();
        assertThat(lateRevocation.late()).isTrue();
        assertThat(lateRevocation.revokedOn()).isEqualTo(today);
        assertThat(lateRevocation.lastServiceDay()).isEqualTo(yesterday);
        assertThat(StoreTruth.of(system()).count(servingId, "WorkerExited")).isZero();
        ok(command("hr", serving + "/access-grants/vpn/revocation", Map.of("revokedOn", today.toString())));
        assertThat(StoreTruth.of(system()).typesOf(servingId)).endsWith("AccessRevoked", "AccessRevoked",
                "WorkerExited");
        WorkerExited exit = (WorkerExited) StoreTruth.of(system()).eventsOf(servingId).getLast().getPayload();
        assertThat(exit.late()).isTrue();
        awaitType(contractId, "WorkerAccessRevoked");
        WorkerAccessRevoked exitStep = (WorkerAccessRevoked) StoreTruth.of(system()).eventsOf(contractId).stream()
                .filter(e -> e.getPayload() instanceof WorkerAccessRevoked).findFirst().orElseThrow().getPayload();
        assertThat(exitStep.late()).isTrue();
        assertThat(exitStep.lastServiceDay()).isEqualTo(yesterday);

        String contract = "/contracts/" + contractId;
        ok(command("business", contract + "/exit/knowledge-transfer", Map.of("notes", "文档与数据已交接")));
        ok(command("business", contract + "/exit/assets-recovery", Map.of("notes", "门禁卡与设备已收回")));
        ContractSteps.payFinalSettlement(system(), client, contractId, "96500.00", "96500.00", today);
        JsonNode closed = ContractSteps.awaitContract(system(), client, contractId,
                c -> c.get("status").asString().equals("CLOSED"));
        assertThat(closed.get("exit").get("accessRevokedOn").asString()).isEqualTo(today.toString());
        assertThat(closed.get("exit").get("accessRevokedLate").asBoolean()).isTrue();

        ok(command("hr", serving + "/erasure", Map.of("reason", "保存期满")));
        JsonNode erased = ProjectSteps.awaitQuery(system(), client, serving,
                w -> w.get("personalDataErased").asBoolean());
        assertThat(erased.path("personalData").path("name").isMissingNode()
                || erased.path("personalData").path("name").isNull()).as(erased.toString()).isTrue();
        JsonNode roster = ProjectSteps.awaitQuery(system(), client, contract + "/workers?size=100",
                r -> r.get("items").findValues("personalDataErased").stream().anyMatch(JsonNode::asBoolean));
        assertThat(roster.get("items").findValuesAsString("workerId")).contains(servingId, rejectedId);
        JsonNode erasedHistory = ProjectSteps.awaitQuery(system(), client, history,
                h -> h.toString().contains("WorkerPersonalDataErased"));
        assertThat(get("/workers/exited-with-live-access?vendorId=" + vendorId, "audit").json()
                .get("totalItems").asLong()).isZero();
        JsonNode asOf = get("/audit/workers/" + servingId + "/state?at=" + Instant.now(), "audit").json();
        assertThat(asOf.toString()).contains("\"erased\":true");
        Response csv = client.get(system().queryUrl("/audit/workers/" + servingId + "/events"), "legal",
                Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("WorkerPersonalDataErased");
        Response stream = get("/events?limit=1000&after=" + streamBefore, "integrator");
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.body()).contains(servingId);
        for (String view : List.of(erased.toString(), roster.toString(), erasedHistory.toString(), asOf.toString(),
                csv.body(), stream.body())) {
            assertThat(view).doesNotContain(name, idNumber);
        }

        assertThat(get("/audit/verification", "audit").json().path("status").asString()).isEqualTo("INTACT");
        assertThat(get("/audit/workers/" + servingId + "/verification", "audit").json().path("status").asString())
                .isEqualTo("INTACT");
        Response checkpoint = client.post(system().queryUrl("/audit/checkpoints"), "audit", Map.of());
        assertThat(checkpoint.status()).as(checkpoint.toString()).isBetween(200, 201);
        JsonNode held = checkpoint.json();
        PublicKey key = AuditProof.publicKey(get("/audit/signing-key", "audit").json().get("publicKey").asString());
        String logProof = get("/audit/proof", "audit").body();
        assertThat(AuditProof.verify(bundle(logProof), key,
                Map.of(held.path("index").asLong(), held.path("chainHash").asString()))).isNull();
        String workerProof = get("/audit/workers/" + servingId + "/proof", "audit").body();
        assertThat(AuditProof.verify(bundle(workerProof), key, Map.of())).isNull();
        assertThat(logProof + workerProof).as("the proofs hold the events as stored: sealed")
                .doesNotContain(name, idNumber);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bundle(String proof) throws Exception {
        return (Map<String, Object>) new AuditProof.Json(proof).value();
    }

    /** The roster, the as-of state, the CSV export and the event stream's page, as their bodies. */
    private static List<String> views(String contractId, String workerId, long streamAfter) {
        return List.of(get("/contracts/" + contractId + "/workers?size=100", "audit").body(),
                get("/audit/workers/" + workerId + "/state?at=" + Instant.now(), "audit").body(),
                client.get(system().queryUrl("/audit/workers/" + workerId + "/events"), "legal",
                        Map.of("Accept", "text/csv")).body(),
                get("/events?limit=1000&after=" + streamAfter, "integrator").body());
    }

    private static Map<String, Object> filing(String workerId, String contractId, String name, String idNumber,
                                              Map<String, String> proofs) {
        return Map.of("workerId", workerId, "contractId", contractId,
                "personalData", Map.of("name", name, "idNumber", idNumber, "contact", "13800000000"),
                "proofs", proofs);
    }

    private static void awaitType(String aggregateId, String simpleType) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (StoreTruth.of(system()).count(aggregateId, simpleType) == 0 && System.nanoTime() < end) {
            ProjectSteps.sleep(100);
        }
        assertThat(StoreTruth.of(system()).typesOf(aggregateId)).as(aggregateId).contains(simpleType);
    }

    private static Response get(String path, String user) {
        return client.get(system().queryUrl(path), user);
    }

    private static Response command(String user, String path, Object body) {
        return ContractSteps.command(system(), client, user, path, body);
    }

    private static LedgerSystem system() {
        return ledger.system();
    }
}
