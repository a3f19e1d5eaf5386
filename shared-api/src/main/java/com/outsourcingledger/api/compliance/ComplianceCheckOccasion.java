package com.outsourcingledger.api.compliance;

/** Why a check was opened: with a settlement cycle (opened by the settlement's request) or by HR ad hoc. */
public enum ComplianceCheckOccasion {
    SETTLEMENT_CYCLE, AD_HOC
}
