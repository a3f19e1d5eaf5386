package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityRow;
import com.outsourcingledger.query.dashboard.DashboardRows.SettlementRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Set;

/**
 * What a settlement event changes on the dashboard: its step and the department that step waits for (BUSINESS
 * confirms, HR checks compliance or holds, FINANCE verifies, approves, pays), and its money: the penalties it
 * deducts while approved, what was paid and in which month. A returned settlement waits for the vendor.
 */
final class SettlementChanges {

    static final String CONFIRMATION = "SETTLEMENT_CONFIRMATION";
    static final String COMPLIANCE = "SETTLEMENT_COMPLIANCE";
    static final String HELD = "SETTLEMENT_HELD";
    static final String VERIFICATION = "SETTLEMENT_VERIFICATION";
    static final String APPROVAL = "SETTLEMENT_APPROVAL";
    static final String PAYMENT = "SETTLEMENT_PAYMENT";

    private SettlementChanges() {
    }

    /** {@code settlement} is null before its request; {@code name} holds the contract id. */
    static EntityRow apply(DashboardBatch batch, EntityRow settlement, SettlementEvent event, long sequence) {
        if (settlement == null) {
            if (!(event instanceof SettlementRequested e)) {
                return null;
            }
            String currency = e.claimedAmount().currency();
            batch.settlements.put(e.settlementId(), new SettlementRow(e.settlementId(), e.projectId(), currency,
                    zero(), zero(), null));
            return step(EntityRow.created(DashboardRows.SETTLEMENT, e.settlementId(), e.contractId(), e.vendorId(),
                    SettlementStep.REQUESTED.name(), null, currency, sequence), SettlementStep.REQUESTED);
        }
        return switch (event) {
            case SettlementRequested e -> settlement;
            case SettlementResubmitted e -> step(settlement, SettlementStep.REQUESTED);
            case SettlementConfirmed e -> step(settlement, SettlementStep.CONFIRMED);
            case SettlementComplianceChecked e -> e.passed() ? step(settlement, SettlementStep.COMPLIANCE_CHECKED)
                    : step(settlement, SettlementStep.HELD);
            case SettlementHeld e -> step(settlement, SettlementStep.HELD);
            case SettlementReleased e -> step(settlement, SettlementStep.COMPLIANCE_CHECKED);
            case InvoiceVerified e -> step(settlement, SettlementStep.INVOICE_VERIFIED);
            case SettlementApproved e -> {
                money(batch, settlement, e.penaltyTotal().amount(), null, null);
                yield step(settlement, SettlementStep.APPROVED);
            }
            case PenaltyDeducted e -> settlement;
            case PaymentRecorded e -> {
                money(batch, settlement, null, e.amount().amount(), YearMonth.from(e.paidOn()).toString());
                yield step(settlement, SettlementStep.PAID).amount(scaled(e.amount().amount()), e.amount().currency());
            }
            case SettlementReturned e -> {
                money(batch, settlement, BigDecimal.ZERO, null, null);
                yield step(settlement, SettlementStep.RETURNED);
            }
        };
    }

    private static EntityRow step(EntityRow settlement, SettlementStep step) {
        String waiting = switch (step) {
            case REQUESTED -> CONFIRMATION + ":" + Department.BUSINESS.name();
            case CONFIRMED -> COMPLIANCE + ":" + Department.HR.name();
            case HELD -> HELD + ":" + Department.HR.name();
            case COMPLIANCE_CHECKED -> VERIFICATION + ":" + Department.FINANCE.name();
            case INVOICE_VERIFIED -> APPROVAL + ":" + Department.FINANCE.name();
            case APPROVED -> PAYMENT + ":" + Department.FINANCE.name();
            case PAID, RETURNED -> null;
        };
        return settlement.status(step.name()).awaiting(waiting == null ? Set.of() : Set.of(waiting));
    }

    /** A null argument keeps what the row holds. */
    private static void money(DashboardBatch batch, EntityRow settlement, BigDecimal deducted, BigDecimal paid,
                              String paidMonth) {
        batch.settlements.get(settlement.id()).ifPresent(s -> batch.settlements.put(s.settlementId(),
                new SettlementRow(s.settlementId(), s.projectId(), s.currency(),
                        deducted == null ? s.deducted() : scaled(deducted), paid == null ? s.paid() : scaled(paid),
                        paidMonth == null ? s.paidMonth() : paidMonth)));
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
