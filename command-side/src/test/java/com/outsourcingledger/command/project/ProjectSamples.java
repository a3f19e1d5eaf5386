package com.outsourcingledger.command.project;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.CostBenefit;
import com.outsourcingledger.api.project.NonCoreDeclaration;
import com.outsourcingledger.api.project.ProjectCategory;
import com.outsourcingledger.api.project.ProjectEvent.ProjectDrafted;
import com.outsourcingledger.api.project.ProjectEvent.ProjectEstablished;
import com.outsourcingledger.api.project.ProjectEvent.ProjectReviewed;
import com.outsourcingledger.api.project.ProjectEvent.ProjectSubmitted;
import com.outsourcingledger.api.project.ProjectPeriod;
import com.outsourcingledger.api.project.ProjectRequest;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.wire.MetadataKeys;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fixed ids, a fixed clock in the client's zone, and the facts most project tests start from. */
final class ProjectSamples {

    static final String PROJECT_ID = "project-1";
    static final String SOURCING_ID = "sourcing-1";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    private ProjectSamples() {
    }

    static ProjectRequest request() {
        return new ProjectRequest("客服中心外包", "话务量季节性波动，自建团队成本高", "客户服务部", "王五",
                ProjectCategory.BPO, "一线话务接听，不含投诉处理与客户数据导出", "月度服务报告、通话质检记录",
                "接通率≥95%，首次解决率≥80%", new ProjectPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2028, 5, 31)),
                40, Money.cny("2400000.00"), "客户服务部年度预算", Money.cny("120000.00"), "人员流动：要求供应商备岗",
                new CostBenefit(Money.cny("2400000.00"), Money.cny("3100000.00"), "两年节约70万元，约22%"),
                List.of("12个月内单次通话成本降低15%"), new NonCoreDeclaration(true, true, true, "话务接听为辅助性工作"));
    }

    static ProjectDrafted drafted() {
        return new ProjectDrafted(PROJECT_ID, request(), "business");
    }

    static ProjectSubmitted submitted(int round) {
        return new ProjectSubmitted(PROJECT_ID, "business", TODAY, round);
    }

    static ProjectReviewed approved(ApprovalStep step) {
        return reviewed(1, step, ReviewOpinion.APPROVE,
                step == ApprovalStep.HR_COMPLIANCE ? ShamOutsourcingRisk.LOW : null);
    }

    static ProjectReviewed reviewed(int round, ApprovalStep step, ReviewOpinion opinion, ShamOutsourcingRisk risk) {
        return new ProjectReviewed(PROJECT_ID, round, step, opinion, "意见：" + opinion, risk, reviewer(step),
                step.department(), TODAY);
    }

    /** The second user of the step's department: the first one drafted in the BUSINESS samples. */
    static String reviewer(ApprovalStep step) {
        return step.department().name().toLowerCase() + "2";
    }

    static Object[] submittedAndApprovedUpTo(ApprovalStep lastApproved) {
        List<Object> events = new ArrayList<>(List.of(drafted(), submitted(1)));
        for (ApprovalStep step = ApprovalStep.first(); lastApproved != null; step = step.next()) {
            events.add(approved(step));
            if (step == lastApproved) {
                break;
            }
        }
        return events.toArray();
    }

    static Object[] established() {
        return with(submittedAndApprovedUpTo(ApprovalStep.MANAGEMENT_FINAL), new ProjectEstablished(PROJECT_ID, TODAY));
    }

    static Object[] with(Object[] earlier, Object... later) {
        List<Object> events = new ArrayList<>(List.of(earlier));
        events.addAll(List.of(later));
        return events.toArray();
    }

    static Map<String, Object> actingAs(String user, Department department) {
        return Map.of(MetadataKeys.USER, user, MetadataKeys.DEPARTMENT, department.name());
    }
}
