package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractCommand.AssessShamOutsourcingRisk;
import com.outsourcingledger.api.contract.ContractCommand.IssueRectificationNotice;
import com.outsourcingledger.api.contract.ContractCommand.RecommendTerminationForRiskAvoidance;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.input.DerivedIds;
import com.outsourcingledger.api.signal.ShamSignalEvent.ShamSignalConfirmed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Carries a confirmed sham-outsourcing signal to its contract (§13): always the contract's risk as HR re-assessed it
 * on the confirmation (SIGNAL_CONFIRMED, naming the signal); then by the response, RECTIFICATION opens a COMPLIANCE
 * rectification notice (id {@code sham-signal:<signalId>}, due in the policy's rectification days as the settlement
 * process's notices are), TERMINATION recommends termination for RISK_AVOIDANCE, and AMENDMENT takes nothing more
 * here: BUSINESS proposes the restructuring amendment through the contract's own amendment flow, co-reviewed as any.
 * A stateless component (one event decides everything), in its own processing group; each step is refused on a
 * redelivery by the contract itself (assessed, noticed or recommended once per signal).
 */
@Component
@ProcessingGroup(ShamSignalConsequences.PROCESSING_GROUP)
class ShamSignalConsequences {

    static final String PROCESSING_GROUP = "sham-signal-consequences";

    private final CommandGateway commands;
    private final Clock clock;

    ShamSignalConsequences(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    static String noticeIdFor(String signalId) {
        return DerivedIds.fit("sham-signal:" + signalId);
    }

    @EventHandler
    void on(ShamSignalConfirmed event) {
        String subject = "signal " + event.signalId() + " of contract " + event.contractId();
        ProcessCommands.send(commands, new AssessShamOutsourcingRisk(event.contractId(), event.reassessedRisk(),
                ShamRiskOccasion.SIGNAL_CONFIRMED, event.signalId(), event.explanation()), getClass(), subject);
        switch (event.response()) {
            case RECTIFICATION -> ProcessCommands.send(commands, new IssueRectificationNotice(event.contractId(),
                    noticeIdFor(event.signalId()), null, "Sham-outsourcing signal " + event.signalId() + " ("
                    + event.type() + ") confirmed: " + event.explanation(),
                    LocalDate.now(clock).plusDays(SettlementProcess.RECTIFICATION_DAYS),
                    RectificationTrigger.COMPLIANCE, false, List.of()), getClass(), subject);
            case TERMINATION -> ProcessCommands.send(commands, new RecommendTerminationForRiskAvoidance(
                    event.contractId(), event.signalId(), event.explanation()), getClass(), subject);
            case AMENDMENT -> {
                // the amendment is BUSINESS's to propose through the amendment flow; the re-assessment above is all
            }
        }
    }
}
