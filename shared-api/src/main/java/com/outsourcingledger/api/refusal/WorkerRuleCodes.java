package com.outsourcingledger.api.refusal;

/**
 * The rules an outsourced worker's commands are refused under, by act: filing and its resubmission, verification,
 * rejection, induction, badge, social-insurance proof renewal, access requests and grants, assets, withdrawal,
 * offboarding and erasure.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class WorkerRuleCodes {

    public static final String ACCESS_APPROVAL_OWN_REQUEST = "worker.access-approval.own-request";
    public static final String ACCESS_APPROVAL_WRONG_STATUS = "worker.access-approval.wrong-status";

    public static final String ACCESS_CHANGE_JUSTIFICATION_REQUIRED = "worker.access-change.justification-required";
    public static final String ACCESS_CHANGE_OWN_REQUEST = "worker.access-change.own-request";
    public static final String ACCESS_CHANGE_SCOPE_REQUIRED = "worker.access-change.scope-required";
    public static final String ACCESS_CHANGE_WRONG_STATUS = "worker.access-change.wrong-status";

    public static final String ACCESS_GRANT_NOT_GRANTED = "worker.access-grant.not-granted";
    public static final String ACCESS_GRANT_NOT_PENDING = "worker.access-grant.not-pending";
    public static final String ACCESS_GRANT_UNKNOWN = "worker.access-grant.unknown";

    public static final String ACCESS_REJECTION_REASONS_REQUIRED = "worker.access-rejection.reasons-required";

    public static final String ACCESS_REQUEST_DUPLICATE_GRANT = "worker.access-request.duplicate-grant";
    public static final String ACCESS_REQUEST_JUSTIFICATION_REQUIRED = "worker.access-request.justification-required";
    public static final String ACCESS_REQUEST_RESOURCE_REQUIRED = "worker.access-request.resource-required";
    public static final String ACCESS_REQUEST_SCOPE_REQUIRED = "worker.access-request.scope-required";
    public static final String ACCESS_REQUEST_WRONG_STATUS = "worker.access-request.wrong-status";

    public static final String ACCESS_REVOCATION_DATE_IN_FUTURE = "worker.access-revocation.date-in-future";

    public static final String ASSET_ISSUE_ALREADY_HELD = "worker.asset-issue.already-held";
    public static final String ASSET_ISSUE_DESCRIPTION_REQUIRED = "worker.asset-issue.description-required";
    public static final String ASSET_ISSUE_WRONG_STATUS = "worker.asset-issue.wrong-status";

    public static final String ASSET_RETURN_DATE_IN_FUTURE = "worker.asset-return.date-in-future";
    public static final String ASSET_RETURN_NOT_HELD = "worker.asset-return.not-held";

    public static final String BADGE_EMAIL_SUFFIX_REQUIRED = "worker.badge.email-suffix-required";
    public static final String BADGE_NUMBER_REQUIRED = "worker.badge.number-required";
    public static final String BADGE_NUMBER_TAKEN = "worker.badge.number-taken";
    public static final String BADGE_WRONG_STATUS = "worker.badge.wrong-status";

    public static final String ERASURE_ALREADY_ERASED = "worker.erasure.already-erased";
    public static final String ERASURE_REASON_REQUIRED = "worker.erasure.reason-required";

    public static final String FILING_CONFIDENTIALITY_PLEDGE_MISSING = "worker.filing.confidentiality-pledge-missing";
    public static final String FILING_CONTRACT_NOT_IN_FORCE = "worker.filing.contract-not-in-force";
    public static final String FILING_INVALID_COVERAGE_MONTH = "worker.filing.invalid-coverage-month";
    public static final String FILING_LABOR_CONTRACT_MISSING = "worker.filing.labor-contract-missing";
    public static final String FILING_NOT_A_VENDOR_USER = "worker.filing.not-a-vendor-user";
    public static final String FILING_PERSONAL_DATA_REQUIRED = "worker.filing.personal-data-required";
    public static final String FILING_SOCIAL_INSURANCE_MISSING = "worker.filing.social-insurance-missing";
    public static final String FILING_UNKNOWN_CONTRACT = "worker.filing.unknown-contract";

    public static final String INDUCTION_DATE_IN_FUTURE = "worker.induction.date-in-future";
    public static final String INDUCTION_TOPIC_NOT_ALLOWED = "worker.induction.topic-not-allowed";
    public static final String INDUCTION_TOPICS_REQUIRED = "worker.induction.topics-required";
    public static final String INDUCTION_WRONG_STATUS = "worker.induction.wrong-status";

    public static final String OFFBOARDING_LAST_SERVICE_DAY_REQUIRED = "worker.offboarding.last-service-day-required";
    public static final String OFFBOARDING_WRONG_STATUS = "worker.offboarding.wrong-status";

    public static final String REJECTION_OWN_FILING = "worker.rejection.own-filing";
    public static final String REJECTION_REASONS_REQUIRED = "worker.rejection.reasons-required";
    public static final String REJECTION_WRONG_STATUS = "worker.rejection.wrong-status";

    public static final String RESUBMISSION_WRONG_STATUS = "worker.resubmission.wrong-status";

    public static final String SOCIAL_INSURANCE_RENEWAL_INVALID_MONTH =
            "worker.social-insurance-renewal.invalid-month";
    public static final String SOCIAL_INSURANCE_RENEWAL_MONTH_BEFORE_CURRENT =
            "worker.social-insurance-renewal.month-before-current";
    public static final String SOCIAL_INSURANCE_RENEWAL_NOT_A_VENDOR_USER =
            "worker.social-insurance-renewal.not-a-vendor-user";
    public static final String SOCIAL_INSURANCE_RENEWAL_REFERENCE_REQUIRED =
            "worker.social-insurance-renewal.reference-required";
    public static final String SOCIAL_INSURANCE_RENEWAL_WRONG_STATUS = "worker.social-insurance-renewal.wrong-status";

    public static final String VERIFICATION_OWN_FILING = "worker.verification.own-filing";
    public static final String VERIFICATION_WRONG_STATUS = "worker.verification.wrong-status";

    public static final String WITHDRAWAL_REASON_REQUIRED = "worker.withdrawal.reason-required";
    public static final String WITHDRAWAL_STILL_HOLDING = "worker.withdrawal.still-holding";
    public static final String WITHDRAWAL_WRONG_STATUS = "worker.withdrawal.wrong-status";

    public static final String NOT_FOUND = "worker.not-found";

    private WorkerRuleCodes() {
    }
}
