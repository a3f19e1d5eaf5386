package com.outsourcingledger.system;

import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.system.LedgerClient.Response;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The project acts end-to-end tests take over HTTP, as the departments would. */
final class ProjectSteps {

    private ProjectSteps() {
    }

    static Map<String, Object> newForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("projectId", "project-" + UUID.randomUUID());
        form.put("name", "客服中心话务外包");
        form.put("background", "话务量季节性波动，自建团队成本高");
        form.put("requestingDepartment", "客户服务部");
        form.put("projectLead", "王五");
        form.put("category", "BPO");
        form.put("scope", "一线话务接听，不含投诉处理与客户数据导出");
        form.put("deliverables", "月度服务报告、通话质检记录");
        form.put("preliminarySla", "接通率≥95%，首次解决率≥80%");
        form.put("startsOn", LocalDate.of(2026, 7, 1).toString());
        form.put("endsOn", LocalDate.of(2028, 6, 30).toString());
        form.put("estimatedHeadcount", 40);
        form.put("budget", Map.of("amount", "2400000.00", "currency", "CNY"));
        form.put("fundingSource", "客户服务部年度预算");
        form.put("riskReserve", Map.of("amount", "120000.00", "currency", "CNY"));
        form.put("risks", "人员流动：要求供应商备岗");
        form.put("costBenefit", Map.of("outsourcedCost", Map.of("amount", "2400000.00", "currency", "CNY"),
                "inHouseCost", Map.of("amount", "3100000.00", "currency", "CNY"), "analysis", "两年节约70万元"));
        form.put("smartGoals", List.of("12个月内单次通话成本降低15%"));
        form.put("nonCoreDeclaration", Map.of("notCoreBusiness", true, "notKeyTechnology", true,
                "notMainManagementFunction", true, "justification", "话务接听为辅助性工作"));
        return form;
    }

    static String draftAndSubmit(LedgerSystem system, LedgerClient client) {
        Response drafted = client.post(system.commandUrl("/projects"), "business", newForm());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String projectId = drafted.json().get("projectId").asString();
        succeeded(client.post(system.commandUrl("/projects/" + projectId + "/submission"), "business", Map.of()));
        return projectId;
    }

    static Response review(LedgerSystem system, LedgerClient client, String projectId, String user, ApprovalStep step,
                           String opinion, String risk) {
        Map<String, Object> body = new HashMap<>(Map.of("step", step.name(), "opinion", opinion, "comment", "意见：" + opinion));
        if (risk != null) {
            body.put("shamOutsourcingRisk", risk);
        }
        return client.post(system.commandUrl("/projects/" + projectId + "/reviews"), user, body);
    }

    /** Drafted and submitted by {@code business}; approved by hr, finance, legal, management and business2. */
    static String establish(LedgerSystem system, LedgerClient client) {
        String projectId = draftAndSubmit(system, client);
        for (ApprovalStep step : ApprovalStep.values()) {
            String user = step == ApprovalStep.BUSINESS_HEAD ? "business2" : step.department().name().toLowerCase();
            succeeded(review(system, client, projectId, user, step, "APPROVE",
                    step == ApprovalStep.HR_COMPLIANCE ? "LOW" : null));
        }
        return projectId;
    }

    static JsonNode awaitQuery(LedgerSystem system, LedgerClient client, String path, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = client.get(system.queryUrl(path), "audit");
            if (last.status() == 200 && condition.test(last.json())) {
                return last.json();
            }
            sleep(50);
        }
        throw new AssertionError("query-side never showed the expected state at " + path + "; last: " + last);
    }

    static JsonNode awaitProject(LedgerSystem system, LedgerClient client, String projectId, String status) {
        return awaitQuery(system, client, "/projects/" + projectId, p -> p.get("status").asString().equals(status));
    }

    static void succeeded(Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201, 204);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
