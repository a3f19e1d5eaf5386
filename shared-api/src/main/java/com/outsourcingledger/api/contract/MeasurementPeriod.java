package com.outsourcingledger.api.contract;

public enum MeasurementPeriod {
    MONTHLY, QUARTERLY
}
