package com.outsourcingledger.api.contract;

public enum RenewalDecision {
    RENEW, RETENDER, NOT_RENEW
}
