package com.outsourcingledger.system;

import com.outsourcingledger.api.incident.IncidentEvent.IncidentNotificationOverdue;
import com.outsourcingledger.api.incident.IncidentEvent.IncidentPartyNotified;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.worker.WorkerEvent.AccessRevoked;
import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ContractSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incidents (§14) over HTTP on PostgreSQL: an information leak reported with the contract's worker revokes that
 * worker's live access the same day, naming the incident, which the worker's read model shows; only the contract's
 * vendor's own user acknowledges it; it is resolved once HR, LEGAL and the vendor were notified, and reviewed. An
 * incident reported after its 24-hour limit had passed is flagged overdue at once by its stored deadline for every
 * party not notified, and a notification after the limit is recorded as late.
 */
class IncidentEndToEndTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PASSWORD = "portal-password-incidents";
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();
    private static final LedgerClient portal = new LedgerClient(PASSWORD);

    @Test
    void aLeakRevokesTheWorkersAccessAndALateReportFallsOverdue() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String vendorId = VendorSteps.registerAndAdmit(system(), client);
        String otherVendorId = VendorSteps.registerAndAdmit(system(), client);
        String contractId = ContractSteps.signed(system(), client, vendorId, today.minusMonths(1), today.plusMonths(6));
        String portalUser = portalUserOf(vendorId);
        String otherPortalUser = portalUserOf(otherVendorId);
        String workerId = WorkerSteps.file(system(), client, portal, portalUser, contractId);
        String worker = "/workers/" + workerId;
        ok(command("hr", worker + "/verification", Map.of()));
        created(command("business", worker + "/access-requests", Map.of("grantId", "crm", "resourceType", "DATA",
                "resource", "CRM", "scope", "客户资料只读", "justification", "客服支持")));
        ok(command("hr", worker + "/access-requests/crm/approval", Map.of()));

        Instant occurredAt = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        String leakId = "leak-" + contractId;
        String leak = "/incidents/" + leakId;
        Map<String, Object> report = Map.of("incidentId", leakId, "contractId", contractId,
                "type", "INFORMATION_LEAK", "major", false, "occurredAt", occurredAt.toString(),
                "description", "驻场人员将客户资料外发", "workerIds", List.of(workerId));
        Response byVendor = portal.post(system().commandUrl("/incidents"), portalUser, report);
        assertThat(byVendor.status()).as(byVendor.toString()).isEqualTo(403);
        Response reported = command("legal", "/incidents", report);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(reported.json().get("incidentId").asString()).isEqualTo(leakId);

        JsonNode revoked = ProjectSteps.awaitQuery(system(), client, worker, w -> w.get("grants").valueStream()
                .anyMatch(g -> g.get("state").asString().equals("REVOKED")));
        JsonNode grant = revoked.get("grants").get(0);
        assertThat(grant.get("revokedOn").asString()).isEqualTo(today.toString());
        assertThat(grant.get("notes").asString()).contains(leakId);
        AccessRevoked revocation = (AccessRevoked) StoreTruth.of(system()).eventsOf(workerId).stream()
                .filter(e -> e.getPayload() instanceof AccessRevoked).findFirst().orElseThrow().getPayload();
        assertThat(revocation.incidentId()).isEqualTo(leakId);
        assertThat(revocation.grantId()).isEqualTo("crm");

        Response otherVendors = portal.post(system().commandUrl(leak + "/acknowledgement"), otherPortalUser,
                Map.of("notes", "非本公司"));
        assertThat(otherVendors.status()).as(otherVendors.toString()).isIn(403, 404);
        assertThat(StoreTruth.of(system()).count(leakId, "IncidentAcknowledgedByVendor")).isZero();
        ok(portal.post(system().commandUrl(leak + "/acknowledgement"), portalUser, Map.of("notes", "已约谈涉事人员")));

        ok(command("business", leak + "/notifications", Map.of("party", "HR")));
        Response early = command("business", leak + "/resolution", Map.of("cause", "离岗未回收权限",
                "impact", "120 条客户记录", "resolution", "关闭账号，通知客户"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asString()).isEqualTo("incident.resolution.parties-not-notified");
        ok(command("hr", leak + "/notifications", Map.of("party", "LEGAL", "notes", "法务已介入")));
        ok(command("hr", leak + "/notifications", Map.of("party", "VENDOR")));
        ok(command("finance", leak + "/management-updates", Map.of("update", "影响已控制")));
        ok(command("business", leak + "/resolution", Map.of("cause", "离岗未回收权限", "impact", "120 条客户记录",
                "resolution", "关闭账号，通知客户")));
        assertThat(command("legal", leak + "/review", Map.of("lessons", "x")).status()).isEqualTo(403);
        ok(command("hr", leak + "/review", Map.of("lessons", "离岗当日回收全部权限")));
        assertThat(StoreTruth.of(system()).typesOf(leakId)).containsExactly("IncidentReported",
                "IncidentAcknowledgedByVendor", "IncidentPartyNotified", "IncidentPartyNotified",
                "IncidentPartyNotified", "ManagementInformed", "IncidentResolved", "IncidentReviewed");

        String lateId = "late-" + contractId;
        Instant longAgo = Instant.now().minus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS);
        created(command("business", "/incidents", Map.of("incidentId", lateId, "contractId", contractId,
                "type", "WORK_INJURY", "major", true, "occurredAt", longAgo.toString(), "description", "驻场人员摔伤")));
        awaitType(lateId, "IncidentNotificationOverdue");
        IncidentNotificationOverdue overdue = payloadOf(lateId, IncidentNotificationOverdue.class);
        assertThat(overdue.missing()).containsExactly(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR,
                NotifiedParty.MANAGEMENT);
        assertThat(overdue.vendorId()).isEqualTo(vendorId);
        ok(command("business", "/incidents/" + lateId + "/notifications", Map.of("party", "HR")));
        assertThat(payloadOf(lateId, IncidentPartyNotified.class).late()).isTrue();
        assertThat(StoreTruth.of(system()).count(leakId, "IncidentNotificationOverdue")).isZero();
    }

    private static <T> T payloadOf(String aggregateId, Class<T> type) {
        return StoreTruth.of(system()).eventsOf(aggregateId).stream().map(e -> e.getPayload())
                .filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private static String portalUserOf(String vendorId) {
        String user = "portal-" + UUID.randomUUID().toString().substring(0, 8);
        created(command("hr", "/vendors/" + vendorId + "/portal-accounts",
                Map.of("username", user, "password", PASSWORD)));
        return user;
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
