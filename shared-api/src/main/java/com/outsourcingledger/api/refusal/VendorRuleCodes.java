package com.outsourcingledger.api.refusal;

/**
 * The rules a vendor's commands are refused under, by act: registration, due diligence, sanctions.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class VendorRuleCodes {

    public static final String ADMISSION_REJECTION_BLACKLISTED = "vendor.admission-rejection.blacklisted";
    public static final String ADMISSION_REJECTION_NOT_UNDER_DUE_DILIGENCE =
            "vendor.admission-rejection.not-under-due-diligence";
    public static final String ADMISSION_REJECTION_REASONS_REQUIRED = "vendor.admission-rejection.reasons-required";

    public static final String ADMISSION_BLACKLISTED = "vendor.admission.blacklisted";
    public static final String ADMISSION_CRITERIA_INCOMPLETE = "vendor.admission.criteria-incomplete";
    public static final String ADMISSION_CRITERION_FAILED = "vendor.admission.criterion-failed";
    public static final String ADMISSION_NOT_UNDER_DUE_DILIGENCE = "vendor.admission.not-under-due-diligence";
    public static final String ADMISSION_QUALIFICATION_EXPIRED = "vendor.admission.qualification-expired";
    public static final String ADMISSION_OWN_WORK = "vendor.admission.own-work";
    public static final String ADMISSION_REQUIRED_DOCUMENT_MISSING = "vendor.admission.required-document-missing";

    public static final String ANNUAL_REVIEW_BLACKLISTED = "vendor.annual-review.blacklisted";
    public static final String ANNUAL_REVIEW_NOT_ADMITTED = "vendor.annual-review.not-admitted";
    public static final String ANNUAL_REVIEW_OUTCOME_REQUIRED = "vendor.annual-review.outcome-required";

    public static final String BLACKLISTING_BLACKLISTED = "vendor.blacklisting.blacklisted";
    public static final String BLACKLISTING_EVIDENCE_REQUIRED = "vendor.blacklisting.evidence-required";
    public static final String BLACKLISTING_REASON_REQUIRED = "vendor.blacklisting.reason-required";

    public static final String CREDIT_CODE_ALREADY_REGISTERED = "vendor.credit-code.already-registered";

    public static final String DUE_DILIGENCE_BLACKLISTED = "vendor.due-diligence.blacklisted";
    public static final String DUE_DILIGENCE_FINDING_INCOMPLETE = "vendor.due-diligence.finding-incomplete";
    public static final String DUE_DILIGENCE_NOT_STARTABLE = "vendor.due-diligence.not-startable";
    public static final String DUE_DILIGENCE_NOT_UNDER_DUE_DILIGENCE = "vendor.due-diligence.not-under-due-diligence";
    public static final String DUE_DILIGENCE_WRONG_DEPARTMENT = "vendor.due-diligence.wrong-department";
    public static final String DUE_DILIGENCE_REEXAMINATION_REASON_REQUIRED =
            "vendor.due-diligence.reexamination-reason-required";

    public static final String ELIMINATION_BLACKLISTED = "vendor.elimination.blacklisted";
    public static final String ELIMINATION_NOT_ADMITTED = "vendor.elimination.not-admitted";
    public static final String ELIMINATION_EVIDENCE_REQUIRED = "vendor.elimination.evidence-required";
    public static final String ELIMINATION_REASON_REQUIRED = "vendor.elimination.reason-required";

    public static final String NOT_FOUND = "vendor.not-found";

    public static final String PORTAL_ACCOUNT_BLACKLISTED = "vendor.portal-account.blacklisted";
    public static final String PORTAL_ACCOUNT_NOT_ADMITTED = "vendor.portal-account.not-admitted";
    public static final String PORTAL_ACCOUNT_PASSWORD_TOO_LONG = "vendor.portal-account.password-too-long";
    public static final String PORTAL_ACCOUNT_PASSWORD_TOO_SHORT = "vendor.portal-account.password-too-short";
    public static final String PORTAL_ACCOUNT_USERNAME_RESERVED = "vendor.portal-account.username-reserved";
    public static final String PORTAL_ACCOUNT_USERNAME_TAKEN = "vendor.portal-account.username-taken";
    public static final String PORTAL_ACCOUNT_CLOSURE_ALREADY_CLOSED = "vendor.portal-account-closure.already-closed";
    public static final String PORTAL_ACCOUNT_CLOSURE_NOT_FOUND = "vendor.portal-account-closure.not-found";
    public static final String PORTAL_ACCOUNT_CLOSURE_REASON_REQUIRED = "vendor.portal-account-closure.reason-required";

    public static final String QUALIFICATION_RENEWAL_BLACKLISTED = "vendor.qualification-renewal.blacklisted";
    public static final String QUALIFICATION_RENEWAL_INVALID_VALIDITY = "vendor.qualification-renewal.invalid-validity";
    public static final String QUALIFICATION_RENEWAL_NOT_IN_FUTURE = "vendor.qualification-renewal.not-in-future";

    public static final String QUALIFICATION_ALREADY_ADDED = "vendor.qualification.already-added";
    public static final String QUALIFICATION_BLACKLISTED = "vendor.qualification.blacklisted";
    public static final String QUALIFICATION_INVALID_VALIDITY = "vendor.qualification.invalid-validity";
    public static final String QUALIFICATION_NOT_FOUND = "vendor.qualification.not-found";

    public static final String REGISTRATION_CREDIT_CODE_REQUIRED = "vendor.registration.credit-code-required";
    public static final String REGISTRATION_LEGAL_NAME_REQUIRED = "vendor.registration.legal-name-required";
    public static final String REGISTRATION_NEGATIVE_CAPITAL = "vendor.registration.negative-capital";

    public static final String REINSTATEMENT_BLACKLISTED = "vendor.reinstatement.blacklisted";
    public static final String REINSTATEMENT_NOT_SUSPENDED = "vendor.reinstatement.not-suspended";
    public static final String REINSTATEMENT_QUALIFICATION_EXPIRED = "vendor.reinstatement.qualification-expired";
    public static final String REINSTATEMENT_REASON_REQUIRED = "vendor.reinstatement.reason-required";

    public static final String SUSPENSION_BLACKLISTED = "vendor.suspension.blacklisted";
    public static final String SUSPENSION_NOT_ADMITTED = "vendor.suspension.not-admitted";
    public static final String SUSPENSION_EVIDENCE_REQUIRED = "vendor.suspension.evidence-required";
    public static final String SUSPENSION_REASON_REQUIRED = "vendor.suspension.reason-required";

    public static final String TIER_BLACKLISTED = "vendor.tier.blacklisted";
    public static final String TIER_NOT_ADMITTED = "vendor.tier.not-admitted";
    public static final String TIER_TIER_REQUIRED = "vendor.tier.tier-required";
    public static final String TIER_UNCHANGED = "vendor.tier.unchanged";

    public static final String WARNING_BLACKLISTED = "vendor.warning.blacklisted";
    public static final String WARNING_NOT_ADMITTED = "vendor.warning.not-admitted";
    public static final String WARNING_EVIDENCE_REQUIRED = "vendor.warning.evidence-required";
    public static final String WARNING_REASON_REQUIRED = "vendor.warning.reason-required";

    private VendorRuleCodes() {
    }
}
