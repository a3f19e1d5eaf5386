package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.*;
import com.outsourcingledger.api.contract.ContractCommand.*;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.*;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.contract.ContractDeadlines.ActivationDue;
import com.outsourcingledger.command.lookup.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;

import static com.outsourcingledger.api.contract.ContractStatus.*;
import static com.outsourcingledger.command.contract.ContractRules.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = "contractCache")
class Contract {

    @AggregateIdentifier
    private String contractId;
    private ContractStatus status;
    private Term term;
    private ContractContent content;
    private int version;
    private boolean activated;
    private boolean ndaRecorded;
    @AggregateMember
    private final ContractSlas slas = new ContractSlas(this);
    @AggregateMember
    private final Pips pips = new Pips(this);
    @AggregateMember
    private final Rectifications rectifications = new Rectifications(this, pips);
    @AggregateMember
    private final CoReview coReview = new CoReview(this);
    @AggregateMember
    private final VendorSanctions sanctions = new VendorSanctions(this);
    @AggregateMember
    private final ShamRisk shamRisk = new ShamRisk(this);
    @AggregateMember
    private final Renewal renewal = new Renewal(this, sanctions, shamRisk);
    @AggregateMember
    private final Amendments amendments = new Amendments(this);
    @AggregateMember
    private final Termination termination = new Termination(this, pips);
    @AggregateMember
    private final ExitChecklist exit = new ExitChecklist(this);
    @AggregateMember
    private final DraftWithdrawal withdrawal = new DraftWithdrawal(this);
    @AggregateMember
    private final SettlementBudget settlementBudget = new SettlementBudget(this);
    @AggregateMember
    private final SiteLiaison siteLiaison = new SiteLiaison(this);

    @CommandHandler
    Contract(DraftContract command, VendorStatuses standings, VendorRegistry registry, ProjectStatuses projects) {
        requireText(ContractRuleCodes.DRAFTING_TITLE_REQUIRED, "drafting", "title", command.title());
        requireTerm(ContractRuleCodes.DRAFTING_TERM_REQUIRED, command.term());
        ContractContent checked = ContractContents.checked(ContractContents.DRAFTING, command.content());
        DraftingRules.requireDraftable(command.vendorId(), command.projectId(), standings, registry, projects);
        apply(new ContractDrafted(command.contractId(), command.projectId(), command.vendorId(), command.title(),
                command.term(), checked));
    }

    /** The award's draft: scope, period and budget from the project; parties, fee terms and clauses follow by revision. */
    @CommandHandler
    Contract(DraftContractFromAward command, VendorStatuses standings, VendorRegistry registry,
             ProjectStatuses projects) {
        DraftingRules.requireScope(command.scope());
        Term term = ContractContents.termOf(command.scope().period());
        requireTerm(ContractRuleCodes.DRAFTING_TERM_REQUIRED, term);
        DraftingRules.requireDraftable(command.vendorId(), command.projectId(), standings, registry, projects);
        apply(new ContractDrafted(command.contractId(), command.projectId(), command.vendorId(), command.scope().name(),
                term, ContractContents.fromAward(command.scope())));
    }

    @CommandHandler
    void handle(ReviseContractDraft command) {
        requireStatus(ContractRuleCodes.REVISION_WRONG_STATUS, contractId, status, "revision", DRAFTING);
        requireText(ContractRuleCodes.REVISION_TITLE_REQUIRED, "revision", "title", command.title());
        requireTerm(ContractRuleCodes.REVISION_TERM_REQUIRED, command.term());
        ContractContent revised = ContractContents.checked(ContractContents.REVISION, command.content());
        slas.metrics().forEach(m -> ContractContents.requireCurrency(ContractRuleCodes.REVISION_CURRENCY_MISMATCH,
                revised, m.penaltyCapPerPeriod(), "penalty cap of " + m.metricId()));
        apply(new ContractDraftRevised(contractId, command.title(), command.term(), revised));
    }

    @CommandHandler
    void handle(RecordNda command) {
        requireStatus(ContractRuleCodes.NDA_WRONG_STATUS, contractId, status, "nda", DRAFTING, IN_REVIEW, APPROVED);
        requireText(ContractRuleCodes.NDA_REFERENCE_REQUIRED, "nda", "reference", command.ndaReference());
        if (command.signedOn() == null) {
            throw Refusal.unprocessable(ContractRuleCodes.NDA_SIGNED_ON_REQUIRED, "An NDA states when it was signed");
        }
        apply(new NdaRecorded(contractId, command.ndaReference(), command.signedOn()));
    }

    /** A renewal awaiting its co-review takes the opinion; otherwise it belongs to the co-review of the draft. */
    @CommandHandler
    void handle(RecordCoReviewOpinion command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department,
                @MetaDataValue(MetadataKeys.USER) String user, Clock clock, DeadlineManager deadlines,
                ContractPolicy policy, VendorStatuses standings) {
        Department reviewer = requireDepartment(ContractRuleCodes.CO_REVIEW_WRONG_DEPARTMENT, "co-review", department,
                CoReview.REVIEWERS);
        if (renewal.awaitsCoReview()) {
            renewal.record(command, reviewer, user, clock, deadlines, policy, standings);
        } else {
            coReview.record(command, reviewer, user);
        }
    }

    @CommandHandler
    void handle(SignContract command, Clock clock, DeadlineManager deadlines, VendorStatuses standings,
                ContractPolicy policy) {
        requireStatus(ContractRuleCodes.SIGNING_WRONG_STATUS, contractId, status, "signing", APPROVED);
        if (!ndaRecorded) {
            throw Refusal.unprocessable(ContractRuleCodes.SIGNING_NDA_MISSING,
                    "An NDA must be recorded before contract " + contractId + " is signed");
        }
        sanctions.requireSignable(ContractRuleCodes.SIGNING_FLAGGED,
                ContractRuleCodes.SIGNING_VENDOR_NOT_ADMITTED, standings);
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(term.end())) {
            throw Refusal.unprocessable(ContractRuleCodes.SIGNING_TERM_OVER,
                    "The term of contract " + contractId + " ended on " + term.end() + "; revise it first");
        }
        apply(new ContractSigned(contractId, today, version));
        if (today.isBefore(term.start())) {
            ContractDeadlines.scheduleActivation(deadlines, term.start(), clock);
        } else {
            activate(today, deadlines, policy, clock);
        }
        ContractDeadlines.scheduleEnd(deadlines, term.end(), policy, clock);
    }

    @CommandHandler
    void handle(SuspendContract command) {
        requireStatus(ContractRuleCodes.SUSPENSION_WRONG_STATUS, contractId, status, "suspension", ACTIVE);
        requireText(ContractRuleCodes.SUSPENSION_REASON_REQUIRED, "suspension", "reason", command.reason());
        apply(new ContractSuspended(contractId, SuspensionGround.DECISION, command.reason()));
    }

    @CommandHandler
    void handle(ResumeContract command, Clock clock, DeadlineManager deadlines, ContractPolicy policy,
                VendorStatuses standings) {
        requireStatus(ContractRuleCodes.RESUMPTION_WRONG_STATUS, contractId, status, "resumption", SUSPENDED);
        requireText(ContractRuleCodes.RESUMPTION_REASON_REQUIRED, "resumption", "reason", command.reason());
        sanctions.requireSignable(ContractRuleCodes.RESUMPTION_FLAGGED,
                ContractRuleCodes.RESUMPTION_VENDOR_NOT_ADMITTED, standings);
        LocalDate today = LocalDate.now(clock);
        boolean started = !today.isBefore(term.start());
        apply(new ContractResumed(contractId, command.reason(), started ? ACTIVE : SIGNED));
        if (started && !activated) {
            activate(today, deadlines, policy, clock);
        }
    }

    @DeadlineHandler(deadlineName = ContractDeadlines.ACTIVATION)
    void handle(ActivationDue deadline, Clock clock, DeadlineManager deadlines, ContractPolicy policy) {
        if (status == SIGNED && deadline.start().equals(term.start())) {
            activate(deadline.start(), deadlines, policy, clock);
        }
    }

    private void activate(LocalDate on, DeadlineManager deadlines, ContractPolicy policy, Clock clock) {
        LocalDate reviewDue = on.plusMonths(policy.slaReviewMonths());
        apply(new ContractActivated(contractId, on, reviewDue, policy.slaReviewMonths()));
        ContractDeadlines.scheduleSlaReview(deadlines, reviewDue, clock);
    }

    @EventSourcingHandler
    void on(ContractDrafted event) {
        contractId = event.contractId();
        status = DRAFTING;
        term = event.term();
        content = event.content();
        version = 1;
    }

    @EventSourcingHandler
    void on(ContractDraftRevised event) {
        term = event.term();
        content = event.content();
    }

    @EventSourcingHandler
    void on(NdaRecorded event) {
        ndaRecorded = true;
    }

    @EventSourcingHandler
    void on(ContractSubmittedForCoReview event) {
        status = IN_REVIEW;
    }

    @EventSourcingHandler
    void on(ContractReturnedToDrafting event) {
        status = DRAFTING;
    }

    @EventSourcingHandler
    void on(ContractApproved event) {
        status = APPROVED;
    }

    @EventSourcingHandler
    void on(ContractSigned event) {
        status = SIGNED;
    }

    @EventSourcingHandler
    void on(ContractActivated event) {
        status = ACTIVE;
        activated = true;
    }

    @EventSourcingHandler
    void on(ContractAmended event) {
        version = event.version();
        content = event.content();
    }

    @EventSourcingHandler
    void on(ContractSuspended event) {
        status = SUSPENDED;
    }

    @EventSourcingHandler
    void on(ContractResumed event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(ContractRenewed event) {
        term = event.term();
        version = event.version();
    }

    @EventSourcingHandler
    void on(ContractExpired event) {
        status = EXPIRED;
    }

    @EventSourcingHandler
    void on(ContractTerminated event) {
        status = TERMINATED;
    }

    @EventSourcingHandler
    void on(ContractClosed event) {
        status = CLOSED;
    }

    @EventSourcingHandler
    void on(ContractDraftWithdrawn event) {
        status = WITHDRAWN;
    }

    String id() {
        return contractId;
    }

    ContractStatus status() {
        return status;
    }

    Term term() {
        return term;
    }

    ContractSlas slas() {
        return slas;
    }

    Rectifications rectifications() {
        return rectifications;
    }

    int version() {
        return version;
    }

    ContractContent content() {
        return content;
    }

    Contract() {
        // for Axon: the state is rebuilt from events
    }
}
