package com.outsourcingledger.api.contract;

/**
 * How the vendor is paid. PER_HEAD (headcount × rate) and TIME_AND_MATERIAL (labor cost plus a management fee) buy
 * labor rather than results: allowed, settled like WORKLOAD_BASED, and each raises a sham-outsourcing signal (§13).
 */
public enum FeeModel {
    FIXED_PRICE, WORKLOAD_BASED, OUTCOME_BASED, PER_HEAD, TIME_AND_MATERIAL
}
