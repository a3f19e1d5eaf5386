package com.outsourcingledger.api.settlement;

import com.outsourcingledger.api.money.Money;

/**
 * One standing SLA penalty a settlement deducts, named by its breach: the contract's metric and measurement
 * period (a breach of a metric and period is replaced, never duplicated, by a later one).
 */
public record PenaltyDeduction(String metricId, String slaPeriod, Money penalty) {
}
