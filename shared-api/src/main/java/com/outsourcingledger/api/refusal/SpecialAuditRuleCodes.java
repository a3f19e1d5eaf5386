package com.outsourcingledger.api.refusal;

/**
 * The rules a special audit's commands and reads are refused under, by act. Each value is a client's contract (the
 * problem-details {@code rule} member): never change one.
 */
public final class SpecialAuditRuleCodes {

    public static final String NOT_FOUND = "special-audit.not-found";

    private SpecialAuditRuleCodes() {
    }
}
