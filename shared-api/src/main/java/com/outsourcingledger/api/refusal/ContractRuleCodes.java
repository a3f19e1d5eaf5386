package com.outsourcingledger.api.refusal;

/**
 * The rules a contract's commands are refused under, by act: drafting, review, signing, its facets.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class ContractRuleCodes {

    public static final String AMENDMENT_APPROVAL_ALREADY_GIVEN = "contract.amendment-approval.already-given";
    public static final String AMENDMENT_APPROVAL_OPINION_REQUIRED = "contract.amendment-approval.opinion-required";
    public static final String AMENDMENT_APPROVAL_OWN_DRAFT = "contract.amendment-approval.own-draft";
    public static final String AMENDMENT_APPROVAL_REASONS_REQUIRED = "contract.amendment-approval.reasons-required";
    public static final String AMENDMENT_APPROVAL_WRONG_DEPARTMENT = "contract.amendment-approval.wrong-department";

    public static final String AMENDMENT_ALREADY_PENDING = "contract.amendment.already-pending";
    public static final String AMENDMENT_AMENDMENT_ID_REQUIRED = "contract.amendment.amendment-id-required";
    public static final String AMENDMENT_CHANGE_DESCRIPTION_REQUIRED = "contract.amendment.change-description-required";
    public static final String AMENDMENT_CLAUSE_CATEGORY_REQUIRED = "contract.amendment.clause-category-required";
    public static final String AMENDMENT_CLIENT_PARTY_REQUIRED = "contract.amendment.client-party-required";
    public static final String AMENDMENT_CONTENT_REQUIRED = "contract.amendment.content-required";
    public static final String AMENDMENT_CURRENCY_MISMATCH = "contract.amendment.currency-mismatch";
    public static final String AMENDMENT_FEE_REQUIRED = "contract.amendment.fee-required";
    public static final String AMENDMENT_INVALID_BONUS = "contract.amendment.invalid-bonus";
    public static final String AMENDMENT_INVALID_FORCE_MAJEURE_THRESHOLD =
            "contract.amendment.invalid-force-majeure-threshold";
    public static final String AMENDMENT_NOT_FOUND = "contract.amendment.not-found";
    public static final String AMENDMENT_PAYMENT_METHOD_REQUIRED = "contract.amendment.payment-method-required";
    public static final String AMENDMENT_SCOPE_REQUIRED = "contract.amendment.scope-required";
    public static final String AMENDMENT_SLA_MISSING = "contract.amendment.sla-missing";
    public static final String AMENDMENT_VENDOR_PARTY_REQUIRED = "contract.amendment.vendor-party-required";
    public static final String AMENDMENT_WRONG_STATUS = "contract.amendment.wrong-status";

    public static final String CO_REVIEW_ALREADY_GIVEN = "contract.co-review.already-given";
    public static final String CO_REVIEW_NOT_IN_REVIEW = "contract.co-review.not-in-review";
    public static final String CO_REVIEW_OPINION_REQUIRED = "contract.co-review.opinion-required";
    public static final String CO_REVIEW_OWN_DRAFT = "contract.co-review.own-draft";
    public static final String CO_REVIEW_REASONS_REQUIRED = "contract.co-review.reasons-required";
    public static final String CO_REVIEW_WRONG_DEPARTMENT = "contract.co-review.wrong-department";

    public static final String DRAFTING_CLAUSE_CATEGORY_REQUIRED = "contract.drafting.clause-category-required";
    public static final String DRAFTING_CLIENT_PARTY_REQUIRED = "contract.drafting.client-party-required";
    public static final String DRAFTING_CONTENT_REQUIRED = "contract.drafting.content-required";
    public static final String DRAFTING_FEE_REQUIRED = "contract.drafting.fee-required";
    public static final String DRAFTING_INVALID_BONUS = "contract.drafting.invalid-bonus";
    public static final String DRAFTING_INVALID_FORCE_MAJEURE_THRESHOLD =
            "contract.drafting.invalid-force-majeure-threshold";
    public static final String DRAFTING_PAYMENT_METHOD_REQUIRED = "contract.drafting.payment-method-required";
    public static final String DRAFTING_SCOPE_REQUIRED = "contract.drafting.scope-required";
    public static final String DRAFTING_TERM_REQUIRED = "contract.drafting.term-required";
    public static final String DRAFTING_TITLE_REQUIRED = "contract.drafting.title-required";
    public static final String DRAFTING_PROJECT_NOT_AWARDED = "contract.drafting.project-not-awarded";
    public static final String DRAFTING_UNKNOWN_PROJECT = "contract.drafting.unknown-project";
    public static final String DRAFTING_UNKNOWN_VENDOR = "contract.drafting.unknown-vendor";
    public static final String DRAFTING_VENDOR_BARRED = "contract.drafting.vendor-barred";
    public static final String DRAFTING_VENDOR_PARTY_REQUIRED = "contract.drafting.vendor-party-required";
    public static final String DRAFTING_VENDOR_REQUIRED = "contract.drafting.vendor-required";

    public static final String EXIT_ACCESS_REVOCATION_DERIVED = "contract.exit.access-revocation-derived";
    public static final String EXIT_ACCESS_REVOCATION_IN_FUTURE = "contract.exit.access-revocation-in-future";
    public static final String EXIT_ALREADY_RECORDED = "contract.exit.already-recorded";
    public static final String EXIT_REFERENCE_REQUIRED = "contract.exit.reference-required";
    public static final String EXIT_SETTLEMENT_AMOUNT_REQUIRED = "contract.exit.settlement-amount-required";
    public static final String EXIT_SETTLEMENT_CURRENCY_MISMATCH = "contract.exit.settlement-currency-mismatch";
    public static final String EXIT_SETTLEMENT_NOT_BY_SETTLEMENT = "contract.exit.settlement-not-by-settlement";
    public static final String EXIT_WRONG_STATUS = "contract.exit.wrong-status";

    public static final String FLAG_ALREADY_FLAGGED = "contract.flag.already-flagged";
    public static final String FLAG_NOT_FLAGGED = "contract.flag.not-flagged";
    public static final String FLAG_WRONG_STATUS = "contract.flag.wrong-status";

    public static final String INSTRUCTION_ADDRESSEE_REQUIRED = "contract.instruction.addressee-required";
    public static final String INSTRUCTION_ALREADY_ISSUED = "contract.instruction.already-issued";
    public static final String INSTRUCTION_CONTENT_REQUIRED = "contract.instruction.content-required";
    public static final String INSTRUCTION_INSTRUCTION_ID_REQUIRED = "contract.instruction.instruction-id-required";
    public static final String INSTRUCTION_SUBJECT_REQUIRED = "contract.instruction.subject-required";
    public static final String INSTRUCTION_WRONG_STATUS = "contract.instruction.wrong-status";

    public static final String NDA_REFERENCE_REQUIRED = "contract.nda.reference-required";
    public static final String NDA_SIGNED_ON_REQUIRED = "contract.nda.signed-on-required";
    public static final String NDA_WRONG_STATUS = "contract.nda.wrong-status";

    public static final String NOT_FOUND = "contract.not-found";

    public static final String PIP_CONCLUSION_EVIDENCE_REQUIRED = "contract.pip-conclusion.evidence-required";
    public static final String PIP_CONCLUSION_NO_PLAN = "contract.pip-conclusion.no-plan";
    public static final String PIP_CONCLUSION_OUTCOME_REQUIRED = "contract.pip-conclusion.outcome-required";
    public static final String PIP_CONCLUSION_PIP_CONCLUDED = "contract.pip-conclusion.pip-concluded";

    public static final String PIP_PLAN_ACTIONS_REQUIRED = "contract.pip-plan.actions-required";
    public static final String PIP_PLAN_ALREADY_RECORDED = "contract.pip-plan.already-recorded";
    public static final String PIP_PLAN_PIP_CONCLUDED = "contract.pip-plan.pip-concluded";
    public static final String PIP_PLAN_ROOT_CAUSE_REQUIRED = "contract.pip-plan.root-cause-required";

    public static final String PIP_PROGRESS_NO_PLAN = "contract.pip-progress.no-plan";
    public static final String PIP_PROGRESS_NOTES_REQUIRED = "contract.pip-progress.notes-required";
    public static final String PIP_PROGRESS_PIP_CONCLUDED = "contract.pip-progress.pip-concluded";

    public static final String PIP_NOT_FOUND = "contract.pip.not-found";

    public static final String RECTIFICATION_CONCLUSION_NO_PLAN = "contract.rectification-conclusion.no-plan";
    public static final String RECTIFICATION_CONCLUSION_NOTES_REQUIRED =
            "contract.rectification-conclusion.notes-required";
    public static final String RECTIFICATION_CONCLUSION_NOTICE_CONCLUDED =
            "contract.rectification-conclusion.notice-concluded";
    public static final String RECTIFICATION_CONCLUSION_OUTCOME_REQUIRED =
            "contract.rectification-conclusion.outcome-required";

    public static final String RECTIFICATION_PLAN_NOTICE_CONCLUDED = "contract.rectification-plan.notice-concluded";
    public static final String RECTIFICATION_PLAN_PLAN_REQUIRED = "contract.rectification-plan.plan-required";

    public static final String RECTIFICATION_ALREADY_ISSUED = "contract.rectification.already-issued";
    public static final String RECTIFICATION_AUTOMATIC_TRIGGER = "contract.rectification.automatic-trigger";
    public static final String RECTIFICATION_DUE_DATE_NOT_IN_FUTURE = "contract.rectification.due-date-not-in-future";
    public static final String RECTIFICATION_EVIDENCE_REQUIRED = "contract.rectification.evidence-required";
    public static final String RECTIFICATION_EVALUATION_ALREADY_NOTICED =
            "contract.rectification.evaluation-already-noticed";
    public static final String RECTIFICATION_EVALUATION_REQUIRED = "contract.rectification.evaluation-required";
    public static final String RECTIFICATION_LEGAL_SIGN_OFF_REQUIRED = "contract.rectification.legal-sign-off-required";
    public static final String RECTIFICATION_NOT_FOUND = "contract.rectification.not-found";
    public static final String RECTIFICATION_NOTICE_ID_REQUIRED = "contract.rectification.notice-id-required";
    public static final String RECTIFICATION_REASON_REQUIRED = "contract.rectification.reason-required";
    public static final String RECTIFICATION_WRONG_STATUS = "contract.rectification.wrong-status";

    public static final String RENEWAL_ALREADY_DECIDED = "contract.renewal.already-decided";
    public static final String RENEWAL_DECISION_REQUIRED = "contract.renewal.decision-required";
    public static final String RENEWAL_FLAGGED = "contract.renewal.flagged";
    public static final String RENEWAL_REASON_REQUIRED = "contract.renewal.reason-required";
    public static final String RENEWAL_REVIEW_NOT_OPEN = "contract.renewal.review-not-open";
    public static final String RENEWAL_SHAM_RISK_HIGH = "contract.renewal.sham-risk-high";
    public static final String RENEWAL_SHAM_RISK_NOT_ASSESSED = "contract.renewal.sham-risk-not-assessed";
    public static final String RENEWAL_TERM_NOT_CONTINUOUS = "contract.renewal.term-not-continuous";
    public static final String RENEWAL_VENDOR_NOT_ADMITTED = "contract.renewal.vendor-not-admitted";
    public static final String RENEWAL_WRONG_STATUS = "contract.renewal.wrong-status";

    public static final String RESUMPTION_FLAGGED = "contract.resumption.flagged";
    public static final String RESUMPTION_REASON_REQUIRED = "contract.resumption.reason-required";
    public static final String RESUMPTION_VENDOR_NOT_ADMITTED = "contract.resumption.vendor-not-admitted";
    public static final String RESUMPTION_WRONG_STATUS = "contract.resumption.wrong-status";

    public static final String REVISION_CLAUSE_CATEGORY_REQUIRED = "contract.revision.clause-category-required";
    public static final String REVISION_CLIENT_PARTY_REQUIRED = "contract.revision.client-party-required";
    public static final String REVISION_CONTENT_REQUIRED = "contract.revision.content-required";
    public static final String REVISION_CURRENCY_MISMATCH = "contract.revision.currency-mismatch";
    public static final String REVISION_FEE_REQUIRED = "contract.revision.fee-required";
    public static final String REVISION_INVALID_BONUS = "contract.revision.invalid-bonus";
    public static final String REVISION_INVALID_FORCE_MAJEURE_THRESHOLD =
            "contract.revision.invalid-force-majeure-threshold";
    public static final String REVISION_PAYMENT_METHOD_REQUIRED = "contract.revision.payment-method-required";
    public static final String REVISION_SCOPE_REQUIRED = "contract.revision.scope-required";
    public static final String REVISION_TERM_REQUIRED = "contract.revision.term-required";
    public static final String REVISION_TITLE_REQUIRED = "contract.revision.title-required";
    public static final String REVISION_VENDOR_PARTY_REQUIRED = "contract.revision.vendor-party-required";
    public static final String REVISION_WRONG_STATUS = "contract.revision.wrong-status";

    public static final String RISK_AVOIDANCE_ALREADY_RECOMMENDED = "contract.risk-avoidance.already-recommended";
    public static final String RISK_AVOIDANCE_EXPLANATION_REQUIRED = "contract.risk-avoidance.explanation-required";
    public static final String RISK_AVOIDANCE_RISK_REQUIRED = "contract.risk-avoidance.risk-required";
    public static final String RISK_AVOIDANCE_SIGNAL_REQUIRED = "contract.risk-avoidance.signal-required";
    public static final String RISK_AVOIDANCE_WRONG_STATUS = "contract.risk-avoidance.wrong-status";

    public static final String SHAM_RISK_OCCASION_REQUIRED = "contract.sham-risk.occasion-required";
    public static final String SHAM_RISK_REASONS_REQUIRED = "contract.sham-risk.reasons-required";
    public static final String SHAM_RISK_RENEWAL_NOT_OPEN = "contract.sham-risk.renewal-not-open";
    public static final String SHAM_RISK_RISK_REQUIRED = "contract.sham-risk.risk-required";
    public static final String SHAM_RISK_SIGNAL_ALREADY_ASSESSED = "contract.sham-risk.signal-already-assessed";
    public static final String SHAM_RISK_SIGNAL_ONLY_FROM_PROCESS = "contract.sham-risk.signal-only-from-process";
    public static final String SHAM_RISK_SIGNAL_REQUIRED = "contract.sham-risk.signal-required";
    public static final String SHAM_RISK_WRONG_DEPARTMENT = "contract.sham-risk.wrong-department";
    public static final String SHAM_RISK_WRONG_STATUS = "contract.sham-risk.wrong-status";

    public static final String SIGNING_FLAGGED = "contract.signing.flagged";
    public static final String SIGNING_NDA_MISSING = "contract.signing.nda-missing";
    public static final String SIGNING_TERM_OVER = "contract.signing.term-over";
    public static final String SIGNING_VENDOR_NOT_ADMITTED = "contract.signing.vendor-not-admitted";
    public static final String SIGNING_WRONG_STATUS = "contract.signing.wrong-status";

    public static final String SITE_LEAD_NAME_REQUIRED = "contract.site-lead.name-required";
    public static final String SITE_LEAD_WRONG_STATUS = "contract.site-lead.wrong-status";

    public static final String SLA_CORRECTION_NOT_MEASURED = "contract.sla-correction.not-measured";
    public static final String SLA_CORRECTION_REASON_REQUIRED = "contract.sla-correction.reason-required";
    public static final String SLA_CORRECTION_UNCHANGED = "contract.sla-correction.unchanged";
    public static final String SLA_CORRECTION_WRONG_STATUS = "contract.sla-correction.wrong-status";

    public static final String SLA_MEASUREMENT_ALREADY_RECORDED = "contract.sla-measurement.already-recorded";
    public static final String SLA_MEASUREMENT_PERIOD_IN_FUTURE = "contract.sla-measurement.period-in-future";
    public static final String SLA_MEASUREMENT_PERIOD_OUTSIDE_TERM = "contract.sla-measurement.period-outside-term";
    public static final String SLA_MEASUREMENT_VALUE_REQUIRED = "contract.sla-measurement.value-required";
    public static final String SLA_MEASUREMENT_WRONG_PERIOD_KIND = "contract.sla-measurement.wrong-period-kind";
    public static final String SLA_MEASUREMENT_WRONG_STATUS = "contract.sla-measurement.wrong-status";

    public static final String SLA_REVIEW_WRONG_STATUS = "contract.sla-review.wrong-status";

    public static final String SLA_ALREADY_DEFINED = "contract.sla.already-defined";
    public static final String SLA_CURRENCY_MISMATCH = "contract.sla.currency-mismatch";
    public static final String SLA_INCOMPLETE = "contract.sla.incomplete";
    public static final String SLA_INVALID_PENALTY = "contract.sla.invalid-penalty";
    public static final String SLA_NOT_FOUND = "contract.sla.not-found";
    public static final String SLA_NOT_MEASURABLE = "contract.sla.not-measurable";
    public static final String SLA_WRONG_STATUS = "contract.sla.wrong-status";

    public static final String SUBMISSION_CLAUSES_MISSING = "contract.submission.clauses-missing";
    public static final String SUBMISSION_SLA_MISSING = "contract.submission.sla-missing";
    public static final String SUBMISSION_WRONG_STATUS = "contract.submission.wrong-status";

    public static final String SUSPENSION_REASON_REQUIRED = "contract.suspension.reason-required";
    public static final String SUSPENSION_WRONG_STATUS = "contract.suspension.wrong-status";

    public static final String TERMINATION_SIGN_OFF_EVIDENCE_REQUIRED =
            "contract.termination-sign-off.evidence-required";
    public static final String TERMINATION_SIGN_OFF_WRONG_STATUS = "contract.termination-sign-off.wrong-status";

    public static final String TERMINATION_EVIDENCE_REQUIRED = "contract.termination.evidence-required";
    public static final String TERMINATION_EXPLANATION_REQUIRED = "contract.termination.explanation-required";
    public static final String TERMINATION_FORCE_MAJEURE_SINCE_REQUIRED =
            "contract.termination.force-majeure-since-required";
    public static final String TERMINATION_FORCE_MAJEURE_SINCE_UNEXPECTED =
            "contract.termination.force-majeure-since-unexpected";
    public static final String TERMINATION_FORCE_MAJEURE_TOO_SHORT = "contract.termination.force-majeure-too-short";
    public static final String TERMINATION_LAST_SERVICE_DAY_BEFORE_TERM =
            "contract.termination.last-service-day-before-term";
    public static final String TERMINATION_LEGAL_SIGN_OFF_REQUIRED = "contract.termination.legal-sign-off-required";
    public static final String TERMINATION_NO_FAILED_PIP = "contract.termination.no-failed-pip";
    public static final String TERMINATION_REASON_REQUIRED = "contract.termination.reason-required";
    public static final String TERMINATION_WRONG_STATUS = "contract.termination.wrong-status";

    public static final String VENDOR_SANCTION_WRONG_STATUS = "contract.vendor-sanction.wrong-status";

    public static final String VIOLATION_REPORT_ADDRESSEE_REQUIRED = "contract.violation-report.addressee-required";
    public static final String VIOLATION_REPORT_ALREADY_REPORTED = "contract.violation-report.already-reported";
    public static final String VIOLATION_REPORT_DESCRIPTION_REQUIRED =
            "contract.violation-report.description-required";
    public static final String VIOLATION_REPORT_REPORT_ID_REQUIRED = "contract.violation-report.report-id-required";
    public static final String VIOLATION_REPORT_WRONG_STATUS = "contract.violation-report.wrong-status";

    public static final String WITHDRAWAL_REASON_REQUIRED = "contract.withdrawal.reason-required";
    public static final String WITHDRAWAL_WRONG_STATUS = "contract.withdrawal.wrong-status";

    private ContractRuleCodes() {
    }
}
