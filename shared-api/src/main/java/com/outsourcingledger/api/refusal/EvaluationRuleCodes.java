package com.outsourcingledger.api.refusal;

/**
 * The rules an evaluation's commands and reads are refused under, by act: scoring, countersigning, sharing, confirmation or dispute.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class EvaluationRuleCodes {

    public static final String NOT_FOUND = "evaluation.not-found";

    private EvaluationRuleCodes() {
    }
}
