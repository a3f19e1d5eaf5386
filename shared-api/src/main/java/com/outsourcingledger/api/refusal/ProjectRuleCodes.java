package com.outsourcingledger.api.refusal;

/**
 * The rules a project's commands are refused under, by act, and its request form's.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class ProjectRuleCodes {

    public static final String ACTIVATION_NOT_CONTRACTED = "project.activation.not-contracted";

    public static final String AWARD_NOT_SOURCING = "project.award.not-sourcing";
    public static final String AWARD_OTHER_SOURCING = "project.award.other-sourcing";

    public static final String CANCELLATION_NOT_CANCELLABLE = "project.cancellation.not-cancellable";
    public static final String CANCELLATION_REASON_REQUIRED = "project.cancellation.reason-required";

    public static final String CLOSURE_NOT_CONTRACTED = "project.closure.not-contracted";

    public static final String CONTRACTING_NOT_AWARDED = "project.contracting.not-awarded";

    public static final String NOT_FOUND = "project.not-found";

    public static final String REQUEST_BACKGROUND_REQUIRED = "project.request.background-required";
    public static final String REQUEST_BUDGET_REQUIRED = "project.request.budget-required";
    public static final String REQUEST_CATEGORY_REQUIRED = "project.request.category-required";
    public static final String REQUEST_COST_BENEFIT_REQUIRED = "project.request.cost-benefit-required";
    public static final String REQUEST_DELIVERABLES_REQUIRED = "project.request.deliverables-required";
    public static final String REQUEST_FUNDING_SOURCE_REQUIRED = "project.request.funding-source-required";
    public static final String REQUEST_HEADCOUNT_REQUIRED = "project.request.headcount-required";
    public static final String REQUEST_INVALID_PERIOD = "project.request.invalid-period";
    public static final String REQUEST_INVALID_RISK_RESERVE = "project.request.invalid-risk-reserve";
    public static final String REQUEST_NAME_REQUIRED = "project.request.name-required";
    public static final String REQUEST_NON_CORE_DECLARATION_REQUIRED = "project.request.non-core-declaration-required";
    public static final String REQUEST_PRELIMINARY_SLA_REQUIRED = "project.request.preliminary-sla-required";
    public static final String REQUEST_PROJECT_LEAD_REQUIRED = "project.request.project-lead-required";
    public static final String REQUEST_REQUEST_REQUIRED = "project.request.request-required";
    public static final String REQUEST_REQUESTING_DEPARTMENT_REQUIRED =
            "project.request.requesting-department-required";
    public static final String REQUEST_RISKS_REQUIRED = "project.request.risks-required";
    public static final String REQUEST_SCOPE_REQUIRED = "project.request.scope-required";
    public static final String REQUEST_SMART_GOALS_REQUIRED = "project.request.smart-goals-required";

    public static final String REVIEW_COMMENT_REQUIRED = "project.review.comment-required";
    public static final String REVIEW_HIGH_SHAM_OUTSOURCING_RISK = "project.review.high-sham-outsourcing-risk";
    public static final String REVIEW_NOT_SUBMITTED = "project.review.not-submitted";
    public static final String REVIEW_OUT_OF_ORDER = "project.review.out-of-order";
    public static final String REVIEW_OWN_REQUEST = "project.review.own-request";
    public static final String REVIEW_RISK_ASSESSMENT_NOT_APPLICABLE = "project.review.risk-assessment-not-applicable";
    public static final String REVIEW_RISK_ASSESSMENT_REQUIRED = "project.review.risk-assessment-required";
    public static final String REVIEW_STEP_AND_OPINION_REQUIRED = "project.review.step-and-opinion-required";
    public static final String REVIEW_WRONG_DEPARTMENT = "project.review.wrong-department";

    public static final String REVISION_NOT_DRAFT = "project.revision.not-draft";

    public static final String RETENDER_NOT_CONTRACTED = "project.retender.not-contracted";

    public static final String SOURCING_CANCELLATION_NOT_SOURCING = "project.sourcing-cancellation.not-sourcing";
    public static final String SOURCING_CANCELLATION_OTHER_SOURCING = "project.sourcing-cancellation.other-sourcing";
    public static final String SOURCING_NOT_ESTABLISHED = "project.sourcing.not-established";

    public static final String SUBMISSION_NOT_DRAFT = "project.submission.not-draft";
    public static final String SUBMISSION_NOT_LAST_EDITOR = "project.submission.not-last-editor";

    private ProjectRuleCodes() {
    }
}
