package com.outsourcingledger.api.vendor;

public enum FindingOutcome {
    PASSED, FAILED
}
