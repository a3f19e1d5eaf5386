package com.outsourcingledger.command.project;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.project.CostBenefit;
import com.outsourcingledger.api.project.NonCoreDeclaration;
import com.outsourcingledger.api.project.ProjectCategory;
import com.outsourcingledger.api.project.ProjectPeriod;
import com.outsourcingledger.api.project.ProjectRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The 劳务外包需求与立项申请表 over HTTP. {@code projectId} is optional on drafting: a client that supplies one
 * can repeat the request safely. The business rules (period order, reserve within budget, the non-core
 * declaration) are the aggregate's, so a refused form names the rule it broke.
 */
record ProjectForm(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String projectId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String background,
        @NotBlank @Size(max = 200) String requestingDepartment,
        @NotBlank @Size(max = 100) String projectLead,
        @NotNull ProjectCategory category,
        @NotBlank @Size(max = 4000) String scope,
        @NotBlank @Size(max = 4000) String deliverables,
        @NotBlank @Size(max = 4000) String preliminarySla,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @Positive Integer estimatedHeadcount,
        @NotNull Money budget,
        @NotBlank @Size(max = 500) String fundingSource,
        @NotNull Money riskReserve,
        @NotBlank @Size(max = 4000) String risks,
        @NotNull @Valid CostBenefitForm costBenefit,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> smartGoals,
        @NotNull @Valid NonCoreForm nonCoreDeclaration) {

    record CostBenefitForm(@NotNull Money outsourcedCost, @NotNull Money inHouseCost,
                           @NotBlank @Size(max = 4000) String analysis) {
    }

    record NonCoreForm(boolean notCoreBusiness, boolean notKeyTechnology, boolean notMainManagementFunction,
                       @NotBlank @Size(max = 2000) String justification) {
    }

    ProjectRequest toRequest() {
        return new ProjectRequest(name, background, requestingDepartment, projectLead, category, scope, deliverables,
                preliminarySla, new ProjectPeriod(startsOn, endsOn), estimatedHeadcount, budget, fundingSource,
                riskReserve, risks,
                new CostBenefit(costBenefit.outsourcedCost(), costBenefit.inHouseCost(), costBenefit.analysis()),
                List.copyOf(smartGoals), new NonCoreDeclaration(nonCoreDeclaration.notCoreBusiness(),
                nonCoreDeclaration.notKeyTechnology(), nonCoreDeclaration.notMainManagementFunction(),
                nonCoreDeclaration.justification()));
    }
}
