package com.outsourcingledger.api.refusal;

/**
 * The rules a registered risk's commands and reads are refused under, by act. Each value is a client's contract (the
 * problem-details {@code rule} member): never change one.
 */
public final class RiskRuleCodes {

    public static final String ACKNOWLEDGEMENT_DIRECTION_REQUIRED = "risk.acknowledgement.direction-required";
    public static final String ACKNOWLEDGEMENT_NOT_ESCALATED = "risk.acknowledgement.not-escalated";
    public static final String ACKNOWLEDGEMENT_WRONG_DEPARTMENT = "risk.acknowledgement.wrong-department";

    public static final String ASSESSMENT_OUT_OF_SCALE = "risk.assessment.out-of-scale";
    public static final String ASSESSMENT_RATIONALE_REQUIRED = "risk.assessment.rationale-required";
    public static final String ASSESSMENT_WRONG_DEPARTMENT = "risk.assessment.wrong-department";
    public static final String ASSESSMENT_WRONG_STATUS = "risk.assessment.wrong-status";

    public static final String CLOSURE_REASON_REQUIRED = "risk.closure.reason-required";
    public static final String CLOSURE_WRONG_DEPARTMENT = "risk.closure.wrong-department";
    public static final String CLOSURE_WRONG_STATUS = "risk.closure.wrong-status";

    public static final String DISMISSAL_REASON_REQUIRED = "risk.dismissal.reason-required";
    public static final String DISMISSAL_WRONG_DEPARTMENT = "risk.dismissal.wrong-department";
    public static final String DISMISSAL_WRONG_STATUS = "risk.dismissal.wrong-status";

    public static final String IDENTIFICATION_INCOMPLETE = "risk.identification.incomplete";
    public static final String IDENTIFICATION_WRONG_DEPARTMENT = "risk.identification.wrong-department";

    public static final String RESPONSE_ACCEPT_NOT_LOW = "risk.response.accept-not-low";
    public static final String RESPONSE_CONTROLS_REQUIRED = "risk.response.controls-required";
    public static final String RESPONSE_REVIEW_DATE_PAST = "risk.response.review-date-past";
    public static final String RESPONSE_REVIEW_DATE_TOO_LATE = "risk.response.review-date-too-late";
    public static final String RESPONSE_STRATEGY_REQUIRED = "risk.response.strategy-required";
    public static final String RESPONSE_WRONG_DEPARTMENT = "risk.response.wrong-department";
    public static final String RESPONSE_WRONG_STATUS = "risk.response.wrong-status";

    public static final String REVIEW_ACCEPT_NOT_LOW = "risk.review.accept-not-low";
    public static final String REVIEW_CONTROLS_REQUIRED = "risk.review.controls-required";
    public static final String REVIEW_NEXT_DATE_PAST = "risk.review.next-date-past";
    public static final String REVIEW_NEXT_DATE_TOO_LATE = "risk.review.next-date-too-late";
    public static final String REVIEW_OUT_OF_SCALE = "risk.review.out-of-scale";
    public static final String REVIEW_STRATEGY_REQUIRED = "risk.review.strategy-required";
    public static final String REVIEW_WRONG_DEPARTMENT = "risk.review.wrong-department";
    public static final String REVIEW_WRONG_STATUS = "risk.review.wrong-status";

    public static final String SUGGESTION_ALREADY_SUGGESTED = "risk.suggestion.already-suggested";
    public static final String SUGGESTION_INCOMPLETE = "risk.suggestion.incomplete";

    public static final String NOT_FOUND = "risk.not-found";

    private RiskRuleCodes() {
    }
}
