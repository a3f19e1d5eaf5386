package com.outsourcingledger.api.contract;

import com.outsourcingledger.api.money.Money;

import java.util.List;

/**
 * What the contract says, apart from its term and SLAs. {@code amount} is the total contract amount for the
 * term; {@code forceMajeureThresholdDays} is how long force majeure must last before negotiated termination.
 */
public record ContractContent(Party client, Party vendor, String scope, List<String> deliverables,
                              String acceptanceCriteria, FeeModel feeModel, Money amount,
                              PaymentMethod paymentMethod, SettlementCycle settlementCycle, List<Clause> clauses,
                              Integer forceMajeureThresholdDays) {
}
