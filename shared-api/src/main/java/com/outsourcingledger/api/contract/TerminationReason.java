package com.outsourcingledger.api.contract;

public enum TerminationReason {
    BREACH, PIP_FAILED, MUTUAL, FORCE_MAJEURE, VENDOR_SANCTIONED, RISK_AVOIDANCE
}
