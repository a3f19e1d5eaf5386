package com.outsourcingledger.system;

import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.system.ContractSteps.*;
import static com.outsourcingledger.system.ProjectSteps.awaitProject;
import static com.outsourcingledger.system.ProjectSteps.awaitQuery;
import static com.outsourcingledger.system.ProjectSteps.establish;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processes between a project and its contract, over HTTP on PostgreSQL: the award drafts the contract
 * with the awarded vendor; BUSINESS completes it; signing makes the project CONTRACTED and, the term having
 * started, ACTIVE; the contract's exit closes it and with it the project, also when the contract ended before its
 * service started and the project never became ACTIVE.
 */
class ProjectToContractEndToEndTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();

    @Test
    void theAwardDraftsTheContractWhoseLifeCarriesTheProjectToClosed() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        List<String> vendors = admittedVendors();
        String projectId = awardedToFirst(vendors);
        awaitProject(system(), client, projectId, "AWARDED");

        JsonNode register = awaitQuery(system(), client, "/contracts?projectId=" + projectId,
                page -> page.get("items").size() == 1);
        JsonNode summary = register.get("items").get(0);
        String contractId = summary.get("contractId").asString();
        assertThat(summary.get("vendorId").asString()).isEqualTo(vendors.getFirst());
        assertThat(summary.get("status").asString()).isEqualTo("DRAFTING");
        JsonNode drafted = awaitContract(system(), client, contractId, c -> true);
        assertThat(drafted.get("title").asString()).isEqualTo("客服中心话务外包");
        assertThat(drafted.get("term").get("start").asString()).isEqualTo("2026-07-01");
        assertThat(drafted.get("content").get("scope").asString()).isEqualTo("一线话务接听，不含投诉处理与客户数据导出");
        assertThat(drafted.get("content").get("amount").get("amount").decimalValue()).isEqualByComparingTo("2400000.00");
        assertThat(metadataOf(system(), contractId, "ContractDrafted")).containsEntry("command", "DraftContractFromAward");

        String contract = "/contracts/" + contractId;
        created(command(system(), client, "business", contract + "/slas", sla()));
        Response incomplete = command(system(), client, "business", contract + "/co-review", Map.of());
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.json().get("rule").asString()).isEqualTo("contract.submission.clauses-missing");
        ok(command(system(), client, "business", contract + "/revisions",
                revision("客服中心话务外包服务合同", today, today.plusYears(1))));
        reviewAndSign(system(), client, contractId, today);

        JsonNode active = awaitProject(system(), client, projectId, "ACTIVE");
        assertThat(active.get("contractId").asString()).isEqualTo(contractId);
        assertThat(awaitContract(system(), client, contractId, c -> c.get("status").asString().equals("ACTIVE"))
                .get("activatedOn").asString()).isEqualTo(today.toString());

        ok(command(system(), client, "business", contract + "/termination", Map.of("reason", "MUTUAL",
                "explanation", "业务调整，双方协商一致", "lastServiceDay", today.toString())));
        completeExit(system(), client, contractId, today);

        awaitContract(system(), client, contractId, c -> c.get("status").asString().equals("CLOSED"));
        awaitProject(system(), client, projectId, "CLOSED");
        assertThat(projectEvents(projectId)).endsWith("ProjectAwarded", "ProjectContracted", "ProjectActivated",
                "ProjectClosed");
    }

    @Test
    void aContractEndedBeforeItsServiceStartedStillClosesTheProject() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String projectId = awardedToFirst(admittedVendors());
        String contractId = awaitQuery(system(), client, "/contracts?projectId=" + projectId,
                page -> page.get("items").size() == 1).get("items").get(0).get("contractId").asString();
        String contract = "/contracts/" + contractId;
        created(command(system(), client, "business", contract + "/slas", sla()));
        ok(command(system(), client, "business", contract + "/revisions",
                revision("客服中心话务外包服务合同", today.plusDays(30), today.plusYears(1))));
        reviewAndSign(system(), client, contractId, today);
        awaitProject(system(), client, projectId, "CONTRACTED");

        Response tooSoon = command(system(), client, "business", contract + "/termination", Map.of(
                "reason", "FORCE_MAJEURE", "explanation", "台风损毁服务场地，无法履约",
                "forceMajeureSince", today.minusDays(30).toString()));
        assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(422);
        assertThat(tooSoon.json().get("rule").asString()).isEqualTo("contract.termination.force-majeure-too-short");
        ok(command(system(), client, "business", contract + "/termination", Map.of(
                "reason", "FORCE_MAJEURE", "explanation", "台风损毁服务场地，无法履约",
                "forceMajeureSince", today.minusDays(61).toString())));
        completeExit(system(), client, contractId, today);

        JsonNode closed = awaitContract(system(), client, contractId, c -> c.get("status").asString().equals("CLOSED"));
        assertThat(closed.get("termination").get("forceMajeureSince").asString())
                .isEqualTo(today.minusDays(61).toString());
        awaitProject(system(), client, projectId, "CLOSED");
        assertThat(projectEvents(projectId)).endsWith("ProjectAwarded", "ProjectContracted", "ProjectClosed");
    }

    @Test
    void aWithdrawnAwardDraftCountsAsClosedAndTheProjectIsContractedByANewDraft() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        List<String> vendors = admittedVendors();
        String established = establish(system(), client);
        Map<String, Object> early = draft(java.util.UUID.randomUUID().toString(), vendors.getFirst(), today,
                today.plusYears(1));
        early.put("projectId", established);
        Response notAwarded = command(system(), client, "business", "/contracts", early);
        assertThat(notAwarded.status()).as(notAwarded.toString()).isEqualTo(409);
        assertThat(notAwarded.json().get("rule").asString()).isEqualTo("contract.drafting.project-not-awarded");

        String projectId = awardedToFirst(vendors);
        String awardDraft = awaitQuery(system(), client, "/contracts?projectId=" + projectId,
                page -> page.get("items").size() == 1).get("items").get(0).get("contractId").asString();
        ok(command(system(), client, "business", "/contracts/" + awardDraft + "/withdrawal",
                Map.of("reason", "中标人放弃签约")));
        awaitContract(system(), client, awardDraft, c -> c.get("status").asString().equals("WITHDRAWN"));

        String contractId = java.util.UUID.randomUUID().toString();
        Map<String, Object> replacement = draft(contractId, vendors.get(1), today, today.plusYears(1));
        replacement.put("projectId", projectId);
        created(command(system(), client, "business", "/contracts", replacement));
        created(command(system(), client, "business", "/contracts/" + contractId + "/slas", sla()));
        reviewAndSign(system(), client, contractId, today);
        awaitProject(system(), client, projectId, "ACTIVE");
        ok(command(system(), client, "business", "/contracts/" + contractId + "/termination", Map.of(
                "reason", "MUTUAL", "explanation", "业务调整，双方协商一致", "lastServiceDay", today.toString())));
        completeExit(system(), client, contractId, today);

        awaitProject(system(), client, projectId, "CLOSED");
        assertThat(projectEvents(projectId)).endsWith("ProjectAwarded", "ProjectContracted", "ProjectActivated",
                "ProjectClosed");
    }

    @Test
    void aRetenderDecisionOpensANewSourcingRoundForTheRunningProject() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        List<String> vendors = admittedVendors();
        String projectId = awardedToFirst(vendors);
        String contractId = awaitQuery(system(), client, "/contracts?projectId=" + projectId,
                page -> page.get("items").size() == 1).get("items").get(0).get("contractId").asString();
        String contract = "/contracts/" + contractId;
        created(command(system(), client, "business", contract + "/slas", sla()));
        ok(command(system(), client, "business", contract + "/revisions",
                revision("客服中心话务外包服务合同", today, today.plusMonths(2))));
        reviewAndSign(system(), client, contractId, today);
        awaitProject(system(), client, projectId, "ACTIVE");
        awaitContract(system(), client, contractId, c -> c.get("renewal") != null && !c.get("renewal").isNull()
                && c.get("renewal").get("reviewOpen").asBoolean());

        ok(command(system(), client, "management", contract + "/renewal-decision",
                Map.of("decision", "RETENDER", "reason", "服务质量一般，重新招标")));
        Response opened = eventually(() -> command(system(), client, "procurement", "/sourcings",
                SourcingSteps.opening(projectId, vendors)), r -> r.status() == 201);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String round = opened.json().get("sourcingId").asString();

        assertThat(awaitProject(system(), client, projectId, "SOURCING").get("sourcingId").asString()).isEqualTo(round);
        assertThat(projectEvents(projectId)).endsWith("ProjectActivated", "ProjectRetenderOpened",
                "ProjectSourcingStarted");
    }

    /** Three admitted vendors, the candidates a sourcing needs. */
    private static List<String> admittedVendors() {
        return List.of(VendorSteps.registerAndAdmit(system(), client), VendorSteps.registerAndAdmit(system(), client),
                VendorSteps.registerAndAdmit(system(), client));
    }

    /** An established project whose sourcing among {@code vendors} is awarded to the first; answers its id. */
    private static String awardedToFirst(List<String> vendors) {
        String projectId = establish(system(), client);
        SourcingSteps.awardToFirst(system(), client, projectId, vendors);
        return projectId;
    }

    private static List<String> projectEvents(String projectId) {
        return StoreTruth.of(system()).typesOf(projectId);
    }

    private static LedgerSystem system() {
        return ledger.system();
    }
}
