package com.outsourcingledger.api.contract;

public enum SettlementCycle {
    MONTHLY, QUARTERLY
}
