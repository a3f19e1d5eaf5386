package com.outsourcingledger.command.project;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.project.CostBenefit;
import com.outsourcingledger.api.project.ProjectRequest;
import com.outsourcingledger.api.refusal.Refusal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The 立项 form's rules, checked whenever a request is drafted or revised; each names what is missing. */
final class RequestRules {

    private static final Map<String, Function<ProjectRequest, String>> REQUIRED_TEXT = new LinkedHashMap<>();

    static {
        REQUIRED_TEXT.put("name", ProjectRequest::name);
        REQUIRED_TEXT.put("background", ProjectRequest::background);
        REQUIRED_TEXT.put("requesting-department", ProjectRequest::requestingDepartment);
        REQUIRED_TEXT.put("project-lead", ProjectRequest::projectLead);
        REQUIRED_TEXT.put("scope", ProjectRequest::scope);
        REQUIRED_TEXT.put("deliverables", ProjectRequest::deliverables);
        REQUIRED_TEXT.put("preliminary-sla", ProjectRequest::preliminarySla);
        REQUIRED_TEXT.put("funding-source", ProjectRequest::fundingSource);
        REQUIRED_TEXT.put("risks", ProjectRequest::risks);
    }

    private RequestRules() {
    }

    static void requireComplete(ProjectRequest request) {
        if (request == null) {
            throw violation("request-required", "A project is drafted with its request form");
        }
        REQUIRED_TEXT.forEach((field, value) -> {
            if (Refusal.isBlank(value.apply(request))) {
                throw violation(field + "-required", "The request form needs its " + field.replace('-', ' '));
            }
        });
        if (request.category() == null) {
            throw violation("category-required", "Name the outsourcing category: IT, BPO or HR");
        }
        if (request.period() == null || request.period().startsOn() == null || request.period().endsOn() == null
                || !request.period().endsOn().isAfter(request.period().startsOn())) {
            throw violation("invalid-period", "The project period runs from a start date to a later end date");
        }
        if (request.estimatedHeadcount() <= 0) {
            throw violation("headcount-required", "Estimate the headcount the work needs (at least 1)");
        }
        if (!positive(request.budget())) {
            throw violation("budget-required", "The request states a positive budget");
        }
        requireRiskReserve(request.budget(), request.riskReserve());
        requireCostBenefit(request.costBenefit());
        if (request.smartGoals() == null || request.smartGoals().isEmpty()
                || request.smartGoals().stream().anyMatch(Refusal::isBlank)) {
            throw violation("smart-goals-required", "State at least one SMART goal, none of them blank");
        }
        if (request.nonCoreDeclaration() == null || !request.nonCoreDeclaration().declaresAll()
                || Refusal.isBlank(request.nonCoreDeclaration().justification())) {
            throw violation("non-core-declaration-required", "Core business, key technology and main management"
                    + " functions may not be outsourced: declare all three excluded and justify why the work is"
                    + " auxiliary");
        }
    }

    private static void requireRiskReserve(Money budget, Money reserve) {
        if (reserve == null || reserve.amount().signum() < 0 || !reserve.currency().equals(budget.currency())
                || reserve.amount().compareTo(budget.amount()) > 0) {
            throw violation("invalid-risk-reserve", "The budget includes a risk reserve (风险准备金) between zero and"
                    + " the budget, in the budget's currency");
        }
    }

    private static void requireCostBenefit(CostBenefit costBenefit) {
        if (costBenefit == null || costBenefit.outsourcedCost() == null || costBenefit.inHouseCost() == null
                || costBenefit.outsourcedCost().amount().signum() < 0 || costBenefit.inHouseCost().amount().signum() < 0
                || Refusal.isBlank(costBenefit.analysis())) {
            throw violation("cost-benefit-required", "Compare the outsourced cost with the in-house cost and"
                    + " explain the analysis");
        }
    }

    private static boolean positive(Money money) {
        return money != null && money.amount().signum() > 0;
    }

    private static Refusal violation(String rule, String detail) {
        return Refusal.unprocessable("project.request." + rule, detail);
    }
}
