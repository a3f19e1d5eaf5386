package com.outsourcingledger.command.signal;

import com.outsourcingledger.api.compliance.ComplianceCheckEvent.EmploymentComplianceViolationFound;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementRequested;
import com.outsourcingledger.command.lookup.SettlementContracts;
import com.outsourcingledger.command.lookup.WorkerCredentials;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.signal.ShamSignalType.*;
import static com.outsourcingledger.command.lookup.EventSources.sourceOf;

/**
 * Raises the sham-outsourcing signals one event shows by itself (§13), naming that event (and, for a worker, the
 * filing) as the source. A stateless tracking component rather than a saga: each signal is decided from its event
 * and what the event's own aggregate held before it, read from the store; the labor-dispatch permit, which joins a
 * vendor's events to its running contracts, is {@link DispatchPermitSaga}'s. Its own processing group, so a signal
 * waits for nothing else and a replay from the start raises nothing twice (the ids are the events').
 */
@Component
@ProcessingGroup(ShamSignalDetector.PROCESSING_GROUP)
class ShamSignalDetector {

    static final String PROCESSING_GROUP = "sham-signal-detection";
    private static final Set<FeeModel> LABOR_PRICED = EnumSet.of(FeeModel.PER_HEAD, FeeModel.TIME_AND_MATERIAL);

    private final CommandGateway commands;
    private final WorkerCredentials workers;
    private final SettlementContracts contracts;

    ShamSignalDetector(CommandGateway commands, WorkerCredentials workers, SettlementContracts contracts) {
        this.commands = commands;
        this.workers = workers;
        this.contracts = contracts;
    }

    @EventHandler
    void on(ContractDrafted event, DomainEventMessage<?> message) {
        pricing(event.contractId(), event.content(), message);
    }

    @EventHandler
    void on(ContractDraftRevised event, DomainEventMessage<?> message) {
        pricing(event.contractId(), event.content(), message);
    }

    @EventHandler
    void on(ContractAmended event, DomainEventMessage<?> message) {
        pricing(event.contractId(), event.content(), message);
    }

    /** A settlement of a contract priced per head or hour is priced per worker-month: raised at each settlement. */
    @EventHandler
    void on(SettlementRequested event, DomainEventMessage<?> message) {
        contracts.factsOf(event.contractId()).filter(facts -> LABOR_PRICED.contains(facts.feeModel()))
                .ifPresent(facts -> raise(PER_HEAD_PRICING, event.contractId(), "Settlement " + event.settlementId()
                        + " for " + event.period() + " is priced " + facts.feeModel() + ", per head or hour",
                        message));
    }

    @EventHandler
    void on(InstructionIssuedToVendor event, DomainEventMessage<?> message) {
        if (!event.addressedToSiteLead()) {
            raise(INSTRUCTION_NOT_TO_SITE_LEAD, event.contractId(), "Instruction " + event.instructionId()
                    + " was given to " + event.addressee() + ", not the vendor's site lead", message);
        }
    }

    @EventHandler
    void on(RuleViolationReportedToVendor event, DomainEventMessage<?> message) {
        if (!event.addressedToSiteLead()) {
            raise(VIOLATION_REPORT_NOT_TO_SITE_LEAD, event.contractId(), "Rule-violation report " + event.reportId()
                    + " went to " + event.addressee() + ", not the vendor's site lead", message);
        }
    }

    @EventHandler
    void on(WorkerInductionRefused event, DomainEventMessage<?> message) {
        raise(INDUCTION_OUTSIDE_TOPICS, event.contractId(), "An induction of worker " + event.workerId()
                + " was asked for outside the allowed topics: " + event.disallowedTopics(), message);
    }

    @EventHandler
    void on(AccessGranted event, DomainEventMessage<?> message) {
        unbadged(event.workerId(), "access " + event.grantId() + " to " + event.resource(), message);
    }

    @EventHandler
    void on(AssetIssued event, DomainEventMessage<?> message) {
        unbadged(event.workerId(), "asset " + event.assetId() + " (" + event.description() + ")", message);
    }

    @EventHandler
    void on(SocialInsuranceProofLapsed event, DomainEventMessage<?> message) {
        raise(LAPSED_SOCIAL_INSURANCE, event.contractId(), "The social-insurance proof of worker " + event.workerId()
                + " covers " + event.lastCoveredMonth() + " at the latest", message);
    }

    @EventHandler
    void on(EmploymentComplianceViolationFound event, DomainEventMessage<?> message) {
        raise(COMPLIANCE_VIOLATION, event.contractId(), "Compliance check " + event.checkId() + " found "
                + event.kind() + ": " + event.findings(), message);
    }

    private void pricing(String contractId, ContractContent content, DomainEventMessage<?> message) {
        if (content != null && LABOR_PRICED.contains(content.feeModel())) {
            raise(PER_HEAD_PRICING, contractId, "The fee model " + content.feeModel()
                    + " prices heads or hours rather than results", message);
        }
    }

    /** Something given to a worker without a badge and email suffix yet: the worker's filing is a source too. */
    private void unbadged(String workerId, String given, DomainEventMessage<?> message) {
        workers.before(workerId, message.getSequenceNumber()).filter(credential -> !credential.badged())
                .ifPresent(credential -> SignalRaising.raise(commands, SignalRaising.signalIdOf(
                                WORKER_WITHOUT_PROOFS_OR_BADGE, message.getIdentifier()), credential.contractId(),
                        WORKER_WITHOUT_PROOFS_OR_BADGE,
                        "Worker " + workerId + " was given " + given + " before a badge and email suffix",
                        List.of(sourceOf(message), credential.filing())));
    }

    private void raise(ShamSignalType type, String contractId, String description, DomainEventMessage<?> message) {
        SignalRaising.raise(commands, SignalRaising.signalIdOf(type, message.getIdentifier()), contractId, type,
                description, List.of(sourceOf(message)));
    }
}
