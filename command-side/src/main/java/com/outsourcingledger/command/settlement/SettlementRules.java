package com.outsourcingledger.command.settlement;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.MeasurementPeriod;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.input.DerivedIds;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.SettlementRuleCodes;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;

import java.time.LocalDate;
import java.util.stream.Stream;

/** The guards of a settlement request (and its resubmission): the contract, the period, the claim and invoice. */
final class SettlementRules {

    /** The period of a contract's final settlement, the exit step. */
    static final String FINAL = "final";

    private SettlementRules() {
    }

    static String idOf(String contractId, String period) {
        return DerivedIds.fit(contractId + ":settlement:" + period);
    }

    static ContractFacts requireContract(SettlementContracts contracts, String contractId) {
        return contracts.factsOf(contractId).orElseThrow(() -> Refusal.notFound(
                SettlementRuleCodes.REQUEST_UNKNOWN_CONTRACT, "No contract " + contractId + " to settle"));
    }

    /**
     * The settlement period the request covers: a past period of the contract's cycle in which the contract
     * served, or for the final settlement the period of its last service day, once it expired or was terminated.
     */
    static SlaPeriod requirePeriod(ContractFacts facts, String period, LocalDate today) {
        MeasurementPeriod cycle = facts.settlementCycle() == SettlementCycle.QUARTERLY
                ? MeasurementPeriod.QUARTERLY : MeasurementPeriod.MONTHLY;
        if (FINAL.equals(period)) {
            if (facts.status() != ContractStatus.EXPIRED && facts.status() != ContractStatus.TERMINATED) {
                throw Refusal.conflict(SettlementRuleCodes.REQUEST_CONTRACT_NOT_ENDED, "Contract "
                        + facts.contractId() + " is " + facts.status() + "; its final settlement follows its expiry"
                        + " or termination");
            }
            return SlaPeriod.containing(facts.endedOn(), cycle);
        }
        SlaPeriod settled = parse(period);
        if (settled.kind() != cycle) {
            throw Refusal.unprocessable(SettlementRuleCodes.REQUEST_PERIOD_NOT_OF_CYCLE, "Contract "
                    + facts.contractId() + " settles " + cycle + ", not by " + settled.kind() + " periods");
        }
        if (!settled.end().isBefore(today)) {
            throw Refusal.unprocessable(SettlementRuleCodes.REQUEST_PERIOD_NOT_ENDED,
                    "Period " + period + " is settled once it has ended, after " + settled.end());
        }
        if (!facts.servedDuring(settled)) {
            throw Refusal.unprocessable(SettlementRuleCodes.REQUEST_PERIOD_NOT_ACTIVE, "Contract "
                    + facts.contractId() + " has no " + period + " to settle: not within a term it has had, after its service ended, or before it"
                    + " was activated");
        }
        return settled;
    }

    private static SlaPeriod parse(String period) {
        try {
            return SlaPeriod.of(period);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.invalid(SettlementRuleCodes.REQUEST_INVALID_PERIOD,
                    "A settlement period is a month like 2026-03, a quarter like 2026-Q1, or final; not " + period);
        }
    }

    /** A claim of zero or more and a whole invoice, all in the contract's currency. */
    static void requireClaim(ContractFacts facts, Money claimed, Invoice invoice) {
        if (claimed == null || claimed.amount().signum() < 0) {
            throw Refusal.unprocessable(SettlementRuleCodes.REQUEST_AMOUNT_REQUIRED,
                    "A settlement request claims an amount, zero or more");
        }
        if (invoice == null || Refusal.isBlank(invoice.number()) || Refusal.isBlank(invoice.type())
                || invoice.amount() == null || invoice.tax() == null) {
            throw Refusal.unprocessable(SettlementRuleCodes.REQUEST_INVOICE_REQUIRED,
                    "A settlement request carries its invoice: number, type, amount and tax");
        }
        Stream.of(claimed, invoice.amount(), invoice.tax())
                .filter(money -> !money.currency().equals(facts.currency()))
                .findFirst()
                .ifPresent(money -> {
                    throw Refusal.unprocessable(SettlementRuleCodes.REQUEST_CURRENCY_MISMATCH, "Contract "
                            + facts.contractId() + " is settled in " + facts.currency() + ", not " + money.currency());
                });
    }
}
