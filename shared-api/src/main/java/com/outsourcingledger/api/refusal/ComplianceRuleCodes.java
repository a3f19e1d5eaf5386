package com.outsourcingledger.api.refusal;

/**
 * The rules an employment-compliance check's commands are refused under, by act: opening, the vendor's submission of
 * proofs, HR's verification and HR's record of a violation. Each value is a client's contract (the problem-details
 * {@code rule} member): never change one.
 */
public final class ComplianceRuleCodes {

    public static final String NOT_FOUND = "compliance-check.not-found";

    public static final String OPEN_ALREADY_OPEN = "compliance-check.open.already-open";
    public static final String OPEN_CONTRACT_NOT_IN_FORCE = "compliance-check.open.contract-not-in-force";
    public static final String OPEN_DUE_DATE_IN_PAST = "compliance-check.open.due-date-in-past";
    public static final String OPEN_OCCASION_REQUIRED = "compliance-check.open.occasion-required";
    public static final String OPEN_PROOFS_REQUIRED = "compliance-check.open.proofs-required";
    public static final String OPEN_SETTLEMENT_REQUIRED = "compliance-check.open.settlement-required";
    public static final String OPEN_UNKNOWN_CONTRACT = "compliance-check.open.unknown-contract";
    public static final String OPEN_WRONG_DEPARTMENT = "compliance-check.open.wrong-department";

    public static final String SUBMISSION_NOT_A_VENDOR_USER = "compliance-check.submission.not-a-vendor-user";
    public static final String SUBMISSION_NOT_REQUESTED = "compliance-check.submission.not-requested";
    public static final String SUBMISSION_PROOFS_REQUIRED = "compliance-check.submission.proofs-required";
    public static final String SUBMISSION_WRONG_STATUS = "compliance-check.submission.wrong-status";

    public static final String VERIFICATION_WRONG_DEPARTMENT = "compliance-check.verification.wrong-department";
    public static final String VERIFICATION_WRONG_STATUS = "compliance-check.verification.wrong-status";

    public static final String VIOLATION_FINDINGS_REQUIRED = "compliance-check.violation.findings-required";
    public static final String VIOLATION_KIND_REQUIRED = "compliance-check.violation.kind-required";
    public static final String VIOLATION_WRONG_DEPARTMENT = "compliance-check.violation.wrong-department";
    public static final String VIOLATION_WRONG_STATUS = "compliance-check.violation.wrong-status";

    private ComplianceRuleCodes() {
    }
}
