package com.outsourcingledger.system;

import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

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
 * The four no-directs' channel and the §13 evidence over HTTP on PostgreSQL: BUSINESS names the vendor's site lead and
 * instructs the lead and, against the rule, a worker (both recorded, flagged as they went); an induction on
 * company-level topics is refused with 422 and stays on record in the worker's audit history; the vendor's own user
 * renews a worker's social-insurance proof, and another vendor's user may not.
 */
class SiteLeadEndToEndTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PASSWORD = "portal-password-site-lead";
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();
    private static final LedgerClient portal = new LedgerClient(PASSWORD);

    @Test
    void instructsThroughTheSiteLeadKeepsARefusedInductionAndRenewsAProofOnlyForItsOwnVendor() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String vendorId = VendorSteps.registerAndAdmit(system(), client);
        String otherVendor = VendorSteps.registerAndAdmit(system(), client);
        String contractId = ContractSteps.signed(system(), client, vendorId, today.minusMonths(1), today.plusMonths(6));
        String contract = "/contracts/" + contractId;

        ok(command("business", contract + "/site-lead", Map.of("name", "王经理", "contact", "13900000000")));
        created(command("business", contract + "/instructions", Map.of("instructionId", "ins-1",
                "addressee", "王经理", "subject", "质检标准调整", "content", "自下周起按新版质检标准验收")));
        created(command("business", contract + "/instructions", Map.of("instructionId", "ins-2",
                "addressee", "张三", "subject", "加班安排", "content", "今晚留下处理工单")));
        created(command("business", contract + "/rule-violation-reports", Map.of("reportId", "rv-1",
                "addressee", " 王经理 ", "description", "未佩戴工牌进入机房")));
        assertThat(command("hr", contract + "/instructions", Map.of("instructionId", "ins-3", "addressee", "王经理",
                "subject", "s", "content", "c")).status()).isEqualTo(403);
        Response again = command("business", contract + "/instructions", Map.of("instructionId", "ins-1",
                "addressee", "王经理", "subject", "s", "content", "c"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("contract.instruction.already-issued");

        JsonNode liaison = ContractSteps.awaitContract(system(), client, contractId, c ->
                c.path("siteLiaison").path("violationReports").size() == 1).get("siteLiaison");
        assertThat(liaison.get("siteLead").asString()).isEqualTo("王经理");
        assertThat(liaison.get("instructions").valueStream()
                .map(i -> i.get("instructionId").asString() + ":" + i.get("addressedToSiteLead").asBoolean()))
                .containsExactly("ins-1:true", "ins-2:false");
        assertThat(liaison.get("violationReports").get(0).get("addressedToSiteLead").asBoolean()).isTrue();
        assertThat(StoreTruth.of(system()).typesOf(contractId)).contains("SiteLeadNamed", "InstructionIssuedToVendor",
                "RuleViolationReportedToVendor");

        String portalUser = "portal-" + UUID.randomUUID().toString().substring(0, 8);
        created(command("hr", "/vendors/" + vendorId + "/portal-accounts",
                Map.of("username", portalUser, "password", PASSWORD)));
        created(command("hr", "/vendors/" + otherVendor + "/portal-accounts",
                Map.of("username", portalUser + "-b", "password", PASSWORD)));
        String workerId = "w-" + contractId;
        String worker = "/workers/" + workerId;
        VendorEndpoints.Call filing = VendorEndpoints.workerFiling(workerId, contractId);
        created(portal.post(system().commandUrl(filing.path()), portalUser, filing.body()));
        ok(command("hr", worker + "/verification", Map.of("notes", "材料齐全")));

        Response companyTraining = command("business", worker + "/induction",
                Map.of("inductedOn", today.toString(), "topics", List.of("SAFETY", "COMPANY_CULTURE")));
        assertThat(companyTraining.status()).as(companyTraining.toString()).isEqualTo(422);
        assertThat(companyTraining.json().get("rule").asString()).isEqualTo("worker.induction.topic-not-allowed");
        assertThat(StoreTruth.of(system()).typesOf(workerId)).endsWith("WorkerFiled", "WorkerInductionRefused");
        JsonNode history = ProjectSteps.awaitQuery(system(), client, "/audit/workers/" + workerId + "/events?size=50",
                h -> h.path("items").valueStream().anyMatch(e -> "WorkerInductionRefused".equals(
                        e.path("type").asString())));
        JsonNode refusal = history.path("items").valueStream()
                .filter(e -> "WorkerInductionRefused".equals(e.path("type").asString())).findFirst().orElseThrow();
        assertThat(refusal.path("user").asString()).isEqualTo("business");
        JsonNode detail = ProjectSteps.awaitQuery(system(), client, worker,
                w -> w.path("refusedInductions").size() == 1);
        assertThat(detail.get("refusedInductions").get(0).get("disallowedTopics").get(0).asString())
                .isEqualTo("COMPANY_CULTURE");
        assertThat(detail.get("status").asString()).isEqualTo("FILED");

        // The worker's filed proof covers an old month, so its lapse may be signalled too, whenever its deadline fires.
        JsonNode signals = ProjectSteps.awaitQuery(system(), client, "/sham-signals?contractId=" + contractId,
                page -> page.get("items").valueStream().map(signal -> signal.get("type").asString()).toList()
                        .containsAll(List.of("INSTRUCTION_NOT_TO_SITE_LEAD", "INDUCTION_OUTSIDE_TOPICS")));
        assertThat(signals.get("items").valueStream().map(signal -> signal.get("type").asString())
                .filter(type -> !type.equals("LAPSED_SOCIAL_INSURANCE")))
                .as("the instruction to a worker and the company-level induction; not the lead's instruction")
                .containsExactlyInAnyOrder("INSTRUCTION_NOT_TO_SITE_LEAD", "INDUCTION_OUTSIDE_TOPICS");

        String month = YearMonth.now(CLIENT_ZONE).toString();
        Map<String, String> proof = Map.of("reference", "SI-" + month, "month", month);
        Response otherVendors = portal.post(system().commandUrl(worker + "/social-insurance-proofs"),
                portalUser + "-b", proof);
        assertThat(otherVendors.status()).as(otherVendors.toString()).isEqualTo(403);
        assertThat(StoreTruth.of(system()).count(workerId, "WorkerSocialInsuranceProofRenewed")).isZero();
        assertThat(command("business", worker + "/social-insurance-proofs", proof).status()).isEqualTo(403);
        ok(portal.post(system().commandUrl(worker + "/social-insurance-proofs"), portalUser, proof));
        Response older = portal.post(system().commandUrl(worker + "/social-insurance-proofs"), portalUser,
                Map.of("reference", "SI-old", "month", "2020-01"));
        assertThat(older.status()).isEqualTo(422);
        assertThat(older.json().get("rule").asString()).isEqualTo("worker.social-insurance-renewal.month-before-current");
        ProjectSteps.awaitQuery(system(), client, worker,
                w -> month.equals(w.path("proofs").path("socialInsuranceMonth").asString()));
    }

    private static Response command(String user, String path, Object body) {
        return client.post(system().commandUrl(path), user, body);
    }

    private static LedgerSystem system() {
        return ledger.system();
    }
}
