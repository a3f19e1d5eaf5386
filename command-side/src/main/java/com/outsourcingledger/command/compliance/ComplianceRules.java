package com.outsourcingledger.command.compliance;

import com.outsourcingledger.api.compliance.ComplianceCheckCommand.OpenComplianceCheck;
import com.outsourcingledger.api.compliance.ComplianceCheckCommand.SubmitComplianceProofs;
import com.outsourcingledger.api.compliance.ComplianceCheckOccasion;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.compliance.ProofSubmission;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.ComplianceRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The guards of opening a check and of the vendor's submission of its proofs. */
final class ComplianceRules {

    /** The policy's default days the vendor has for its proofs, from the day the check is opened. */
    static final int PROOF_DUE_DAYS = 10;

    static final Set<Department> CHECKERS = Set.of(Department.HR);

    private static final Set<ContractStatus> IN_FORCE = Set.of(ContractStatus.SIGNED, ContractStatus.ACTIVE);

    private ComplianceRules() {
    }

    /**
     * HR opens a check ad hoc; the settlement process opens one with each settlement cycle, naming the settlement.
     * The contract is signed or active; at least one proof is asked for.
     */
    static ContractFacts requireOpening(OpenComplianceCheck command, String department,
                                        SettlementContracts contracts) {
        if (command.occasion() == null) {
            throw Refusal.unprocessable(ComplianceRuleCodes.OPEN_OCCASION_REQUIRED,
                    "A compliance check is opened ad hoc or with a settlement cycle");
        }
        if (command.occasion() == ComplianceCheckOccasion.AD_HOC) {
            Refusal.requireDepartment(ComplianceRuleCodes.OPEN_WRONG_DEPARTMENT, "compliance check", department,
                    CHECKERS);
        } else {
            Refusal.requireText(ComplianceRuleCodes.OPEN_SETTLEMENT_REQUIRED, command.settlementId(),
                    "A check of a settlement cycle names the settlement it belongs to");
        }
        ContractFacts facts = contracts.factsOf(command.contractId()).orElseThrow(() -> Refusal.notFound(
                ComplianceRuleCodes.OPEN_UNKNOWN_CONTRACT, "No contract " + command.contractId() + " to check"));
        if (!IN_FORCE.contains(facts.status())) {
            throw Refusal.conflict(ComplianceRuleCodes.OPEN_CONTRACT_NOT_IN_FORCE, "Contract " + facts.contractId()
                    + " is " + facts.status() + "; its vendor's employment compliance is checked while it is signed"
                    + " or active");
        }
        proofsOf(command.proofs());
        return facts;
    }

    /** The proofs asked for, each once, in the order asked. */
    static List<ComplianceProof> proofsOf(Collection<ComplianceProof> proofs) {
        if (proofs == null || proofs.isEmpty() || proofs.stream().anyMatch(Objects::isNull)) {
            throw Refusal.unprocessable(ComplianceRuleCodes.OPEN_PROOFS_REQUIRED,
                    "A compliance check asks for at least one proof");
        }
        return proofs.stream().distinct().toList();
    }

    static void requireDueDate(LocalDate dueOn, LocalDate today) {
        if (dueOn != null && dueOn.isBefore(today)) {
            throw Refusal.unprocessable(ComplianceRuleCodes.OPEN_DUE_DATE_IN_PAST,
                    "Proofs are due on a day to come, not on " + dueOn);
        }
    }

    /** Every submission names a requested proof and the document it rests on. */
    static void requireSubmissions(SubmitComplianceProofs command, Collection<ComplianceProof> requested) {
        List<ProofSubmission> submissions = command.submissions();
        if (submissions == null || submissions.isEmpty() || submissions.stream().anyMatch(s -> s == null
                || s.proof() == null || Refusal.isBlank(s.reference()))) {
            throw Refusal.unprocessable(ComplianceRuleCodes.SUBMISSION_PROOFS_REQUIRED,
                    "A submission names each proof and the reference of its document");
        }
        submissions.stream().map(ProofSubmission::proof).filter(p -> !requested.contains(p)).findFirst()
                .ifPresent(proof -> {
                    throw Refusal.unprocessable(ComplianceRuleCodes.SUBMISSION_NOT_REQUESTED, "Compliance check "
                            + command.checkId() + " asked for " + requested + ", not for " + proof);
                });
    }
}
