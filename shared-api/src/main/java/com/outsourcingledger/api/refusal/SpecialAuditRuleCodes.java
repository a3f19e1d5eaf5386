package com.outsourcingledger.api.refusal;

/**
 * The rules a special audit's commands and reads are refused under, by act. Each value is a client's contract (the
 * problem-details {@code rule} member): never change one.
 */
public final class SpecialAuditRuleCodes {

    public static final String NOT_FOUND = "special-audit.not-found";

    public static final String OPEN_INVALID_PERIOD = "special-audit.open.invalid-period";
    public static final String OPEN_SCOPE_REQUIRED = "special-audit.open.scope-required";
    public static final String OPEN_WRONG_DEPARTMENT = "special-audit.open.wrong-department";

    public static final String JOIN_WRONG_DEPARTMENT = "special-audit.join.wrong-department";
    public static final String JOIN_WRONG_STATUS = "special-audit.join.wrong-status";

    public static final String CHECKLIST_WRONG_DEPARTMENT = "special-audit.checklist.wrong-department";
    public static final String CHECKLIST_WRONG_STATUS = "special-audit.checklist.wrong-status";

    public static final String FINDING_ALREADY_RECORDED = "special-audit.finding.already-recorded";
    public static final String FINDING_CONTRACT_NOT_IN_FORCE = "special-audit.finding.contract-not-in-force";
    public static final String FINDING_DESCRIPTION_REQUIRED = "special-audit.finding.description-required";
    public static final String FINDING_DUE_DATE_IN_PAST = "special-audit.finding.due-date-in-past";
    public static final String FINDING_ID_REQUIRED = "special-audit.finding.id-required";
    public static final String FINDING_OWNER_REQUIRED = "special-audit.finding.owner-required";
    public static final String FINDING_SEVERITY_REQUIRED = "special-audit.finding.severity-required";
    public static final String FINDING_UNKNOWN_CONTRACT = "special-audit.finding.unknown-contract";
    public static final String FINDING_WRONG_DEPARTMENT = "special-audit.finding.wrong-department";
    public static final String FINDING_WRONG_STATUS = "special-audit.finding.wrong-status";

    public static final String FINDING_NOT_FOUND = "special-audit.finding.not-found";
    public static final String RESOLUTION_AWAITS_RECTIFICATION = "special-audit.resolution.awaits-rectification";
    public static final String RESOLUTION_NOT_OPEN = "special-audit.resolution.not-open";
    public static final String RESOLUTION_TEXT_REQUIRED = "special-audit.resolution.text-required";
    public static final String RESOLUTION_WRONG_DEPARTMENT = "special-audit.resolution.wrong-department";
    public static final String ACCEPTANCE_NOT_OPEN = "special-audit.acceptance.not-open";
    public static final String ACCEPTANCE_REASON_REQUIRED = "special-audit.acceptance.reason-required";
    public static final String ACCEPTANCE_WRONG_DEPARTMENT = "special-audit.acceptance.wrong-department";

    public static final String SIGNATURE_ALREADY_SIGNED = "special-audit.signature.already-signed";
    public static final String SIGNATURE_CONCLUSION_REQUIRED = "special-audit.signature.conclusion-required";
    public static final String SIGNATURE_FINDINGS_OPEN = "special-audit.signature.findings-open";
    public static final String SIGNATURE_NO_CHECKLIST = "special-audit.signature.no-checklist";
    public static final String SIGNATURE_WRONG_DEPARTMENT = "special-audit.signature.wrong-department";
    public static final String SIGNATURE_WRONG_STATUS = "special-audit.signature.wrong-status";

    private SpecialAuditRuleCodes() {
    }
}
