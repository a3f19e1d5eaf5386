package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.CostBenefit;
import com.outsourcingledger.api.project.NonCoreDeclaration;
import com.outsourcingledger.api.project.ProjectCategory;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ProjectPeriod;
import com.outsourcingledger.api.project.ProjectRequest;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A project's history as the Project aggregate applies it, for planting: drafted, revised and submitted by BUSINESS
 * ({@code business1}), each approval step reviewed by a second user of its department, the final approval
 * establishing the project; each date in a payload the day its event was stored.
 */
final class ProjectPlanting {

    private static final Duration STEP = Duration.ofHours(1);

    private final String projectId;
    private final ZoneId zone;
    private final PlantedHistory history;
    private Instant at;
    private int round;

    private ProjectPlanting(String projectId, ZoneId zone, Instant start) {
        this.projectId = projectId;
        this.zone = zone;
        this.history = PlantedHistory.of("Project", projectId, start);
        this.at = start;
    }

    static ProjectPlanting drafted(String projectId, Instant at, ZoneId zone) {
        ProjectPlanting project = new ProjectPlanting(projectId, zone, at);
        project.history.by(Department.BUSINESS.name(), "business1");
        project.event(new ProjectDrafted(projectId, request(at.atZone(zone).toLocalDate()), "business1"));
        return project;
    }

    /** Drafted and submitted two weeks before, then approved step by step, an hour apart, up to {@code establishedAt}. */
    static ProjectPlanting established(String projectId, Instant establishedAt, ZoneId zone) {
        Instant firstReview = establishedAt.minus(STEP.multipliedBy(ApprovalStep.values().length - 1));
        return drafted(projectId, establishedAt.minus(Duration.ofDays(14)), zone)
                .submitted(establishedAt.minus(Duration.ofDays(13)))
                .approvedFrom(firstReview, ShamOutsourcingRisk.LOW);
    }

    ProjectPlanting submitted(Instant when) {
        round++;
        at = when;
        history.by(Department.BUSINESS.name(), "business1");
        return event(new ProjectSubmitted(projectId, "business1", day(), round));
    }

    ProjectPlanting revised(Instant when) {
        at = when;
        history.by(Department.BUSINESS.name(), "business1");
        return event(new ProjectRevised(projectId, request(day()), "business1"));
    }

    /** Every step approves, in order, an hour apart; HR assesses {@code risk}; MANAGEMENT's approval establishes. */
    ProjectPlanting approvedFrom(Instant firstReview, ShamOutsourcingRisk risk) {
        at = firstReview;
        for (ApprovalStep step : ApprovalStep.values()) {
            reviewed(step, ReviewOpinion.APPROVE, step == ApprovalStep.HR_COMPLIANCE ? risk : null);
            if (step.next() != null) {
                at = at.plus(STEP);
            }
        }
        return event(new ProjectEstablished(projectId, day()));
    }

    ProjectPlanting reviewed(ApprovalStep step, ReviewOpinion opinion, ShamOutsourcingRisk risk) {
        return reviewedAs(step, step.department(), opinion, risk);
    }

    /** A review of {@code step} recorded by a user of {@code department}. */
    ProjectPlanting reviewedAs(ApprovalStep step, Department department, ReviewOpinion opinion,
                               ShamOutsourcingRisk risk) {
        String reviewer = department.name().toLowerCase() + "2";
        history.by(department.name(), reviewer);
        return event(new ProjectReviewed(projectId, round, step, opinion, "意见：" + opinion, risk, reviewer,
                department, day()));
    }

    ProjectPlanting established() {
        return event(new ProjectEstablished(projectId, day()));
    }

    ProjectPlanting at(Instant instant) {
        at = instant;
        return this;
    }

    ProjectPlanting after(Duration duration) {
        at = at.plus(duration);
        return this;
    }

    List<AuditedEvent> events() {
        return history.events();
    }

    String eventId(int sequence) {
        return history.eventId(sequence);
    }

    private ProjectPlanting event(Object payload) {
        history.at(at).event(payload);
        return this;
    }

    private LocalDate day() {
        return at.atZone(zone).toLocalDate();
    }

    static ProjectRequest request(LocalDate draftedOn) {
        LocalDate start = draftedOn.plusMonths(3).withDayOfMonth(1);
        return new ProjectRequest("客服中心外包", "话务量季节性波动，自建团队成本高", "客户服务部", "王五",
                ProjectCategory.BPO, "一线话务接听，不含投诉处理与客户数据导出", "月度服务报告、通话质检记录",
                "接通率≥95%，首次解决率≥80%", new ProjectPeriod(start, start.plusYears(2).minusDays(1)), 40,
                Money.cny("2400000.00"), "客户服务部年度预算", Money.cny("120000.00"), "人员流动：要求供应商备岗",
                new CostBenefit(Money.cny("2400000.00"), Money.cny("3100000.00"), "两年节约70万元，约22%"),
                List.of("12个月内单次通话成本降低15%"), new NonCoreDeclaration(true, true, true, "话务接听为辅助性工作"));
    }
}
