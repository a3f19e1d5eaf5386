package com.outsourcingledger.command.settlement;

import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementApproved;
import com.outsourcingledger.command.lookup.ContractFacts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The amount a settlement is approved for (DOMAIN §11): the base fee, minus every standing SLA penalty not deducted
 * by an earlier settlement whose SLA period ended by the end of the settled period (for the final settlement,
 * every one left), plus or minus the confirmed evaluation's {@code adjustmentPercent} of the base fee; never below
 * zero. The base fee of a FIXED_PRICE period is the contract amount spread over the months of the term, as
 * {@code SlaBreached}'s period fee; a WORKLOAD_BASED or OUTCOME_BASED period, and every final settlement (the
 * clearing of what is left), is based on the claimed amount BUSINESS confirmed.
 */
final class SettlementAmounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SettlementAmounts() {
    }

    static SettlementApproved approve(String settlementId, ContractFacts facts, SlaPeriod period,
                                      boolean finalSettlement, Money claimed, BigDecimal adjustmentPercent) {
        String currency = facts.currency();
        BigDecimal base = baseFee(facts, period, finalSettlement, claimed);
        List<PenaltyDeduction> penalties = facts.standingPenalties().stream()
                .filter(p -> !facts.deducted().contains(ContractFacts.key(p.metricId(), p.slaPeriod())))
                .filter(p -> finalSettlement || !SlaPeriod.of(p.slaPeriod()).end().isAfter(period.end()))
                .sorted(Comparator.comparing((PenaltyDeduction p) -> SlaPeriod.of(p.slaPeriod()))
                        .thenComparing(PenaltyDeduction::metricId))
                .toList();
        BigDecimal penaltyTotal = penalties.stream().map(p -> p.penalty().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        BigDecimal percent = adjustmentPercent == null ? BigDecimal.ZERO : adjustmentPercent;
        BigDecimal adjustment = base.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal amount = base.subtract(penaltyTotal).add(adjustment).max(BigDecimal.ZERO)
                .setScale(2, RoundingMode.HALF_UP);
        return new SettlementApproved(settlementId, facts.contractId(), new Money(base, currency), penalties,
                new Money(penaltyTotal, currency), percent, new Money(adjustment, currency),
                new Money(amount, currency));
    }

    private static BigDecimal baseFee(ContractFacts facts, SlaPeriod period, boolean finalSettlement, Money claimed) {
        if (finalSettlement || facts.feeModel() != FeeModel.FIXED_PRICE) {
            return claimed.amount().setScale(2, RoundingMode.HALF_UP);
        }
        Term term = facts.termOf(period).orElseThrow();
        long months = ChronoUnit.MONTHS.between(term.start(), term.end().plusDays(1));
        if (term.start().plusMonths(months).isBefore(term.end().plusDays(1))) {
            months++;
        }
        BigDecimal monthly = facts.amount().amount().divide(BigDecimal.valueOf(Math.max(months, 1)), 2,
                RoundingMode.HALF_UP);
        return monthly.multiply(BigDecimal.valueOf(period.months())).setScale(2, RoundingMode.HALF_UP);
    }
}
