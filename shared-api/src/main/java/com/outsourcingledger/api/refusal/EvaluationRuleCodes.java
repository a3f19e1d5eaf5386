package com.outsourcingledger.api.refusal;

/**
 * The rules an evaluation's commands and reads are refused under, by act: scoring, countersigning, sharing, confirmation or dispute.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class EvaluationRuleCodes {

    public static final String CONFIRMATION_NOT_A_VENDOR_USER = "evaluation.confirmation.not-a-vendor-user";
    public static final String CONFIRMATION_WRONG_STATUS = "evaluation.confirmation.wrong-status";

    public static final String COUNTERSIGNATURE_OWN_SCORE = "evaluation.countersignature.own-score";
    public static final String COUNTERSIGNATURE_WRONG_DEPARTMENT = "evaluation.countersignature.wrong-department";
    public static final String COUNTERSIGNATURE_WRONG_STATUS = "evaluation.countersignature.wrong-status";

    public static final String DISPUTE_NOT_A_VENDOR_USER = "evaluation.dispute.not-a-vendor-user";
    public static final String DISPUTE_REASONS_REQUIRED = "evaluation.dispute.reasons-required";
    public static final String DISPUTE_WRONG_STATUS = "evaluation.dispute.wrong-status";

    public static final String OPEN_ALREADY_OPEN = "evaluation.open.already-open";
    public static final String OPEN_INCOMPLETE = "evaluation.open.incomplete";

    public static final String SCORING_DIMENSION_MISSING = "evaluation.scoring.dimension-missing";
    public static final String SCORING_SCORE_OUT_OF_RANGE = "evaluation.scoring.score-out-of-range";
    public static final String SCORING_WRONG_DEPARTMENT = "evaluation.scoring.wrong-department";
    public static final String SCORING_WRONG_STATUS = "evaluation.scoring.wrong-status";

    public static final String SHARING_WRONG_DEPARTMENT = "evaluation.sharing.wrong-department";
    public static final String SHARING_WRONG_STATUS = "evaluation.sharing.wrong-status";
    public static final String NOT_FOUND = "evaluation.not-found";

    private EvaluationRuleCodes() {
    }
}
