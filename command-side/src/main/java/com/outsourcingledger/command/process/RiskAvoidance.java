package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractCommand.RecommendTerminationForAvoidedRisk;
import com.outsourcingledger.api.risk.RiskEvent.RiskResponsePlanned;
import com.outsourcingledger.api.risk.RiskEvent.RiskReviewed;
import com.outsourcingledger.api.risk.RiskResponseStrategy;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * AVOID on a contract ends the outsourcing (§14, [004 九(二)]): when the owner of a risk registered on a contract
 * plans the response AVOID, or keeps or changes to it at a review, the contract is sent
 * {@code RecommendTerminationForAvoidedRisk}, naming the risk. The contract recommends once per risk and only while
 * it runs; a second AVOID (a later review, a redelivery) meets that refusal, which is logged.
 */
@Component
@ProcessingGroup(RiskAvoidance.PROCESSING_GROUP)
class RiskAvoidance {

    static final String PROCESSING_GROUP = "risk-avoidance";

    private final CommandGateway commands;

    RiskAvoidance(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(RiskResponsePlanned event) {
        recommend(event.riskId(), event.subjectKind(), event.subjectId(), event.strategy(), event.controls());
    }

    @EventHandler
    void on(RiskReviewed event) {
        recommend(event.riskId(), event.subjectKind(), event.subjectId(), event.strategy(), event.controls());
    }

    private void recommend(String riskId, RiskSubjectKind kind, String contractId, RiskResponseStrategy strategy,
                           String controls) {
        if (kind == RiskSubjectKind.CONTRACT && strategy == RiskResponseStrategy.AVOID) {
            ProcessCommands.send(commands, new RecommendTerminationForAvoidedRisk(contractId, riskId,
                    "Risk " + riskId + " is to be avoided: " + controls), getClass(), "risk " + riskId);
        }
    }
}
