package com.outsourcingledger.api.signal;

/**
 * The sham-outsourcing (假外包、真派遣) signals the ledger raises from events by itself (§13), each a sign that the
 * client is managing the vendor's workers as its own or buying labor rather than results.
 */
public enum ShamSignalType {
    /** The fee model prices heads or hours (PER_HEAD, TIME_AND_MATERIAL). */
    PER_HEAD_PRICING,
    /** An instruction to the vendor not addressed to the vendor's site lead. */
    INSTRUCTION_NOT_TO_SITE_LEAD,
    /** A worker's rule violation reported to someone other than the vendor's site lead. */
    VIOLATION_REPORT_NOT_TO_SITE_LEAD,
    /** An induction asked for outside SAFETY, CONFIDENTIALITY and WORK_ENVIRONMENT (company-level training). */
    INDUCTION_OUTSIDE_TOPICS,
    /** A worker given access or assets without filed proofs, a badge or an email suffix. */
    WORKER_WITHOUT_PROOFS_OR_BADGE,
    /** A worker's social-insurance proof no longer covers a recent month. */
    LAPSED_SOCIAL_INSURANCE,
    /** The vendor holds a labor-dispatch permit (劳务派遣许可证) for an outsourcing contract. */
    LABOR_DISPATCH_PERMIT,
    /** An employment-compliance check found a violation. */
    COMPLIANCE_VIOLATION
}
