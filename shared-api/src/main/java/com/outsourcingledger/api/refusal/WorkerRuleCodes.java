package com.outsourcingledger.api.refusal;

/**
 * The rules a worker's commands and reads are refused under. Each value is a client's contract (the
 * problem-details {@code rule} member): never change one.
 */
public final class WorkerRuleCodes {

    public static final String NOT_FOUND = "worker.not-found";

    private WorkerRuleCodes() {
    }
}
