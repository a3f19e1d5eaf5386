package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.ProposeAmendment;
import com.outsourcingledger.api.contract.ContractCommand.RecordAmendmentApproval;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.AmendmentApprovalRecorded;
import com.outsourcingledger.api.contract.ContractEvent.AmendmentProposed;
import com.outsourcingledger.api.contract.ContractEvent.AmendmentRejected;
import com.outsourcingledger.api.contract.ContractEvent.ContractAmended;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.api.refusal.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.contract.ContractStatus.*;
import static com.outsourcingledger.command.contract.ContractRules.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Amendments (补充协议) of a signed contract: one pending at a time, in force once LEGAL and FINANCE approve. After
 * signing, this is the only way to change the contract's text, amount (in its own currency) or SLA metrics.
 */
class Amendments {

    static final Set<Department> APPROVERS = EnumSet.of(Department.LEGAL, Department.FINANCE);

    private record Pending(String amendmentId, String proposedBy, String changeDescription, ContractContent content,
                           List<SlaMetric> slas, Set<Department> approvals) {
    }

    private final Contract contract;
    private Pending pending;

    Amendments(Contract contract) {
        this.contract = contract;
    }

    @CommandHandler
    void handle(ProposeAmendment command) {
        requireStatus(ContractRuleCodes.AMENDMENT_WRONG_STATUS, contract.id(), contract.status(), "amendment", SIGNED,
                ACTIVE, SUSPENDED);
        requireText(ContractRuleCodes.AMENDMENT_AMENDMENT_ID_REQUIRED, "amendment", "amendment-id",
                command.amendmentId());
        requireText(ContractRuleCodes.AMENDMENT_CHANGE_DESCRIPTION_REQUIRED, "amendment", "change-description",
                command.changeDescription());
        if (pending != null) {
            throw Refusal.conflict(ContractRuleCodes.AMENDMENT_ALREADY_PENDING,
                    "Amendment " + pending.amendmentId() + " awaits approval; conclude it first");
        }
        ContractContent amended = command.content() == null ? null
                : ContractContents.checked(ContractContents.AMENDMENT, command.content());
        if (amended != null) {
            ContractContents.requireCurrency(ContractRuleCodes.AMENDMENT_CURRENCY_MISMATCH, contract.content(),
                    amended.amount(), "amended amount");
        }
        List<SlaMetric> slas = ContractContents.checkedSlas(command.slas(), contract.content());
        apply(new AmendmentProposed(contract.id(), command.amendmentId(), command.changeDescription(), amended,
                slas));
    }

    @CommandHandler
    void handle(RecordAmendmentApproval command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department,
                @MetaDataValue(MetadataKeys.USER) String user) {
        Department approver = requireDepartment(ContractRuleCodes.AMENDMENT_APPROVAL_WRONG_DEPARTMENT,
                "amendment-approval", department, APPROVERS);
        if (pending == null || !pending.amendmentId().equals(command.amendmentId())) {
            throw Refusal.notFound(ContractRuleCodes.AMENDMENT_NOT_FOUND,
                    "Contract " + contract.id() + " has no pending amendment " + command.amendmentId());
        }
        Refusal.requireNotAuthor(ContractRuleCodes.AMENDMENT_APPROVAL_OWN_DRAFT, "amendment-approval", user,
                pending.proposedBy() == null ? Set.of() : Set.of(pending.proposedBy()));
        if (pending.approvals().contains(approver)) {
            throw Refusal.conflict(ContractRuleCodes.AMENDMENT_APPROVAL_ALREADY_GIVEN,
                    approver + " has already approved amendment " + command.amendmentId());
        }
        if (command.opinion() == null) {
            throw Refusal.unprocessable(ContractRuleCodes.AMENDMENT_APPROVAL_OPINION_REQUIRED,
                    "State APPROVE or REJECT");
        }
        if (command.opinion() == ReviewOpinion.REJECT) {
            requireText(ContractRuleCodes.AMENDMENT_APPROVAL_REASONS_REQUIRED, "amendment-approval", "reasons",
                    command.comments());
        }
        apply(new AmendmentApprovalRecorded(contract.id(), command.amendmentId(), approver, command.opinion(),
                command.comments()));
        if (command.opinion() == ReviewOpinion.REJECT) {
            apply(new AmendmentRejected(contract.id(), command.amendmentId(), approver, command.comments()));
        } else if (pending.approvals().containsAll(APPROVERS)) {
            apply(new ContractAmended(contract.id(), pending.amendmentId(), contract.version() + 1,
                    pending.changeDescription(), pending.content() == null ? contract.content() : pending.content(),
                    pending.slas()));
        }
    }

    @EventSourcingHandler
    void on(AmendmentProposed event, @MetaDataValue(MetadataKeys.USER) String user) {
        pending = new Pending(event.amendmentId(), user, event.changeDescription(), event.content(), event.slas(),
                EnumSet.noneOf(Department.class));
    }

    @EventSourcingHandler
    void on(AmendmentApprovalRecorded event) {
        pending.approvals().add(event.department());
    }

    @EventSourcingHandler
    void on(AmendmentRejected event) {
        pending = null;
    }

    @EventSourcingHandler
    void on(ContractAmended event) {
        pending = null;
    }
}
