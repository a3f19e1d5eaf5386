package com.outsourcingledger.api.evaluation;

/** An evaluation's grade; C and D are below standard (DOMAIN §9). */
public enum Grade {
    A, B, C, D;

    public boolean belowStandard() {
        return this == C || this == D;
    }
}
