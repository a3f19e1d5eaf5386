package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.PenaltyDeduction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a settlement needs to know of its contract, folded from the contract's events ({@link ContractFactsFold}):
 * {@code amount} is the contract amount with its approved amendments, {@code terms} every term it has had,
 * {@code activatedOn} and {@code endedOn} (the expiry's end date or the termination's last service day) bound the
 * days it served, {@code standingPenalties} every SLA penalty not withdrawn, {@code deducted} the keys
 * ({@link #key}) of the penalties a reserved settlement deducted, {@code reserved} the settlements whose amounts
 * the contract reserved and {@code reservedTotal} their sum.
 */
public record ContractFacts(String contractId, ContractStatus status, String vendorId, String projectId, Money amount,
                            FeeModel feeModel, SettlementCycle settlementCycle, List<Term> terms,
                            LocalDate activatedOn, LocalDate endedOn, List<PenaltyDeduction> standingPenalties,
                            Set<String> deducted, Set<String> reserved, Money reservedTotal) {

    public static String key(String metricId, String slaPeriod) {
        return metricId + "|" + slaPeriod;
    }

    public String currency() {
        return amount.currency();
    }

    /** The term the period began in, as SLA penalties are judged: a period before the first term belongs to it. */
    public Optional<Term> termOf(SlaPeriod period) {
        return terms.stream()
                .filter(t -> !period.end().isBefore(t.start()) && !period.start().isAfter(t.end()))
                .findFirst();
    }

    /**
     * Whether the period is one of the contract's to settle: it lies within a term the contract has had and not after
     * its service ended, once the contract was activated. Like SLA measurements, a period of the term before the
     * activation counts (a contract entered after its term started).
     */
    public boolean servedDuring(SlaPeriod period) {
        return activatedOn != null && (endedOn == null || !period.start().isAfter(endedOn))
                && termOf(period).isPresent();
    }
}
