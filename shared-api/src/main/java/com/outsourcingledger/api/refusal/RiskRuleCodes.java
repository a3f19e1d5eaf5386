package com.outsourcingledger.api.refusal;

/**
 * The rules a registered risk's commands and reads are refused under, by act. Each value is a client's contract (the
 * problem-details {@code rule} member): never change one.
 */
public final class RiskRuleCodes {

    public static final String NOT_FOUND = "risk.not-found";

    private RiskRuleCodes() {
    }
}
