package com.outsourcingledger.api.contract;

public enum RectificationOutcome {
    VERIFIED, FAILED
}
