package com.outsourcingledger.api.compliance;

/** {@code PROOFS_REQUESTED → PROOFS_SUBMITTED → VERIFIED | VIOLATION_FOUND}; a violation may also be found on what
 * was not submitted at all. Overdue is a flag, not a state. */
public enum ComplianceCheckStatus {
    PROOFS_REQUESTED, PROOFS_SUBMITTED, VERIFIED, VIOLATION_FOUND
}
