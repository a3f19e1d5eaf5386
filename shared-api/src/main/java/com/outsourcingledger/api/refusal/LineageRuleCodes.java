package com.outsourcingledger.api.refusal;

/**
 * The rules the breach → penalty → settlement → payment lineage answers are refused under.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class LineageRuleCodes {

    public static final String BREACH_NOT_FOUND = "lineage.breach.not-found";
    public static final String SETTLEMENT_NOT_FOUND = "lineage.settlement.not-found";

    private LineageRuleCodes() {
    }
}
