package com.outsourcingledger.api.project;

import com.outsourcingledger.api.money.Money;

import java.util.List;

/**
 * The 劳务外包需求与立项申请表 as filed. It travels inside events, so it does not validate itself: the project
 * aggregate checks it against named rules when it is drafted or revised.
 */
public record ProjectRequest(String name, String background, String requestingDepartment, String projectLead,
                             ProjectCategory category, String scope, String deliverables, String preliminarySla,
                             ProjectPeriod period, int estimatedHeadcount, Money budget, String fundingSource,
                             Money riskReserve, String risks, CostBenefit costBenefit, List<String> smartGoals,
                             NonCoreDeclaration nonCoreDeclaration) {

    public ProjectScope scopeSummary() {
        return new ProjectScope(name, requestingDepartment, projectLead, category, scope, deliverables,
                preliminarySla, period, estimatedHeadcount, budget);
    }
}
