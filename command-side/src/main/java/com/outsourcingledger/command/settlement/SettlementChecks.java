package com.outsourcingledger.command.settlement;

import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.SettlementRuleCodes;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.SettlementCommand.CheckSettlementCompliance;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementApproved;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.command.lookup.ConfirmedEvaluation;
import com.outsourcingledger.command.lookup.ConfirmedEvaluations;
import com.outsourcingledger.command.lookup.ContractFacts;

import java.util.Map;
import java.util.Optional;

import static com.outsourcingledger.api.settlement.SettlementStep.*;

/** The guards of a settlement's steps after the request: confirmation basis, spot check, match and cap. */
final class SettlementChecks {

    /** Who may return a settlement waiting at a step: the department of the step it waits for. */
    static final Map<SettlementStep, Department> RETURNED_BY = Map.of(REQUESTED, Department.BUSINESS,
            CONFIRMED, Department.HR, HELD, Department.HR, COMPLIANCE_CHECKED, Department.FINANCE,
            INVOICE_VERIFIED, Department.FINANCE);

    /** The steps a compliance violation may hold a settlement at: any before its payment. */
    static final SettlementStep[] HOLDABLE = {REQUESTED, CONFIRMED, COMPLIANCE_CHECKED, INVOICE_VERIFIED, APPROVED,
            RETURNED, HELD};

    private SettlementChecks() {
    }

    /** A confirmed evaluation of the same contract whose period covers the whole settled period. */
    static ConfirmedEvaluation requireCovering(ConfirmedEvaluations evaluations, String evaluationId,
                                               String contractId, SlaPeriod period) {
        ConfirmedEvaluation evaluation = (evaluationId == null ? Optional.<ConfirmedEvaluation>empty()
                : evaluations.confirmed(evaluationId)).orElseThrow(() -> Refusal.unprocessable(
                SettlementRuleCodes.CONFIRMATION_EVALUATION_NOT_CONFIRMED,
                "Evaluation " + evaluationId + " is not a confirmed evaluation"));
        if (!evaluation.contractId().equals(contractId)) {
            throw Refusal.unprocessable(SettlementRuleCodes.CONFIRMATION_EVALUATION_OTHER_CONTRACT,
                    "Evaluation " + evaluationId + " evaluates contract " + evaluation.contractId() + ", not "
                            + contractId);
        }
        if (evaluation.period().start().isAfter(period.start()) || evaluation.period().end().isBefore(period.end())) {
            throw Refusal.unprocessable(SettlementRuleCodes.CONFIRMATION_EVALUATION_NOT_COVERING,
                    "Evaluation " + evaluationId + " of " + evaluation.period() + " does not cover " + period);
        }
        return evaluation;
    }

    static void requireSpotCheck(CheckSettlementCompliance command) {
        if (command.sampledWorkers() == null || command.sampledWorkers().isEmpty()) {
            throw Refusal.unprocessable(SettlementRuleCodes.COMPLIANCE_CHECK_SAMPLE_REQUIRED,
                    "A compliance spot check names the workers it sampled");
        }
        if (command.proofsChecked() == null || command.proofsChecked().isEmpty()) {
            throw Refusal.unprocessable(SettlementRuleCodes.COMPLIANCE_CHECK_PROOFS_REQUIRED,
                    "A compliance spot check names the proofs it checked (social insurance, wages)");
        }
        if (!command.passed()) {
            Refusal.requireText(SettlementRuleCodes.COMPLIANCE_CHECK_REASON_REQUIRED, command.notes(),
                    "A failed compliance check says what failed");
        }
    }

    /**
     * The three-way match (三方一致): the invoice is for exactly the amount the contract and the confirmation give;
     * and the contract's settlements together stay within its amount with approved amendments.
     */
    static void requireMatchAndCap(SettlementApproved approved, Invoice invoice, ContractFacts facts) {
        if (approved.amount().amount().compareTo(invoice.amount().amount()) != 0) {
            throw Refusal.unprocessable(SettlementRuleCodes.APPROVAL_INVOICE_MISMATCH, "Invoice " + invoice.number()
                    + " is for " + invoice.amount().amount() + " but the settlement comes to "
                    + approved.amount().amount() + " (base " + approved.baseFee().amount() + ", penalties "
                    + approved.penaltyTotal().amount() + ", adjustment " + approved.adjustment().amount()
                    + "); return it for a corrected invoice");
        }
        if (facts.reservedTotal().amount().add(approved.amount().amount()).compareTo(facts.amount().amount()) > 0) {
            throw Refusal.unprocessable(SettlementRuleCodes.APPROVAL_CAP_EXCEEDED, "Contract " + facts.contractId()
                    + " has " + facts.reservedTotal().amount() + " of " + facts.amount().amount()
                    + " approved already; " + approved.amount().amount() + " more needs an amendment first");
        }
    }
}
