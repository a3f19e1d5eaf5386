package com.outsourcingledger.api.contract;

public enum FeeModel {
    FIXED_PRICE, WORKLOAD_BASED, OUTCOME_BASED
}
