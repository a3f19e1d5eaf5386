package com.outsourcingledger.query.settlement;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.settlement.SettlementQuery.*;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The settlement detail as a pure fold over the settlement's events: the live read model and the audit's as-of and
 * diff both go through {@link #evolve}. Who acted at each step comes from the {@link Step}.
 */
@Component
public final class SettlementView implements ViewFold<SettlementDetail> {

    static final String RETURNED = "RETURNED";
    static final String HELD = "HELD";
    static final String RELEASED = "RELEASED";
    static final String RESUBMITTED = "RESUBMITTED";

    SettlementView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.SETTLEMENT.aggregateType();
    }

    @Override
    public Class<SettlementDetail> viewType() {
        return SettlementDetail.class;
    }

    @Override
    public SettlementDetail evolve(SettlementDetail current, Object event, Step step) {
        return evolve(current, (SettlementEvent) event, step);
    }

    /** {@code current} is null before the settlement's first event. */
    public static SettlementDetail evolve(SettlementDetail current, SettlementEvent event, Step step) {
        if (current == null) {
            if (event instanceof SettlementRequested e) {
                return new SettlementDetail(e.settlementId(), e.contractId(), e.vendorId(), e.projectId(), e.period(),
                        e.finalSettlement(), SettlementStep.REQUESTED, e.claimedAmount(), e.invoice(), step.user(),
                        null, null, null, null, null, null, null, List.of(), step.sequence(), step.at());
            }
            throw new IllegalArgumentException("settlement " + event.settlementId() + " has no request before "
                    + event.getClass().getSimpleName());
        }
        Draft d = Draft.of(current);
        switch (event) {
            case SettlementRequested e -> d.resubmitted(e.claimedAmount(), e.invoice(), step);
            case SettlementResubmitted e -> d.resubmitted(e.claimedAmount(), e.invoice(), step);
            case SettlementConfirmed e -> {
                d.confirmation = new ConfirmationView(e.basis(), e.evaluationId(), e.workloadReference(), e.notes(),
                        step.user());
                d.step = SettlementStep.CONFIRMED;
            }
            case SettlementComplianceChecked e -> {
                d.complianceCheck = new ComplianceCheckView(e.passed(), e.sampledWorkers(), e.proofsChecked(),
                        e.notes(), step.user());
                if (e.passed()) {
                    d.step = SettlementStep.COMPLIANCE_CHECKED;
                }
            }
            case SettlementHeld e -> {
                d.history.add(new StepHistoryEntry(HELD, d.step, e.reason(), step.user(), step.at()));
                d.heldAt = d.step;
                d.step = SettlementStep.HELD;
            }
            case SettlementReleased e -> {
                d.history.add(new StepHistoryEntry(RELEASED, d.heldAt, e.reason(), step.user(), step.at()));
                d.step = d.heldAt == null ? SettlementStep.REQUESTED : d.heldAt;
                d.heldAt = null;
            }
            case InvoiceVerified e -> {
                d.invoiceVerifiedBy = step.user();
                d.step = SettlementStep.INVOICE_VERIFIED;
            }
            case SettlementApproved e -> {
                d.approval = new SettlementApprovalView(e.baseFee(), e.penalties() == null ? List.of() : e.penalties(),
                        e.penaltyTotal(), e.adjustmentPercent(), e.adjustment(), e.amount(), step.user());
                d.step = SettlementStep.APPROVED;
            }
            case PenaltyDeducted e -> {
            } // listed by the approval already; the event is the lineage's
            case PaymentRecorded e -> {
                d.payment = new PaymentView(e.reference(), e.paidOn(), e.amount(), step.user());
                d.step = SettlementStep.PAID;
            }
            case SettlementReturned e -> {
                d.history.add(new StepHistoryEntry(RETURNED, e.step(), e.reasons(), step.user(), step.at()));
                d.returnedFrom = e.step();
                d.step = SettlementStep.RETURNED;
            }
        }
        d.sequence = step.sequence();
        d.lastChangedAt = step.at();
        return d.freeze();
    }

    /** A mutable working copy of a {@link SettlementDetail}, local to one step of the fold. */
    private static final class Draft {

        String settlementId, contractId, vendorId, projectId, period, requestedBy, invoiceVerifiedBy;
        boolean finalSettlement;
        SettlementStep step, returnedFrom, heldAt;
        Money claimedAmount;
        Invoice invoice;
        ConfirmationView confirmation;
        ComplianceCheckView complianceCheck;
        SettlementApprovalView approval;
        PaymentView payment;
        List<StepHistoryEntry> history;
        long sequence;
        Instant lastChangedAt;

        /** The vendor's request again, with its claim and invoice corrected: back to REQUESTED. */
        void resubmitted(Money claim, Invoice corrected, Step at) {
            history.add(new StepHistoryEntry(RESUBMITTED, step, null, at.user(), at.at()));
            step = SettlementStep.REQUESTED;
            claimedAmount = claim;
            invoice = corrected;
            requestedBy = at.user();
            returnedFrom = null;
        }

        static Draft of(SettlementDetail s) {
            Draft x = new Draft();
            x.settlementId = s.settlementId();
            x.contractId = s.contractId();
            x.vendorId = s.vendorId();
            x.projectId = s.projectId();
            x.period = s.period();
            x.finalSettlement = s.finalSettlement();
            x.step = s.step();
            x.claimedAmount = s.claimedAmount();
            x.invoice = s.invoice();
            x.requestedBy = s.requestedBy();
            x.confirmation = s.confirmation();
            x.complianceCheck = s.complianceCheck();
            x.invoiceVerifiedBy = s.invoiceVerifiedBy();
            x.approval = s.approval();
            x.payment = s.payment();
            x.returnedFrom = s.returnedFrom();
            x.heldAt = s.heldAt();
            x.history = new ArrayList<>(s.history());
            x.sequence = s.sequence();
            x.lastChangedAt = s.lastChangedAt();
            return x;
        }

        SettlementDetail freeze() {
            return new SettlementDetail(settlementId, contractId, vendorId, projectId, period, finalSettlement, step,
                    claimedAmount, invoice, requestedBy, confirmation, complianceCheck, invoiceVerifiedBy, approval,
                    payment, returnedFrom, heldAt, List.copyOf(history), sequence, lastChangedAt);
        }
    }
}
