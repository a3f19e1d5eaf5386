package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.SlaBreachWithdrawn;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.PaymentMethod;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.contract.ContractEvent.SlaBreached;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import com.outsourcingledger.api.settlement.SettlementEvent.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Breaches of contract c-1 in March 2026 and the settlement c-1:2026-03 that deducts two of them and is paid. */
final class LineageSamples {

    static final String CONTRACT = "c-1";
    static final String SETTLEMENT = "c-1:2026-03";

    private LineageSamples() {
    }

    static ContractDrafted drafted(String contractId) {
        return new ContractDrafted(contractId, "p-1", "v-1", "合同 " + contractId,
                new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                new ContractContent(new Party("甲方", null, null, null, null), new Party("乙方", null, null, null, null),
                        "外包服务", List.of(), null, FeeModel.FIXED_PRICE, Money.cny("1200000.00"),
                        PaymentMethod.BANK_TRANSFER, SettlementCycle.MONTHLY,
                        Arrays.stream(ClauseCategory.values()).map(c -> new Clause(c, "条款")).toList(), 60));
    }

    static SlaBreached breached(String metricId, String period, String penalty) {
        return new SlaBreached(CONTRACT, metricId, period, new BigDecimal("95"), new BigDecimal("90"),
                new BigDecimal("5"), Money.cny("100000.00"), new BigDecimal("1.5"), Money.cny("10000.00"),
                Money.cny(penalty));
    }

    static SlaBreachWithdrawn withdrawn(String metricId, String period) {
        return new SlaBreachWithdrawn(CONTRACT, metricId, period, "重算");
    }

    static SettlementRequested requested() {
        return new SettlementRequested(SETTLEMENT, CONTRACT, "v-1", "p-1", "2026-03", false,
                Money.cny("97000.00"), new Invoice("INV-1", "VAT_SPECIAL", Money.cny("97000.00"), Money.cny("5490.57")));
    }

    static SettlementApproved approved(PenaltyDeduction... deductions) {
        BigDecimal total = List.of(deductions).stream().map(d -> d.penalty().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SettlementApproved(SETTLEMENT, CONTRACT, Money.cny("100000.00"), List.of(deductions),
                new Money(total, "CNY"), BigDecimal.ZERO, Money.cny("0.00"),
                new Money(new BigDecimal("100000.00").subtract(total), "CNY"));
    }

    static PenaltyDeduction deduction(String metricId, String period, String penalty) {
        return new PenaltyDeduction(metricId, period, Money.cny(penalty));
    }

    static PenaltyDeducted deducted(String metricId, String period, String penalty) {
        return new PenaltyDeducted(SETTLEMENT, CONTRACT, metricId, period, Money.cny(penalty));
    }

    static PaymentRecorded paid(String amount) {
        return new PaymentRecorded(SETTLEMENT, CONTRACT, "PAY-1", LocalDate.of(2026, 4, 20), Money.cny(amount));
    }
}
