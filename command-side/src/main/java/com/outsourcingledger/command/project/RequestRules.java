package com.outsourcingledger.command.project;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.project.CostBenefit;
import com.outsourcingledger.api.project.ProjectRequest;
import com.outsourcingledger.api.refusal.ProjectRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;

import java.util.List;
import java.util.function.Function;

/** The 立项 form's rules, checked whenever a request is drafted or revised; each names what is missing. */
final class RequestRules {

    /** A text the form must fill: the rule its absence breaks, and the field as the detail names it. */
    private record RequiredText(String rule, String field, Function<ProjectRequest, String> value) {
    }

    private static final List<RequiredText> REQUIRED_TEXT = List.of(
            new RequiredText(ProjectRuleCodes.REQUEST_NAME_REQUIRED, "name", ProjectRequest::name),
            new RequiredText(ProjectRuleCodes.REQUEST_BACKGROUND_REQUIRED, "background", ProjectRequest::background),
            new RequiredText(ProjectRuleCodes.REQUEST_REQUESTING_DEPARTMENT_REQUIRED, "requesting-department",
                    ProjectRequest::requestingDepartment),
            new RequiredText(ProjectRuleCodes.REQUEST_PROJECT_LEAD_REQUIRED, "project-lead",
                    ProjectRequest::projectLead),
            new RequiredText(ProjectRuleCodes.REQUEST_SCOPE_REQUIRED, "scope", ProjectRequest::scope),
            new RequiredText(ProjectRuleCodes.REQUEST_DELIVERABLES_REQUIRED, "deliverables",
                    ProjectRequest::deliverables),
            new RequiredText(ProjectRuleCodes.REQUEST_PRELIMINARY_SLA_REQUIRED, "preliminary-sla",
                    ProjectRequest::preliminarySla),
            new RequiredText(ProjectRuleCodes.REQUEST_FUNDING_SOURCE_REQUIRED, "funding-source",
                    ProjectRequest::fundingSource),
            new RequiredText(ProjectRuleCodes.REQUEST_RISKS_REQUIRED, "risks", ProjectRequest::risks));

    private RequestRules() {
    }

    static void requireComplete(ProjectRequest request) {
        if (request == null) {
            throw violation(ProjectRuleCodes.REQUEST_REQUEST_REQUIRED, "A project is drafted with its request form");
        }
        REQUIRED_TEXT.forEach(required -> {
            if (Refusal.isBlank(required.value().apply(request))) {
                throw violation(required.rule(), "The request form needs its " + required.field().replace('-', ' '));
            }
        });
        if (request.category() == null) {
            throw violation(ProjectRuleCodes.REQUEST_CATEGORY_REQUIRED, "Name the outsourcing category: IT, BPO or HR");
        }
        if (request.period() == null || request.period().startsOn() == null || request.period().endsOn() == null
                || !request.period().endsOn().isAfter(request.period().startsOn())) {
            throw violation(ProjectRuleCodes.REQUEST_INVALID_PERIOD,
                    "The project period runs from a start date to a later end date");
        }
        if (request.estimatedHeadcount() <= 0) {
            throw violation(ProjectRuleCodes.REQUEST_HEADCOUNT_REQUIRED,
                    "Estimate the headcount the work needs (at least 1)");
        }
        if (!positive(request.budget())) {
            throw violation(ProjectRuleCodes.REQUEST_BUDGET_REQUIRED, "The request states a positive budget");
        }
        requireRiskReserve(request.budget(), request.riskReserve());
        requireCostBenefit(request.costBenefit());
        if (request.smartGoals() == null || request.smartGoals().isEmpty()
                || request.smartGoals().stream().anyMatch(Refusal::isBlank)) {
            throw violation(ProjectRuleCodes.REQUEST_SMART_GOALS_REQUIRED,
                    "State at least one SMART goal, none of them blank");
        }
        if (request.nonCoreDeclaration() == null || !request.nonCoreDeclaration().declaresAll()
                || Refusal.isBlank(request.nonCoreDeclaration().justification())) {
            throw violation(ProjectRuleCodes.REQUEST_NON_CORE_DECLARATION_REQUIRED,
                    "Core business, key technology and main management"
                    + " functions may not be outsourced: declare all three excluded and justify why the work is"
                    + " auxiliary");
        }
    }

    private static void requireRiskReserve(Money budget, Money reserve) {
        if (reserve == null || reserve.amount().signum() < 0 || !reserve.currency().equals(budget.currency())
                || reserve.amount().compareTo(budget.amount()) > 0) {
            throw violation(ProjectRuleCodes.REQUEST_INVALID_RISK_RESERVE,
                    "The budget includes a risk reserve (风险准备金) between zero and"
                    + " the budget, in the budget's currency");
        }
    }

    private static void requireCostBenefit(CostBenefit costBenefit) {
        if (costBenefit == null || costBenefit.outsourcedCost() == null || costBenefit.inHouseCost() == null
                || costBenefit.outsourcedCost().amount().signum() < 0 || costBenefit.inHouseCost().amount().signum() < 0
                || Refusal.isBlank(costBenefit.analysis())) {
            throw violation(ProjectRuleCodes.REQUEST_COST_BENEFIT_REQUIRED,
                    "Compare the outsourced cost with the in-house cost and"
                    + " explain the analysis");
        }
    }

    private static boolean positive(Money money) {
        return money != null && money.amount().signum() > 0;
    }

    private static Refusal violation(String rule, String detail) {
        return Refusal.unprocessable(rule, detail);
    }
}
