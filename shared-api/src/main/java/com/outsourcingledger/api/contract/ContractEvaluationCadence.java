package com.outsourcingledger.api.contract;

/**
 * How often the contract says its service is evaluated: the spellings of the evaluation's own cadence, kept here
 * because the evaluation depends on the contract's SLA terms and the contract must not depend on the evaluation.
 */
public enum ContractEvaluationCadence {
    MONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL;

    public static final ContractEvaluationCadence DEFAULT = QUARTERLY;
}
