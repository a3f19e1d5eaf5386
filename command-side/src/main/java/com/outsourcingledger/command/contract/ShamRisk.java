package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.AssessShamOutsourcingRisk;
import com.outsourcingledger.api.contract.ContractCommand.RecommendTerminationForAvoidedRisk;
import com.outsourcingledger.api.contract.ContractCommand.RecommendTerminationForRiskAvoidance;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.contract.ContractStatus.*;
import static com.outsourcingledger.command.contract.ContractRules.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The contract's sham-outsourcing (假外包、真派遣) risk as HR re-assesses it (§13): at renewal, ad hoc, or on a confirmed
 * signal (sent by the signal's consequence process, naming the signal, once per signal). While a renewal review is
 * open, HR approves the renewal only after assessing the risk for it, and never at HIGH. A confirmed signal answered
 * by TERMINATION recommends termination for RISK_AVOIDANCE, once per signal, while the contract runs; so does a
 * risk registered on the contract whose owner answers it with AVOID (sent by the risk process), once per risk.
 */
class ShamRisk {

    private static final List<Department> ASSESSORS = List.of(Department.HR);

    private final Contract contract;
    private String vendorId;
    private boolean renewalReviewOpen;
    private ShamOutsourcingRisk renewalAssessment;
    private final Set<String> assessedSignals = new HashSet<>();
    private final Set<String> recommendedSignals = new HashSet<>();
    private final Set<String> recommendedRisks = new HashSet<>();

    ShamRisk(Contract contract) {
        this.contract = contract;
    }

    @CommandHandler
    void handle(AssessShamOutsourcingRisk command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        requireStatus(ContractRuleCodes.SHAM_RISK_WRONG_STATUS, contract.id(), contract.status(),
                "sham-risk assessment", IN_REVIEW, APPROVED, SIGNED, ACTIVE, SUSPENDED, EXPIRED, TERMINATED);
        ShamRiskOccasion occasion = command.occasion();
        if (occasion == null) {
            throw Refusal.unprocessable(ContractRuleCodes.SHAM_RISK_OCCASION_REQUIRED,
                    "A sham-risk assessment states its occasion: RENEWAL or AD_HOC");
        }
        if (occasion == ShamRiskOccasion.SIGNAL_CONFIRMED) {
            requireText(ContractRuleCodes.SHAM_RISK_SIGNAL_REQUIRED, "sham-risk assessment", "signal",
                    command.signalId());
            if (assessedSignals.contains(command.signalId())) {
                throw Refusal.conflict(ContractRuleCodes.SHAM_RISK_SIGNAL_ALREADY_ASSESSED,
                        "Contract " + contract.id() + " was already re-assessed on signal " + command.signalId());
            }
        } else {
            requireDepartment(ContractRuleCodes.SHAM_RISK_WRONG_DEPARTMENT, "sham-risk assessment", department,
                    ASSESSORS);
        }
        if (command.risk() == null) {
            throw Refusal.unprocessable(ContractRuleCodes.SHAM_RISK_RISK_REQUIRED,
                    "A sham-risk assessment states the risk: LOW, MEDIUM or HIGH");
        }
        requireText(ContractRuleCodes.SHAM_RISK_REASONS_REQUIRED, "sham-risk assessment", "reasons", command.reasons());
        if (occasion == ShamRiskOccasion.RENEWAL && !renewalReviewOpen) {
            throw Refusal.conflict(ContractRuleCodes.SHAM_RISK_RENEWAL_NOT_OPEN,
                    "Contract " + contract.id() + " has no renewal review open to assess the risk for");
        }
        apply(new ShamOutsourcingRiskAssessed(contract.id(), vendorId, command.risk(), occasion,
                occasion == ShamRiskOccasion.SIGNAL_CONFIRMED ? command.signalId() : null, command.reasons()));
    }

    @CommandHandler
    void handle(RecommendTerminationForRiskAvoidance command) {
        requireStatus(ContractRuleCodes.RISK_AVOIDANCE_WRONG_STATUS, contract.id(), contract.status(),
                "termination recommendation", SIGNED, ACTIVE, SUSPENDED);
        requireText(ContractRuleCodes.RISK_AVOIDANCE_SIGNAL_REQUIRED, "termination recommendation", "signal",
                command.signalId());
        requireText(ContractRuleCodes.RISK_AVOIDANCE_EXPLANATION_REQUIRED, "termination recommendation",
                "explanation", command.explanation());
        if (recommendedSignals.contains(command.signalId())) {
            throw Refusal.conflict(ContractRuleCodes.RISK_AVOIDANCE_ALREADY_RECOMMENDED,
                    "Termination of contract " + contract.id() + " was already recommended on signal "
                            + command.signalId());
        }
        apply(new TerminationRecommended(contract.id(), TerminationReason.RISK_AVOIDANCE, command.explanation(),
                command.signalId()));
    }

    @CommandHandler
    void handle(RecommendTerminationForAvoidedRisk command) {
        requireStatus(ContractRuleCodes.RISK_AVOIDANCE_WRONG_STATUS, contract.id(), contract.status(),
                "termination recommendation", SIGNED, ACTIVE, SUSPENDED);
        requireText(ContractRuleCodes.RISK_AVOIDANCE_RISK_REQUIRED, "termination recommendation", "risk",
                command.riskId());
        requireText(ContractRuleCodes.RISK_AVOIDANCE_EXPLANATION_REQUIRED, "termination recommendation",
                "explanation", command.explanation());
        if (recommendedRisks.contains(command.riskId())) {
            throw Refusal.conflict(ContractRuleCodes.RISK_AVOIDANCE_ALREADY_RECOMMENDED,
                    "Termination of contract " + contract.id() + " was already recommended to avoid risk "
                            + command.riskId());
        }
        apply(new TerminationRecommended(contract.id(), TerminationReason.RISK_AVOIDANCE, command.explanation(),
                null, command.riskId()));
    }

    /** HR's approval of a renewal needs HR's assessment of the risk for this renewal, and one that is not HIGH. */
    void requireRenewalApproval(Department reviewer, ReviewOpinion opinion) {
        if (reviewer != Department.HR || opinion != ReviewOpinion.APPROVE) {
            return;
        }
        if (renewalAssessment == null) {
            throw Refusal.conflict(ContractRuleCodes.RENEWAL_SHAM_RISK_NOT_ASSESSED,
                    "HR approves the renewal of contract " + contract.id()
                            + " only after assessing its sham-outsourcing risk with the occasion RENEWAL");
        }
        if (renewalAssessment == ShamOutsourcingRisk.HIGH) {
            throw Refusal.unprocessable(ContractRuleCodes.RENEWAL_SHAM_RISK_HIGH,
                    "A renewal with a HIGH sham-outsourcing risk cannot pass HR's review; reject it or re-assess");
        }
    }

    @EventSourcingHandler
    void on(ContractDrafted event) {
        vendorId = event.vendorId();
    }

    @EventSourcingHandler
    void on(ContractExpiryApproaching event) {
        renewalReviewOpen = true;
        renewalAssessment = null;
    }

    @EventSourcingHandler
    void on(ContractRenewed event) {
        renewalReviewOpen = false;
        renewalAssessment = null;
    }

    @EventSourcingHandler
    void on(ShamOutsourcingRiskAssessed event) {
        if (event.occasion() == ShamRiskOccasion.RENEWAL) {
            renewalAssessment = event.risk();
        }
        if (event.signalId() != null) {
            assessedSignals.add(event.signalId());
        }
    }

    @EventSourcingHandler
    void on(TerminationRecommended event) {
        if (event.signalId() != null) {
            recommendedSignals.add(event.signalId());
        }
        if (event.riskId() != null) {
            recommendedRisks.add(event.riskId());
        }
    }
}
