package com.outsourcingledger.api.refusal;

/**
 * The rules a settlement's commands and reads are refused under, by act: request, confirmation, compliance check, verification, approval, payment.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class SettlementRuleCodes {

    public static final String NOT_FOUND = "settlement.not-found";

    private SettlementRuleCodes() {
    }
}
