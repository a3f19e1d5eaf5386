package com.outsourcingledger.api.specialaudit;

/**
 * The controls of the outsourcing policy [002 P3 Art.3–6] the ledger can answer from its events, one checklist line
 * each (§14). Each is answered for the subjects whose deciding event fell in the audit's period.
 */
public enum AuditControl {
    /** Each approved project passed its approval steps in order, HR's step with a sham-outsourcing assessment. */
    APPROVAL_ORDER_WITH_SHAM_ASSESSMENT,
    /** Each award came from a sourcing with at least 3 candidates and a full evaluation panel. */
    CANDIDATES_AND_PANEL,
    /** Each contract was signed after its NDA was recorded. */
    NDA_BEFORE_SIGNING,
    /** Each contract was signed after the co-review opinions of LEGAL, HR, FINANCE and BUSINESS. */
    FOUR_DEPARTMENT_CO_REVIEW,
    /** Each renewal was reviewed no later than the term's end − 3 months (the lead time in force). */
    RENEWAL_REVIEW_LEAD_TIME,
    /** Each BREACH termination carried LEGAL's sign-off. */
    BREACH_TERMINATION_LEGAL_SIGN_OFF,
    /** Each access grant went to a worker whose filing HR had verified. */
    FILING_BEFORE_ACCESS,
    /** Each worker's grants were revoked and assets returned by the last service day. */
    ACCESS_REVOKED_BY_LAST_SERVICE_DAY,
    /** Each paid settlement was confirmed by BUSINESS and checked by HR before FINANCE approved it. */
    SETTLEMENT_CONFIRMED_AND_CHECKED,
    /** Each PIP whose term ended was concluded. */
    PIP_CONCLUDED,
    /** Each incident's required parties were notified within the limit in force. */
    INCIDENT_NOTIFIED_IN_TIME,
    /** Each vendor's annual financial review was completed by its due date. */
    ANNUAL_REVIEW_ON_TIME
}
