package com.outsourcingledger.api.risk;

/** What a risk is registered on. */
public enum RiskSubjectKind {
    VENDOR, CONTRACT, PROJECT
}
