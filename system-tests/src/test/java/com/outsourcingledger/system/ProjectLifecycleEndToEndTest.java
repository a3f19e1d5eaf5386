package com.outsourcingledger.system;

import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static com.outsourcingledger.system.ProjectSteps.*;
import static com.outsourcingledger.system.SourcingSteps.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project from draft through the five approvals, sourcing with three candidates and five panel members, to
 * award, through command-side's HTTP API and read back from query-side's, on one PostgreSQL database.
 */
class ProjectLifecycleEndToEndTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();
    private static List<String> vendors;

    @BeforeAll
    static void admitThreeVendors() {
        vendors = List.of(VendorSteps.registerAndAdmit(system(), client), VendorSteps.registerAndAdmit(system(), client),
                VendorSteps.registerAndAdmit(system(), client));
    }

    @Test
    void walksAProjectFromDraftThroughApprovalsAndSourcingToAward() {
        String projectId = draftAndSubmit(system(), client);
        JsonNode queue = awaitQuery(system(), client, "/projects/review-queue?department=BUSINESS",
                q -> q.valueStream().anyMatch(p -> p.get("projectId").asString().equals(projectId)));
        assertThat(queue.valueStream().filter(p -> p.get("projectId").asString().equals(projectId)).findFirst()
                .orElseThrow().get("awaitingStep").asString()).isEqualTo("BUSINESS_HEAD");

        succeeded(review(system(), client, projectId, "business2", ApprovalStep.BUSINESS_HEAD, "APPROVE", null));
        succeeded(review(system(), client, projectId, "hr", ApprovalStep.HR_COMPLIANCE, "APPROVE", "LOW"));
        awaitQuery(system(), client, "/projects/review-queue?department=FINANCE",
                q -> q.valueStream().anyMatch(p -> p.get("projectId").asString().equals(projectId)));
        succeeded(review(system(), client, projectId, "finance", ApprovalStep.FINANCE_BUDGET, "APPROVE", null));
        succeeded(review(system(), client, projectId, "legal", ApprovalStep.LEGAL_RISK, "APPROVE", null));
        succeeded(review(system(), client, projectId, "management", ApprovalStep.MANAGEMENT_FINAL, "APPROVE", null));

        JsonNode established = awaitProject(system(), client, projectId, "ESTABLISHED");
        assertThat(established.get("approvals").valueStream().map(a -> a.get("reviewer").asString() + "/"
                + a.get("department").asString() + "/" + a.get("opinion").asString()))
                .containsExactly("business2/BUSINESS/APPROVE", "hr/HR/APPROVE", "finance/FINANCE/APPROVE",
                        "legal/LEGAL/APPROVE", "management/MANAGEMENT/APPROVE");
        assertThat(established.get("approvals").get(1).get("shamOutsourcingRisk").asString()).isEqualTo("LOW");
        assertThat(established.get("approvals").get(0).get("at").asString()).isNotBlank();

        awaitVendorStandings("ADMITTED");
        Response opened = client.post(system().commandUrl("/sourcings"), "procurement", opening(projectId, vendors));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String sourcingId = opened.json().get("sourcingId").asString();
        assertThat(awaitProject(system(), client, projectId, "SOURCING").get("sourcingId").asString()).isEqualTo(sourcingId);

        for (int m = 0; m < PANEL_USERS.size(); m++) {
            if (m == 2) {
                assertThatLegal2SeesOnlyOwnSheetsBeforeScoring(sourcingId);
            }
            for (int v = 0; v < vendors.size(); v++) {
                succeeded(client.post(system().commandUrl("/sourcings/" + sourcingId + "/score-sheets"), PANEL_USERS.get(m),
                        Map.of("vendorId", vendors.get(v), "scores", scores(BASES[v] + m), "comment", "独立评分")));
            }
        }
        Response changed = client.post(system().commandUrl("/sourcings/" + sourcingId + "/score-sheets"), "hr2",
                Map.of("vendorId", vendors.getFirst(), "scores", scores(99)));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().get("rule").asString()).isEqualTo("sourcing.score-sheet.already-submitted");

        succeeded(client.post(system().commandUrl("/sourcings/" + sourcingId + "/consolidation"), "procurement", Map.of()));
        Response runnerUp = client.post(system().commandUrl("/sourcings/" + sourcingId + "/award"), "procurement",
                Map.of("vendorId", vendors.get(2)));
        assertThat(runnerUp.status()).isEqualTo(422);
        assertThat(runnerUp.json().get("rule").asString()).isEqualTo("sourcing.award.justification-required");
        succeeded(client.post(system().commandUrl("/sourcings/" + sourcingId + "/award"), "procurement",
                Map.of("vendorId", vendors.get(1))));

        JsonNode awarded = awaitProject(system(), client, projectId, "AWARDED");
        assertThat(awarded.get("awardedVendorId").asString()).isEqualTo(vendors.get(1));

        JsonNode sourcing = awaitQuery(system(), client, "/sourcings/" + sourcingId,
                s -> s.get("status").asString().equals("AWARDED"));
        assertThat(sourcing.get("missingSheets")).isEmpty();
        assertThat(sourcing.get("sheets")).hasSize(15);
        assertThat(sourcing.get("policy").get("version").asString()).isEqualTo("2026-default");

        JsonNode explanation = client.get(system().queryUrl("/sourcings/" + sourcingId + "/ranking"), "finance").json();
        assertThat(explanation.get("matchesConsolidation").asBoolean()).isTrue();
        // each sheet weighs (base + m) - 0.8; over members m = 0..4 the mean is base + 1.2
        assertThat(explanation.get("ranking").valueStream().map(r -> r.get("vendorId").asString() + "#"
                + r.get("rank").asInt() + "=" + r.get("weightedScore").decimalValue().toPlainString()))
                .containsExactly(vendors.get(1) + "#1=86.20", vendors.get(2) + "#2=79.20", vendors.get(0) + "#3=71.20");
        JsonNode top = explanation.get("ranking").get(0);
        assertThat(top.get("criteria").get(0).get("criterion").asString()).isEqualTo("TECHNICAL_PROPOSAL");
        assertThat(top.get("criteria").get(0).get("meanScore").decimalValue()).isEqualByComparingTo("87.00");
        assertThat(top.get("criteria").get(0).get("weightedContribution").decimalValue()).isEqualByComparingTo("26.10");
        assertThat(top.get("members")).hasSize(5);
        assertThat(countEvents(sourcingId, "SourcingAwarded")).isEqualTo(1);
    }

    @Test
    void aHighShamOutsourcingRiskCannotPassHr() {
        String projectId = draftAndSubmit(system(), client);
        succeeded(review(system(), client, projectId, "business2", ApprovalStep.BUSINESS_HEAD, "APPROVE", null));

        Response passed = review(system(), client, projectId, "hr", ApprovalStep.HR_COMPLIANCE, "APPROVE", "HIGH");
        assertThat(passed.status()).isEqualTo(422);
        assertThat(passed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(passed.json().get("rule").asString()).isEqualTo("project.review.high-sham-outsourcing-risk");

        succeeded(review(system(), client, projectId, "hr", ApprovalStep.HR_COMPLIANCE, "REJECT", "HIGH"));
        assertThat(awaitProject(system(), client, projectId, "REJECTED").get("approvals")).hasSize(2);
    }

    @Test
    void nobodyReviewsARequestTheySubmittedAndOnlyTheStepsDepartmentReviewsIt() {
        String projectId = draftAndSubmit(system(), client);

        Response own = review(system(), client, projectId, "business", ApprovalStep.BUSINESS_HEAD, "APPROVE", null);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("rule").asString()).isEqualTo("project.review.own-request");

        Response wrongDepartment = review(system(), client, projectId, "legal", ApprovalStep.BUSINESS_HEAD, "APPROVE", null);
        assertThat(wrongDepartment.status()).isEqualTo(403);
        assertThat(wrongDepartment.json().get("rule").asString()).isEqualTo("project.review.wrong-department");

        Response procurement = review(system(), client, projectId, "procurement", ApprovalStep.BUSINESS_HEAD, "APPROVE", null);
        assertThat(procurement.status()).isEqualTo(403);
        assertThat(countEvents(projectId, "ProjectReviewed")).isZero();
    }

    @Test
    void aRequestReturnedAndRevisedByTheOtherBusinessUserStillHasABusinessHeadReviewer() {
        String projectId = draftAndSubmit(system(), client);
        succeeded(review(system(), client, projectId, "business2", ApprovalStep.BUSINESS_HEAD, "RETURN", null));
        succeeded(client.post(system().commandUrl("/projects/" + projectId + "/revision"), "business2", newForm()));

        Response notTheEditor = client.post(system().commandUrl("/projects/" + projectId + "/submission"), "business",
                Map.of());
        assertThat(notTheEditor.status()).isEqualTo(403);
        assertThat(notTheEditor.json().get("rule").asString()).isEqualTo("project.submission.not-last-editor");
        succeeded(client.post(system().commandUrl("/projects/" + projectId + "/submission"), "business2", Map.of()));

        awaitQuery(system(), client, "/projects/" + projectId, p -> p.get("round").asInt() == 2);
        assertThat(queueOf("business")).contains(projectId);
        assertThat(queueOf("business2")).doesNotContain(projectId);
        Response own = review(system(), client, projectId, "business2", ApprovalStep.BUSINESS_HEAD, "APPROVE", null);
        assertThat(own.json().get("rule").asString()).isEqualTo("project.review.own-request");
        succeeded(review(system(), client, projectId, "business", ApprovalStep.BUSINESS_HEAD, "APPROVE", null));
    }

    private static List<String> queueOf(String user) {
        Response queue = client.get(system().queryUrl("/projects/review-queue"), user);
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        return queue.json().valueStream().map(p -> p.get("projectId").asString()).toList();
    }

    @Test
    void sourcingNeedsThreeCandidatesAnEstablishedProjectAndACompletePanel() {
        String submitted = draftAndSubmit(system(), client);
        Response notEstablished = client.post(system().commandUrl("/sourcings"), "hr", opening(submitted, vendors));
        assertThat(notEstablished.status()).isEqualTo(409);
        assertThat(notEstablished.json().get("rule").asString()).isEqualTo("sourcing.open.project-not-established");

        String projectId = establish(system(), client);
        awaitVendorStandings("ADMITTED");
        Response two = client.post(system().commandUrl("/sourcings"), "hr", opening(projectId, vendors.subList(0, 2)));
        assertThat(two.status()).isEqualTo(422);
        assertThat(two.json().get("rule").asString()).isEqualTo("sourcing.open.too-few-candidates");

        Map<String, Object> noFinance = opening(projectId, vendors);
        noFinance.put("panel", List.of(Map.of("user", "business2", "department", "BUSINESS"),
                Map.of("user", "hr2", "department", "HR"), Map.of("user", "legal2", "department", "LEGAL")));
        Response incomplete = client.post(system().commandUrl("/sourcings"), "procurement", noFinance);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.json().get("rule").asString()).isEqualTo("sourcing.open.panel-incomplete");

        Response byBusiness = client.post(system().commandUrl("/sourcings"), "business", opening(projectId, vendors));
        assertThat(byBusiness.status()).isEqualTo(403);
    }

    @Test
    void aRepeatedDraftAnswersWithTheSameProjectAndAnIncompleteFormNamesTheRule() {
        Map<String, Object> form = newForm();
        Response first = client.post(system().commandUrl("/projects"), "business", form);
        Response retry = client.post(system().commandUrl("/projects"), "business", form);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        Response sameIdOtherUser = client.post(system().commandUrl("/projects"), "business2", form);
        assertThat(sameIdOtherUser.status()).isEqualTo(409);

        Map<String, Object> core = newForm();
        core.put("nonCoreDeclaration", Map.of("notCoreBusiness", true, "notKeyTechnology", false,
                "notMainManagementFunction", true, "justification", "涉及核心算法"));
        Response refused = client.post(system().commandUrl("/projects"), "business", core);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asString()).isEqualTo("project.request.non-core-declaration-required");

        Map<String, Object> noBudget = newForm();
        noBudget.remove("budget");
        Response invalid = client.post(system().commandUrl("/projects"), "business", noBudget);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("budget");
    }

    @Test
    void aCancelledRoundIsFollowedByANewRoundUnderANewSourcingId() {
        String projectId = establish(system(), client);
        awaitVendorStandings("ADMITTED");
        String first = openedSourcing(projectId);
        Response byBusiness = client.post(system().commandUrl("/sourcings/" + first + "/cancellation"), "business",
                Map.of("reason", "流标"));
        assertThat(byBusiness.status()).isEqualTo(403);
        succeeded(client.post(system().commandUrl("/sourcings/" + first + "/cancellation"), "procurement",
                Map.of("reason", "流标：报价均超预算")));

        JsonNode between = awaitProject(system(), client, projectId, "ESTABLISHED");
        assertThat(between.get("cancelledSourcingIds").valueStream().map(JsonNode::asString)).containsExactly(first);
        assertThat(awaitQuery(system(), client, "/sourcings/" + first,
                s -> s.get("status").asString().equals("CANCELLED")).get("cancellationReason").asString())
                .isEqualTo("流标：报价均超预算");
        String second = openedSourcing(projectId);
        assertThat(second).isNotEqualTo(first);
        assertThat(awaitProject(system(), client, projectId, "SOURCING").get("sourcingId").asString()).isEqualTo(second);
        Response again = client.post(system().commandUrl("/sourcings/" + first + "/consolidation"), "procurement", Map.of());
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aProjectCancelledInSourcingCancelsItsSourcingAndTheAwardIsRefused() {
        String projectId = establish(system(), client);
        awaitVendorStandings("ADMITTED");
        String sourcingId = openedSourcing(projectId);
        for (String member : PANEL_USERS) {
            for (int v = 0; v < vendors.size(); v++) {
                succeeded(client.post(system().commandUrl("/sourcings/" + sourcingId + "/score-sheets"), member,
                        Map.of("vendorId", vendors.get(v), "scores", scores(BASES[v]), "comment", "独立评分")));
            }
        }
        succeeded(client.post(system().commandUrl("/sourcings/" + sourcingId + "/consolidation"), "procurement", Map.of()));
        succeeded(client.post(system().commandUrl("/projects/" + projectId + "/cancellation"), "business",
                Map.of("reason", "业务调整，需求取消")));

        Response award = client.post(system().commandUrl("/sourcings/" + sourcingId + "/award"), "procurement",
                Map.of("vendorId", vendors.get(1)));
        assertThat(award.status()).as(award.toString()).isEqualTo(409);
        assertThat(award.json().get("rule").asString())
                .isIn("sourcing.award.project-not-sourcing", "sourcing.award.not-consolidated");
        awaitQuery(system(), client, "/sourcings/" + sourcingId, s -> s.get("status").asString().equals("CANCELLED"));
        assertThat(awaitProject(system(), client, projectId, "CANCELLED").get("cancellationReason").asString())
                .isEqualTo("业务调整，需求取消");
        assertThat(countEvents(sourcingId, "SourcingAwarded")).isZero();
        assertThat(client.get(system().queryUrl("/contracts?projectId=" + projectId), "business").json()
                .get("items")).isEmpty();
    }

    @Test
    void aBlacklistedCandidateLeavesTheOpenSourcing() {
        String sanctioned = VendorSteps.registerAndAdmit(system(), client);
        List<String> candidates = List.of(vendors.get(0), vendors.get(1), vendors.get(2), sanctioned);
        SourcingSteps.awaitVendorStandings(system(), candidates, "ADMITTED");
        String projectId = establish(system(), client);
        Response opened = client.post(system().commandUrl("/sourcings"), "procurement", opening(projectId, candidates));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String sourcingId = opened.json().get("sourcingId").asString();

        succeeded(client.post(system().commandUrl("/vendors/" + sanctioned + "/blacklisting"), "legal",
                Map.of("reason", "围标串标", "evidenceRefs", List.of("LEGAL-2026-07"))));

        JsonNode after = awaitQuery(system(), client, "/sourcings/" + sourcingId,
                s -> s.get("removedCandidateVendorIds").size() == 1);
        assertThat(after.get("removedCandidateVendorIds").get(0).asString()).isEqualTo(sanctioned);
        assertThat(after.get("missingSheets").valueStream().map(m -> m.get("vendorId").asString()))
                .doesNotContain(sanctioned);
        Response sheet = client.post(system().commandUrl("/sourcings/" + sourcingId + "/score-sheets"), "hr2",
                Map.of("vendorId", sanctioned, "scores", scores(80), "comment", "评分"));
        assertThat(sheet.status()).isEqualTo(422);
        assertThat(sheet.json().get("rule").asString()).isEqualTo("sourcing.score-sheet.not-a-candidate");
    }

    /** Opened by procurement among the three vendors once the project is ESTABLISHED; answers the sourcing id. */
    private static String openedSourcing(String projectId) {
        Response opened = ContractSteps.eventually(
                () -> client.post(system().commandUrl("/sourcings"), "procurement", opening(projectId, vendors)),
                r -> r.status() == 201);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        awaitProject(system(), client, projectId, "SOURCING");
        return opened.json().get("sourcingId").asString();
    }

    private static final int[] BASES = {70, 85, 78};

    private static void assertThatLegal2SeesOnlyOwnSheetsBeforeScoring(String sourcingId) {
        awaitQuery(system(), client, "/sourcings/" + sourcingId, s -> s.get("sheets").size() == 6);
        JsonNode seenByLegal2 = client.get(system().queryUrl("/sourcings/" + sourcingId), "legal2").json();
        assertThat(seenByLegal2.get("otherSheetsHidden").asBoolean()).isTrue();
        assertThat(seenByLegal2.get("sheets")).isEmpty();
        assertThat(seenByLegal2.get("missingSheets").valueStream()
                .filter(s -> s.get("member").asString().equals("legal2"))).hasSize(3);
        JsonNode seenByHr2 = client.get(system().queryUrl("/sourcings/" + sourcingId), "hr2").json();
        assertThat(seenByHr2.get("sheets")).hasSize(6);
    }

    private static void awaitVendorStandings(String status) {
        SourcingSteps.awaitVendorStandings(system(), vendors, status);
    }

    private static long countEvents(String aggregateId, String simpleType) {
        return StoreTruth.of(system()).count(aggregateId, simpleType);
    }

    private static LedgerSystem system() {
        return ledger.system();
    }
}
