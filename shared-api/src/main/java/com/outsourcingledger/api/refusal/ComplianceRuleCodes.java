package com.outsourcingledger.api.refusal;

/**
 * The rules an employment-compliance check's commands are refused under, by act. Each value is a client's contract
 * (the problem-details {@code rule} member): never change one.
 */
public final class ComplianceRuleCodes {

    public static final String NOT_FOUND = "compliance-check.not-found";

    private ComplianceRuleCodes() {
    }
}
