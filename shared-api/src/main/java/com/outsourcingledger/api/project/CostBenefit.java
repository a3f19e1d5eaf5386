package com.outsourcingledger.api.project;

import com.outsourcingledger.api.money.Money;

/** Outsourcing cost against the cost of doing the work in-house, over the project period. */
public record CostBenefit(Money outsourcedCost, Money inHouseCost, String analysis) {
}
