package com.outsourcingledger.command.settlement;

import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.SettlementRuleCodes;
import com.outsourcingledger.api.settlement.ConfirmationBasis;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.SettlementCommand.*;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.VendorScope;
import com.outsourcingledger.command.lookup.ConfirmedEvaluations;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static com.outsourcingledger.api.settlement.SettlementStep.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One settlement (费用结算) of a contract, {@code {contractId}:settlement:{period}} or {@code {contractId}:settlement:final}: the vendor's
 * request, then BUSINESS's confirmation, HR's compliance check, FINANCE's invoice verification, approval and
 * payment, each by a user who took no earlier step of the round (the payment: not the approver). Any step may
 * return it; the vendor resubmits and the steps start over.
 */
@Aggregate(cache = "settlementCache")
class Settlement {

    @AggregateIdentifier
    private String settlementId;
    private String contractId;
    private String vendorId;
    private SlaPeriod period;
    private boolean finalSettlement;
    private SettlementStep step;
    private Money claimedAmount;
    private Invoice invoice;
    private String evaluationId;
    private Money approvedAmount;
    private final Set<String> requesters = new HashSet<>();
    private final Map<SettlementStep, String> takenBy = new EnumMap<>(SettlementStep.class);
    private SettlementStep heldFrom;
    private final Set<String> complianceHolds = new HashSet<>();

    @CommandHandler
    Settlement(RequestSettlement command, @MetaDataValue(MetadataKeys.VENDOR) String vendor,
               SettlementContracts contracts, Clock clock) {
        ContractFacts facts = SettlementRules.requireContract(contracts, command.contractId());
        VendorScope.requireOwn(facts.vendorId(), vendor);
        SlaPeriod covered = SettlementRules.requirePeriod(facts, command.period(), LocalDate.now(clock));
        SettlementRules.requireClaim(facts, command.claimedAmount(), command.invoice());
        apply(new SettlementRequested(SettlementRules.idOf(facts.contractId(), command.period()), facts.contractId(),
                facts.vendorId(), facts.projectId(), covered.value(), SettlementRules.FINAL.equals(command.period()),
                command.claimedAmount(), command.invoice()));
    }

    @CommandHandler
    void handle(ConfirmSettlement command, @MetaDataValue(MetadataKeys.USER) String user,
                ConfirmedEvaluations evaluations) {
        requireStep(SettlementRuleCodes.CONFIRMATION_WRONG_STEP, "confirmation", REQUESTED);
        Refusal.requireNotAuthor(SettlementRuleCodes.CONFIRMATION_OWN_REQUEST, "confirmation", user, requesters);
        if (command.basis() == null) {
            throw Refusal.unprocessable(SettlementRuleCodes.CONFIRMATION_BASIS_REQUIRED,
                    "A confirmation rests on a confirmed evaluation or a workload confirmation");
        }
        if (command.basis() == ConfirmationBasis.EVALUATION) {
            SettlementChecks.requireCovering(evaluations, command.evaluationId(), contractId, period);
            apply(new SettlementConfirmed(settlementId, command.basis(), command.evaluationId(), null,
                    command.notes()));
        } else {
            Refusal.requireText(SettlementRuleCodes.CONFIRMATION_WORKLOAD_REFERENCE_REQUIRED,
                    command.workloadReference(), "A workload confirmation (工作量确认单) covering " + period
                            + " is named by its reference");
            apply(new SettlementConfirmed(settlementId, command.basis(), null, command.workloadReference(),
                    command.notes()));
        }
    }

    @CommandHandler
    void handle(CheckSettlementCompliance command, @MetaDataValue(MetadataKeys.USER) String user) {
        requireStep(SettlementRuleCodes.COMPLIANCE_CHECK_WRONG_STEP, "compliance check", CONFIRMED);
        Refusal.requireNotAuthor(SettlementRuleCodes.COMPLIANCE_CHECK_OWN_WORK, "compliance check", user,
                authors(REQUESTED, CONFIRMED));
        SettlementChecks.requireSpotCheck(command);
        apply(new SettlementComplianceChecked(settlementId, command.passed(), command.sampledWorkers(),
                command.proofsChecked(), command.notes()));
        if (!command.passed()) {
            apply(new SettlementHeld(settlementId, command.notes(), null));
        }
    }

    /** Any settlement not yet paid; once per compliance check, so a repeat of the same hold changes nothing. */
    @CommandHandler
    void handle(HoldSettlementForCompliance command) {
        if (!complianceHolds.contains(command.complianceCheckId())) {
            requireStep(SettlementRuleCodes.HOLD_WRONG_STEP, "compliance hold", SettlementChecks.HOLDABLE);
            apply(new SettlementHeld(settlementId, command.reason(), command.complianceCheckId()));
        }
    }

    @CommandHandler
    void handle(ReleaseSettlement command) {
        requireStep(SettlementRuleCodes.RELEASE_WRONG_STEP, "release", HELD);
        Refusal.requireText(SettlementRuleCodes.RELEASE_REASON_REQUIRED, command.reason(),
                "A release says why the compliance failure no longer holds the settlement");
        apply(new SettlementReleased(settlementId, command.reason()));
    }

    @CommandHandler
    void handle(VerifyInvoice command, @MetaDataValue(MetadataKeys.USER) String user) {
        requireStep(SettlementRuleCodes.INVOICE_VERIFICATION_WRONG_STEP, "invoice verification", COMPLIANCE_CHECKED);
        Refusal.requireNotAuthor(SettlementRuleCodes.INVOICE_VERIFICATION_OWN_WORK, "invoice verification", user,
                authors(REQUESTED, CONFIRMED, COMPLIANCE_CHECKED));
        if (!invoice.number().equals(command.invoiceNumber())) {
            throw Refusal.unprocessable(SettlementRuleCodes.INVOICE_VERIFICATION_INVOICE_MISMATCH, "Settlement "
                    + settlementId + " was requested with invoice " + invoice.number() + ", not "
                    + command.invoiceNumber());
        }
        apply(new InvoiceVerified(settlementId, invoice.number(), command.notes()));
    }

    @CommandHandler
    void handle(ApproveSettlement command, @MetaDataValue(MetadataKeys.USER) String user,
                SettlementContracts contracts, ConfirmedEvaluations evaluations) {
        requireStep(SettlementRuleCodes.APPROVAL_WRONG_STEP, "approval", INVOICE_VERIFIED);
        Refusal.requireNotAuthor(SettlementRuleCodes.APPROVAL_OWN_WORK, "approval", user,
                authors(REQUESTED, CONFIRMED, COMPLIANCE_CHECKED, INVOICE_VERIFIED));
        ContractFacts facts = SettlementRules.requireContract(contracts, contractId);
        BigDecimal adjustmentPercent = evaluationId == null ? BigDecimal.ZERO : evaluations.confirmed(evaluationId)
                .map(e -> e.adjustmentPercent()).orElse(BigDecimal.ZERO);
        SettlementApproved approved = SettlementAmounts.approve(settlementId, facts, period, finalSettlement,
                claimedAmount, adjustmentPercent);
        SettlementChecks.requireMatchAndCap(approved, invoice, facts);
        apply(approved);
        approved.penalties().forEach(p -> apply(new PenaltyDeducted(settlementId, contractId, p.metricId(),
                p.slaPeriod(), p.penalty())));
    }

    @CommandHandler
    void handle(RecordPayment command, @MetaDataValue(MetadataKeys.USER) String user, SettlementContracts contracts,
                Clock clock) {
        requireStep(SettlementRuleCodes.PAYMENT_WRONG_STEP, "payment", APPROVED);
        Refusal.requireNotAuthor(SettlementRuleCodes.PAYMENT_OWN_APPROVAL, "payment", user, authors(APPROVED));
        Refusal.requireText(SettlementRuleCodes.PAYMENT_REFERENCE_REQUIRED, command.reference(),
                "A payment names its reference");
        if (command.paidOn() == null) {
            throw Refusal.unprocessable(SettlementRuleCodes.PAYMENT_DATE_REQUIRED, "A payment states when it was made");
        }
        if (command.paidOn().isAfter(LocalDate.now(clock))) {
            throw Refusal.unprocessable(SettlementRuleCodes.PAYMENT_DATE_IN_FUTURE,
                    "A payment is recorded once made, not ahead on " + command.paidOn());
        }
        if (!SettlementRules.requireContract(contracts, contractId).reserved().contains(settlementId)) {
            throw Refusal.conflict(SettlementRuleCodes.PAYMENT_NOT_RESERVED, "Contract " + contractId
                    + " has not yet counted the approved amount of " + settlementId + " against its total");
        }
        apply(new PaymentRecorded(settlementId, contractId, command.reference(), command.paidOn(), approvedAmount));
    }

    @CommandHandler
    void handle(ReturnSettlement command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        requireStep(SettlementRuleCodes.RETURN_WRONG_STEP, "return", REQUESTED, CONFIRMED, HELD, COMPLIANCE_CHECKED,
                INVOICE_VERIFIED);
        Refusal.requireDepartment(SettlementRuleCodes.RETURN_WRONG_DEPARTMENT, "return at " + step, department,
                Set.of(SettlementChecks.RETURNED_BY.get(step)));
        Refusal.requireText(SettlementRuleCodes.RETURN_REASONS_REQUIRED, command.reasons(),
                "A returned settlement says why");
        apply(new SettlementReturned(settlementId, step, command.reasons()));
    }

    @CommandHandler
    void handle(WithdrawSettlementApproval command) {
        requireStep(SettlementRuleCodes.RETURN_WRONG_STEP, "return", APPROVED);
        apply(new SettlementReturned(settlementId, step, command.reasons()));
    }

    @CommandHandler
    void handle(ResubmitSettlement command, @MetaDataValue(MetadataKeys.VENDOR) String vendor,
                SettlementContracts contracts) {
        VendorScope.requireOwn(vendorId, vendor);
        requireStep(SettlementRuleCodes.RESUBMISSION_WRONG_STEP, "resubmission", RETURNED);
        SettlementRules.requireClaim(SettlementRules.requireContract(contracts, contractId), command.claimedAmount(),
                command.invoice());
        apply(new SettlementResubmitted(settlementId, command.claimedAmount(), command.invoice()));
    }

    private void requireStep(String rule, String act, SettlementStep... allowed) {
        Refusal.requireStatus(rule, "Settlement " + settlementId, step, act, allowed);
    }

    /** The requesters of every round, and who took the given steps of this round. */
    private Set<String> authors(SettlementStep... steps) {
        Set<String> authors = new HashSet<>(requesters);
        for (SettlementStep taken : steps) {
            if (takenBy.get(taken) != null) {
                authors.add(takenBy.get(taken));
            }
        }
        return authors;
    }

    @EventSourcingHandler
    void on(SettlementRequested event, @MetaDataValue(MetadataKeys.USER) String user) {
        settlementId = event.settlementId();
        contractId = event.contractId();
        vendorId = event.vendorId();
        period = SlaPeriod.of(event.period());
        finalSettlement = event.finalSettlement();
        claimedAmount = event.claimedAmount();
        invoice = event.invoice();
        step = REQUESTED;
        took(REQUESTED, user);
    }

    @EventSourcingHandler
    void on(SettlementConfirmed event, @MetaDataValue(MetadataKeys.USER) String user) {
        evaluationId = event.evaluationId();
        step = CONFIRMED;
        took(CONFIRMED, user);
    }

    @EventSourcingHandler
    void on(SettlementComplianceChecked event, @MetaDataValue(MetadataKeys.USER) String user) {
        step = COMPLIANCE_CHECKED;
        took(COMPLIANCE_CHECKED, user);
    }

    @EventSourcingHandler
    void on(SettlementHeld event) {
        heldFrom = step == HELD ? heldFrom : step;
        step = HELD;
        complianceHolds.add(event.complianceCheckId());
    }

    @EventSourcingHandler
    void on(SettlementReleased event) {
        step = heldFrom == null ? COMPLIANCE_CHECKED : heldFrom;
        heldFrom = null;
    }

    @EventSourcingHandler
    void on(InvoiceVerified event, @MetaDataValue(MetadataKeys.USER) String user) {
        step = INVOICE_VERIFIED;
        took(INVOICE_VERIFIED, user);
    }

    @EventSourcingHandler
    void on(SettlementApproved event, @MetaDataValue(MetadataKeys.USER) String user) {
        approvedAmount = event.amount();
        step = APPROVED;
        took(APPROVED, user);
    }

    @EventSourcingHandler
    void on(PaymentRecorded event) {
        step = PAID;
    }

    @EventSourcingHandler
    void on(SettlementReturned event) {
        step = RETURNED;
        takenBy.clear();
        evaluationId = null;
        approvedAmount = null;
    }

    @EventSourcingHandler
    void on(SettlementResubmitted event, @MetaDataValue(MetadataKeys.USER) String user) {
        claimedAmount = event.claimedAmount();
        invoice = event.invoice();
        step = REQUESTED;
        took(REQUESTED, user);
    }

    private void took(SettlementStep taken, String user) {
        takenBy.put(taken, user);
        if (taken == REQUESTED && user != null) {
            requesters.add(user);
        }
    }

    Settlement() {
        // for Axon: the state is rebuilt from events
    }
}
