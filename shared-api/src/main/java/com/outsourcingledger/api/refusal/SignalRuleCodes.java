package com.outsourcingledger.api.refusal;

/**
 * The rules a sham-outsourcing signal's commands are refused under, by act. Each value is a client's contract
 * (the problem-details {@code rule} member): never change one.
 */
public final class SignalRuleCodes {

    public static final String NOT_FOUND = "sham-signal.not-found";

    private SignalRuleCodes() {
    }
}
