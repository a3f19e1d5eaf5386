package com.outsourcingledger.query.settlement;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.ConfirmationBasis;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.settlement.SettlementEvent.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Settlement events of one contract and period, as the settlement aggregate records them. */
public final class SettlementSamples {

    private SettlementSamples() {
    }

    public static SettlementRequested requested(String contractId, String vendorId, String period) {
        return new SettlementRequested(contractId + ":" + period, contractId, vendorId, "p-1", period, false,
                Money.cny("50000.00"), new Invoice("INV-" + period, "VAT_SPECIAL", Money.cny("50000.00"),
                Money.cny("3000.00")));
    }

    public static SettlementApproved approved(String settlementId, String contractId) {
        PenaltyDeduction penalty = new PenaltyDeduction("quality", "2026-02", Money.cny("1500.00"));
        return new SettlementApproved(settlementId, contractId, Money.cny("50000.00"), List.of(penalty),
                Money.cny("1500.00"), BigDecimal.ZERO, Money.cny("0.00"), Money.cny("48500.00"));
    }

    /** Requested, confirmed, checked, verified, approved with one penalty, and paid. */
    public static List<SettlementEvent> paid(String contractId, String vendorId, String period) {
        String id = contractId + ":" + period;
        return List.of(requested(contractId, vendorId, period),
                new SettlementConfirmed(id, ConfirmationBasis.EVALUATION, contractId + ":2026-Q1", null, "工作量属实"),
                new SettlementComplianceChecked(id, true, List.of("w-1", "w-2"), List.of("社保", "工资"), null),
                new InvoiceVerified(id, "INV-" + period, "三单一致"),
                approved(id, contractId),
                new PenaltyDeducted(id, contractId, "quality", "2026-02", Money.cny("1500.00")),
                new PaymentRecorded(id, contractId, "PAY-1", LocalDate.of(2026, 4, 20), Money.cny("48500.00")));
    }
}
