package com.outsourcingledger.command.signal;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.SignalRuleCodes;
import com.outsourcingledger.api.signal.ShamSignalCommand.*;
import com.outsourcingledger.api.signal.ShamSignalEvent.*;
import com.outsourcingledger.api.signal.ShamSignalStatus;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static com.outsourcingledger.api.signal.ShamSignalStatus.OPEN;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A sham-outsourcing (假外包、真派遣) sign on one contract (§13): raised by the detection process from the events it was
 * seen in, then triaged by HR once LEGAL has given its opinion: dismissed with a reason, or confirmed with a response
 * and the contract's risk as re-assessed (the consequence process carries both to the contract).
 */
@Aggregate(cache = "shamSignalCache")
class ShamSignal {

    private static final List<Department> LEGAL = List.of(Department.LEGAL);
    private static final List<Department> HR = List.of(Department.HR);

    @AggregateIdentifier
    private String signalId;
    private String contractId;
    private String vendorId;
    private ShamSignalType type;
    private ShamSignalStatus status;
    private boolean legalOpinion;

    /** The id is derived from the source event: a second raise of the same id is a redelivery, refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RaiseShamSignal command, SettlementContracts contracts) {
        if (status != null) {
            throw Refusal.conflict(SignalRuleCodes.RAISE_ALREADY_RAISED,
                    "The sham-outsourcing signal " + signalId + " was already raised");
        }
        if (Refusal.isBlank(command.contractId()) || command.type() == null || command.sources() == null
                || command.sources().isEmpty()) {
            throw Refusal.unprocessable(SignalRuleCodes.RAISE_INCOMPLETE,
                    "A signal names its contract, its type and the events it was raised from");
        }
        ContractFacts contract = contracts.factsOf(command.contractId()).orElseThrow(() -> Refusal.notFound(
                SignalRuleCodes.RAISE_CONTRACT_UNKNOWN, "No contract " + command.contractId()));
        apply(new ShamSignalRaised(command.signalId(), command.contractId(), contract.vendorId(),
                contract.projectId(), command.type(), command.description(), List.copyOf(command.sources())));
    }

    @CommandHandler
    void handle(RecordLegalOpinionOnSignal command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(SignalRuleCodes.LEGAL_OPINION_WRONG_DEPARTMENT, "legal opinion", department, LEGAL);
        Refusal.requireStatus(SignalRuleCodes.LEGAL_OPINION_WRONG_STATUS, subject(), status, "legal opinion", OPEN);
        Refusal.requireText(SignalRuleCodes.LEGAL_OPINION_TEXT_REQUIRED, command.opinion(), "LEGAL states its opinion");
        apply(new ShamSignalLegalOpinionRecorded(signalId, contractId, command.opinion()));
    }

    @CommandHandler
    void handle(DismissShamSignal command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(SignalRuleCodes.DISMISSAL_WRONG_DEPARTMENT, "dismissal", department, HR);
        Refusal.requireStatus(SignalRuleCodes.DISMISSAL_WRONG_STATUS, subject(), status, "dismissal", OPEN);
        requireLegalOpinion(SignalRuleCodes.DISMISSAL_LEGAL_OPINION_MISSING, "dismissed");
        Refusal.requireText(SignalRuleCodes.DISMISSAL_REASON_REQUIRED, command.reason(),
                "A dismissal states its reason");
        apply(new ShamSignalDismissed(signalId, contractId, vendorId, command.reason()));
    }

    @CommandHandler
    void handle(ConfirmShamSignal command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(SignalRuleCodes.CONFIRMATION_WRONG_DEPARTMENT, "confirmation", department, HR);
        Refusal.requireStatus(SignalRuleCodes.CONFIRMATION_WRONG_STATUS, subject(), status, "confirmation", OPEN);
        requireLegalOpinion(SignalRuleCodes.CONFIRMATION_LEGAL_OPINION_MISSING, "confirmed");
        if (command.response() == null) {
            throw Refusal.unprocessable(SignalRuleCodes.CONFIRMATION_RESPONSE_REQUIRED,
                    "A confirmation states its response: RECTIFICATION, AMENDMENT or TERMINATION");
        }
        Refusal.requireText(SignalRuleCodes.CONFIRMATION_EXPLANATION_REQUIRED, command.explanation(),
                "A confirmation states its explanation");
        if (command.reassessedRisk() == null) {
            throw Refusal.unprocessable(SignalRuleCodes.CONFIRMATION_RISK_REQUIRED,
                    "A confirmation re-assesses the contract's sham-outsourcing risk as LOW, MEDIUM or HIGH");
        }
        apply(new ShamSignalConfirmed(signalId, contractId, vendorId, type, command.response(),
                command.explanation(), command.reassessedRisk()));
    }

    private void requireLegalOpinion(String rule, String act) {
        if (!legalOpinion) {
            throw Refusal.conflict(rule, subject() + " is " + act + " only after LEGAL's opinion is recorded");
        }
    }

    private String subject() {
        return "Sham-outsourcing signal " + signalId;
    }

    @EventSourcingHandler
    void on(ShamSignalRaised event) {
        signalId = event.signalId();
        contractId = event.contractId();
        vendorId = event.vendorId();
        type = event.type();
        status = OPEN;
    }

    @EventSourcingHandler
    void on(ShamSignalLegalOpinionRecorded event) {
        legalOpinion = true;
    }

    @EventSourcingHandler
    void on(ShamSignalDismissed event) {
        status = ShamSignalStatus.DISMISSED;
    }

    @EventSourcingHandler
    void on(ShamSignalConfirmed event) {
        status = ShamSignalStatus.CONFIRMED;
    }

    ShamSignal() {
        // for Axon: the state is rebuilt from events
    }
}
