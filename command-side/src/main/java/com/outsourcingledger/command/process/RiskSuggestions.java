package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractEvent.ShamOutsourcingRiskAssessed;
import com.outsourcingledger.api.contract.ContractEvent.TerminationRecommended;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.input.DerivedIds;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectEvent.ProjectReviewed;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskCommand.SuggestRisk;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import com.outsourcingledger.api.risk.RiskSuggestionSource;
import com.outsourcingledger.api.signal.ShamSignalEvent.ShamSignalConfirmed;
import com.outsourcingledger.api.vendor.AnnualReviewOutcome;
import com.outsourcingledger.api.vendor.VendorEvent.AnnualReviewCompleted;
import com.outsourcingledger.api.vendor.VendorEvent.AnnualReviewOverdue;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import static com.outsourcingledger.api.risk.RiskSuggestionSource.*;

/**
 * Suggests a risk for the register (§14) from the events that show one: HR's MEDIUM or HIGH sham-outsourcing
 * assessment of a project (at its HR_COMPLIANCE review) or of a contract, a confirmed sham-outsourcing signal, a
 * vendor's annual review with concerns or overdue, and a contract's termination recommendation. The owner of the
 * category then assesses or dismisses it. Each suggestion's id is derived from its source event's identifier
 * ({@link #riskIdFor}), so a redelivery or a replay from the start suggests once. Left out, because another event
 * suggests the same risk already: a contract's re-assessment on a confirmed signal (the confirmation suggests it),
 * and a termination recommended on a confirmed signal or for an avoided risk (the latter would loop).
 */
@Component
@ProcessingGroup(RiskSuggestions.PROCESSING_GROUP)
class RiskSuggestions {

    static final String PROCESSING_GROUP = "risk-suggestions";

    private final CommandGateway commands;

    RiskSuggestions(CommandGateway commands) {
        this.commands = commands;
    }

    static String riskIdFor(String sourceEventId) {
        return DerivedIds.fit("risk-suggestion:" + sourceEventId);
    }

    @EventHandler
    void on(ShamOutsourcingRiskAssessed event, EventMessage<?> message) {
        if (serious(event.risk()) && event.occasion() != ShamRiskOccasion.SIGNAL_CONFIRMED) {
            suggest(message, RiskSubjectKind.CONTRACT, event.contractId(), RiskCategory.EMPLOYMENT,
                    "Sham-outsourcing risk " + event.risk() + " on contract " + event.contractId(), event.reasons(),
                    SHAM_ASSESSMENT);
        }
    }

    @EventHandler
    void on(ProjectReviewed event, EventMessage<?> message) {
        if (event.step() == ApprovalStep.HR_COMPLIANCE && serious(event.shamOutsourcingRisk())) {
            suggest(message, RiskSubjectKind.PROJECT, event.projectId(), RiskCategory.EMPLOYMENT,
                    "Sham-outsourcing risk " + event.shamOutsourcingRisk() + " on project " + event.projectId(),
                    event.comment(), SHAM_ASSESSMENT);
        }
    }

    @EventHandler
    void on(ShamSignalConfirmed event, EventMessage<?> message) {
        suggest(message, RiskSubjectKind.CONTRACT, event.contractId(), RiskCategory.EMPLOYMENT,
                "Sham-outsourcing signal " + event.type() + " confirmed on contract " + event.contractId(),
                event.explanation(), SHAM_SIGNAL_CONFIRMED);
    }

    @EventHandler
    void on(AnnualReviewCompleted event, EventMessage<?> message) {
        if (event.outcome() == AnnualReviewOutcome.CONCERNS) {
            suggest(message, RiskSubjectKind.VENDOR, event.vendorId(), RiskCategory.FINANCIAL,
                    "Annual review of vendor " + event.vendorId() + " concluded with concerns", event.notes(),
                    ANNUAL_REVIEW_CONCERNS);
        }
    }

    @EventHandler
    void on(AnnualReviewOverdue event, EventMessage<?> message) {
        suggest(message, RiskSubjectKind.VENDOR, event.vendorId(), RiskCategory.FINANCIAL,
                "Annual review of vendor " + event.vendorId() + " overdue since " + event.dueOn(), null,
                ANNUAL_REVIEW_OVERDUE);
    }

    @EventHandler
    void on(TerminationRecommended event, EventMessage<?> message) {
        if (event.riskId() == null && event.signalId() == null) {
            suggest(message, RiskSubjectKind.CONTRACT, event.contractId(), RiskCategory.OPERATIONAL,
                    "Termination of contract " + event.contractId() + " recommended (" + event.reason() + ")",
                    event.explanation(), TERMINATION_RECOMMENDED);
        }
    }

    private static boolean serious(ShamOutsourcingRisk risk) {
        return risk == ShamOutsourcingRisk.MEDIUM || risk == ShamOutsourcingRisk.HIGH;
    }

    private void suggest(EventMessage<?> source, RiskSubjectKind kind, String subjectId, RiskCategory category,
                         String title, String description, RiskSuggestionSource from) {
        String riskId = riskIdFor(source.getIdentifier());
        ProcessCommands.send(commands, new SuggestRisk(riskId, kind, subjectId, category, title, description, from,
                source.getIdentifier()), getClass(), "risk suggestion " + riskId);
    }
}
