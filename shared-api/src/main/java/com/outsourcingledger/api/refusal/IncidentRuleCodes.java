package com.outsourcingledger.api.refusal;

/**
 * The rules an incident's commands and reads are refused under, by act. Each value is a client's contract (the
 * problem-details {@code rule} member): never change one.
 */
public final class IncidentRuleCodes {

    public static final String NOT_FOUND = "incident.not-found";

    private IncidentRuleCodes() {
    }
}
