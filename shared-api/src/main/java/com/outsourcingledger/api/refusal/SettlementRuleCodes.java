package com.outsourcingledger.api.refusal;

/**
 * The rules a settlement's commands are refused under, by act: request, confirmation, compliance check, invoice
 * verification, approval, payment, return, resubmission, and the contract's reservation of approved amounts.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class SettlementRuleCodes {

    public static final String APPROVAL_CAP_EXCEEDED = "settlement.approval.cap-exceeded";
    public static final String APPROVAL_INVOICE_MISMATCH = "settlement.approval.invoice-mismatch";
    public static final String APPROVAL_OWN_WORK = "settlement.approval.own-work";
    public static final String APPROVAL_WRONG_STEP = "settlement.approval.wrong-step";

    public static final String COMPLIANCE_CHECK_OWN_WORK = "settlement.compliance-check.own-work";
    public static final String COMPLIANCE_CHECK_PROOFS_REQUIRED = "settlement.compliance-check.proofs-required";
    public static final String COMPLIANCE_CHECK_REASON_REQUIRED = "settlement.compliance-check.reason-required";
    public static final String COMPLIANCE_CHECK_SAMPLE_REQUIRED = "settlement.compliance-check.sample-required";
    public static final String COMPLIANCE_CHECK_WRONG_STEP = "settlement.compliance-check.wrong-step";

    public static final String CONFIRMATION_BASIS_REQUIRED = "settlement.confirmation.basis-required";
    public static final String CONFIRMATION_EVALUATION_NOT_CONFIRMED = "settlement.confirmation.evaluation-not-confirmed";
    public static final String CONFIRMATION_EVALUATION_NOT_COVERING = "settlement.confirmation.evaluation-not-covering";
    public static final String CONFIRMATION_EVALUATION_OTHER_CONTRACT =
            "settlement.confirmation.evaluation-other-contract";
    public static final String CONFIRMATION_OWN_REQUEST = "settlement.confirmation.own-request";
    public static final String CONFIRMATION_WORKLOAD_REFERENCE_REQUIRED =
            "settlement.confirmation.workload-reference-required";
    public static final String CONFIRMATION_WRONG_STEP = "settlement.confirmation.wrong-step";

    public static final String HOLD_WRONG_STEP = "settlement.hold.wrong-step";

    public static final String PAYMENT_DATE_IN_FUTURE = "settlement.payment.date-in-future";
    public static final String PAYMENT_DATE_REQUIRED = "settlement.payment.date-required";
    public static final String PAYMENT_NOT_RESERVED = "settlement.payment.not-reserved";
    public static final String PAYMENT_OWN_APPROVAL = "settlement.payment.own-approval";
    public static final String PAYMENT_REFERENCE_REQUIRED = "settlement.payment.reference-required";
    public static final String PAYMENT_WRONG_STEP = "settlement.payment.wrong-step";

    public static final String RELEASE_REASON_REQUIRED = "settlement.release.reason-required";
    public static final String RELEASE_WRONG_STEP = "settlement.release.wrong-step";

    public static final String REQUEST_AMOUNT_REQUIRED = "settlement.request.amount-required";
    public static final String REQUEST_CONTRACT_NOT_ENDED = "settlement.request.contract-not-ended";
    public static final String REQUEST_CURRENCY_MISMATCH = "settlement.request.currency-mismatch";
    public static final String REQUEST_INVALID_PERIOD = "settlement.request.invalid-period";
    public static final String REQUEST_INVOICE_REQUIRED = "settlement.request.invoice-required";
    public static final String REQUEST_PERIOD_NOT_ACTIVE = "settlement.request.period-not-active";
    public static final String REQUEST_PERIOD_NOT_ENDED = "settlement.request.period-not-ended";
    public static final String REQUEST_PERIOD_NOT_OF_CYCLE = "settlement.request.period-not-of-cycle";
    public static final String REQUEST_UNKNOWN_CONTRACT = "settlement.request.unknown-contract";

    public static final String RESERVATION_ALREADY_RESERVED = "settlement.reservation.already-reserved";
    public static final String RESERVATION_CAP_EXCEEDED = "settlement.reservation.cap-exceeded";
    public static final String RESERVATION_CURRENCY_MISMATCH = "settlement.reservation.currency-mismatch";
    public static final String RESERVATION_PENALTY_ALREADY_DEDUCTED = "settlement.reservation.penalty-already-deducted";

    public static final String RESUBMISSION_WRONG_STEP = "settlement.resubmission.wrong-step";

    public static final String RETURN_REASONS_REQUIRED = "settlement.return.reasons-required";
    public static final String RETURN_WRONG_DEPARTMENT = "settlement.return.wrong-department";
    public static final String RETURN_WRONG_STEP = "settlement.return.wrong-step";

    public static final String INVOICE_VERIFICATION_INVOICE_MISMATCH = "settlement.invoice-verification.invoice-mismatch";
    public static final String INVOICE_VERIFICATION_OWN_WORK = "settlement.invoice-verification.own-work";
    public static final String INVOICE_VERIFICATION_WRONG_STEP = "settlement.invoice-verification.wrong-step";

    public static final String NOT_FOUND = "settlement.not-found";

    private SettlementRuleCodes() {
    }
}
