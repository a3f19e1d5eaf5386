package com.outsourcingledger.api.risk;

/** The events the ledger suggests a risk from by itself (§14). */
public enum RiskSuggestionSource {
    /** HR assessed a project's or contract's sham-outsourcing risk MEDIUM or HIGH. */
    SHAM_ASSESSMENT,
    /** A vendor's annual financial review concluded with concerns. */
    ANNUAL_REVIEW_CONCERNS,
    /** A vendor's annual financial review is overdue. */
    ANNUAL_REVIEW_OVERDUE,
    /** A contract's termination was recommended. */
    TERMINATION_RECOMMENDED,
    /** HR confirmed a sham-outsourcing signal. */
    SHAM_SIGNAL_CONFIRMED
}
