package com.outsourcingledger.api.refusal;

/**
 * The rules a sourcing's commands and reads are refused under, by act.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class SourcingRuleCodes {

    public static final String RANKING_NOT_FOUND = "ranking.not-found";

    public static final String AWARD_JUSTIFICATION_REQUIRED = "sourcing.award.justification-required";
    public static final String AWARD_NOT_A_CANDIDATE = "sourcing.award.not-a-candidate";
    public static final String AWARD_NOT_CONSOLIDATED = "sourcing.award.not-consolidated";
    public static final String AWARD_PROJECT_NOT_SOURCING = "sourcing.award.project-not-sourcing";
    public static final String AWARD_VENDOR_NOT_ADMITTED = "sourcing.award.vendor-not-admitted";

    public static final String CANCELLATION_REASON_REQUIRED = "sourcing.cancellation.reason-required";
    public static final String CANCELLATION_WRONG_STATUS = "sourcing.cancellation.wrong-status";

    public static final String CANDIDATE_REMOVAL_NOT_A_CANDIDATE = "sourcing.candidate-removal.not-a-candidate";
    public static final String CANDIDATE_REMOVAL_WRONG_STATUS = "sourcing.candidate-removal.wrong-status";

    public static final String CONSOLIDATION_ALREADY_CONSOLIDATED = "sourcing.consolidation.already-consolidated";
    public static final String CONSOLIDATION_SHEETS_MISSING = "sourcing.consolidation.sheets-missing";

    public static final String NOT_FOUND = "sourcing.not-found";

    public static final String OPEN_DUPLICATE_CANDIDATE = "sourcing.open.duplicate-candidate";
    public static final String OPEN_DUPLICATE_PANEL_MEMBER = "sourcing.open.duplicate-panel-member";
    public static final String OPEN_INVALID_POLICY = "sourcing.open.invalid-policy";
    public static final String OPEN_PANEL_INCOMPLETE = "sourcing.open.panel-incomplete";
    public static final String OPEN_PANEL_MEMBER_AUTHORED_REQUEST = "sourcing.open.panel-member-authored-request";
    public static final String OPEN_PANEL_MEMBER_OPENED_SOURCING = "sourcing.open.panel-member-opened-sourcing";
    public static final String OPEN_PROJECT_ALREADY_SOURCING = "sourcing.open.project-already-sourcing";
    public static final String OPEN_PROJECT_NOT_ESTABLISHED = "sourcing.open.project-not-established";
    public static final String OPEN_TOO_FEW_CANDIDATES = "sourcing.open.too-few-candidates";
    public static final String OPEN_UNKNOWN_PROJECT = "sourcing.open.unknown-project";
    public static final String OPEN_UNKNOWN_VENDOR = "sourcing.open.unknown-vendor";
    public static final String OPEN_VENDOR_INELIGIBLE = "sourcing.open.vendor-ineligible";
    public static final String OPEN_WEIGHTS_MUST_SUM_TO_100 = "sourcing.open.weights-must-sum-to-100";

    public static final String SCORE_SHEET_ALREADY_SUBMITTED = "sourcing.score-sheet.already-submitted";
    public static final String SCORE_SHEET_CONSOLIDATED = "sourcing.score-sheet.consolidated";
    public static final String SCORE_SHEET_INVALID_SCORES = "sourcing.score-sheet.invalid-scores";
    public static final String SCORE_SHEET_NOT_A_CANDIDATE = "sourcing.score-sheet.not-a-candidate";
    public static final String SCORE_SHEET_NOT_PANEL_MEMBER = "sourcing.score-sheet.not-panel-member";
    public static final String SCORE_SHEET_OWN_SOURCING = "sourcing.score-sheet.own-sourcing";
    public static final String SCORE_SHEET_OWN_VENDOR = "sourcing.score-sheet.own-vendor";

    private SourcingRuleCodes() {
    }
}
