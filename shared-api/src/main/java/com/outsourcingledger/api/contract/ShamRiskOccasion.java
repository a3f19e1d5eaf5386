package com.outsourcingledger.api.contract;

/** When HR re-assessed a contract's sham-outsourcing risk (§13). */
public enum ShamRiskOccasion {
    RENEWAL, SIGNAL_CONFIRMED, AD_HOC
}
