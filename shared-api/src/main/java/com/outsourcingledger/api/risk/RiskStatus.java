package com.outsourcingledger.api.risk;

/**
 * SUGGESTED by the ledger from an event until its owner assesses or dismisses it; IDENTIFIED by a user; ASSESSED;
 * RESPONDED once a response is planned (and after each review); DISMISSED (a suggestion only) and CLOSED end it.
 */
public enum RiskStatus {
    SUGGESTED, IDENTIFIED, ASSESSED, RESPONDED, DISMISSED, CLOSED
}
