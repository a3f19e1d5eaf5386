package com.outsourcingledger.api.contract;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.wire.AddedLater;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the contract says, apart from its term and SLAs. {@code amount} is the total contract amount for the
 * term; {@code forceMajeureThresholdDays} is how long force majeure must last before negotiated termination.
 * {@code evaluationCadence} is how often the service is evaluated (null: {@link ContractEvaluationCadence#DEFAULT}) and
 * {@code bonusPercent} what a confirmed A grade adds to the period's settlement, in percent (null: none).
 */
public record ContractContent(Party client, Party vendor, String scope, List<String> deliverables,
                              String acceptanceCriteria, FeeModel feeModel, Money amount,
                              PaymentMethod paymentMethod, SettlementCycle settlementCycle, List<Clause> clauses,
                              Integer forceMajeureThresholdDays, @AddedLater ContractEvaluationCadence evaluationCadence,
                              @AddedLater BigDecimal bonusPercent) {

    /** Content that leaves the evaluation terms to their defaults. */
    public ContractContent(Party client, Party vendor, String scope, List<String> deliverables,
                           String acceptanceCriteria, FeeModel feeModel, Money amount, PaymentMethod paymentMethod,
                           SettlementCycle settlementCycle, List<Clause> clauses, Integer forceMajeureThresholdDays) {
        this(client, vendor, scope, deliverables, acceptanceCriteria, feeModel, amount, paymentMethod,
                settlementCycle, clauses, forceMajeureThresholdDays, null, null);
    }

    /** The cadence the contract is evaluated at: its own, or {@link ContractEvaluationCadence#DEFAULT}. */
    public ContractEvaluationCadence evaluationCadenceOrDefault() {
        return evaluationCadence == null ? ContractEvaluationCadence.DEFAULT : evaluationCadence;
    }

    /** The bonus percent of an A grade: its own, or zero. */
    public BigDecimal bonusPercentOrZero() {
        return bonusPercent == null ? BigDecimal.ZERO : bonusPercent;
    }
}
