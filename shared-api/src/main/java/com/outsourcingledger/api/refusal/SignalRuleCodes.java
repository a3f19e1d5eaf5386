package com.outsourcingledger.api.refusal;

/**
 * The rules a sham-outsourcing signal's commands and reads are refused under, by act: raising, LEGAL's opinion,
 * dismissal or confirmation. Each value is a client's contract (the problem-details {@code rule} member): never
 * change one.
 */
public final class SignalRuleCodes {

    public static final String CONFIRMATION_EXPLANATION_REQUIRED = "sham-signal.confirmation.explanation-required";
    public static final String CONFIRMATION_LEGAL_OPINION_MISSING = "sham-signal.confirmation.legal-opinion-missing";
    public static final String CONFIRMATION_RESPONSE_REQUIRED = "sham-signal.confirmation.response-required";
    public static final String CONFIRMATION_RISK_REQUIRED = "sham-signal.confirmation.risk-required";
    public static final String CONFIRMATION_WRONG_DEPARTMENT = "sham-signal.confirmation.wrong-department";
    public static final String CONFIRMATION_WRONG_STATUS = "sham-signal.confirmation.wrong-status";

    public static final String DISMISSAL_LEGAL_OPINION_MISSING = "sham-signal.dismissal.legal-opinion-missing";
    public static final String DISMISSAL_REASON_REQUIRED = "sham-signal.dismissal.reason-required";
    public static final String DISMISSAL_WRONG_DEPARTMENT = "sham-signal.dismissal.wrong-department";
    public static final String DISMISSAL_WRONG_STATUS = "sham-signal.dismissal.wrong-status";

    public static final String LEGAL_OPINION_TEXT_REQUIRED = "sham-signal.legal-opinion.text-required";
    public static final String LEGAL_OPINION_WRONG_DEPARTMENT = "sham-signal.legal-opinion.wrong-department";
    public static final String LEGAL_OPINION_WRONG_STATUS = "sham-signal.legal-opinion.wrong-status";

    public static final String RAISE_ALREADY_RAISED = "sham-signal.raise.already-raised";
    public static final String RAISE_CONTRACT_UNKNOWN = "sham-signal.raise.contract-unknown";
    public static final String RAISE_INCOMPLETE = "sham-signal.raise.incomplete";

    public static final String NOT_FOUND = "sham-signal.not-found";

    private SignalRuleCodes() {
    }
}
