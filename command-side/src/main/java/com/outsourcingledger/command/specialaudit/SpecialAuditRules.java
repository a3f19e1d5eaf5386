package com.outsourcingledger.command.specialaudit;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.input.DerivedIds;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.SpecialAuditRuleCodes;
import com.outsourcingledger.api.specialaudit.SpecialAuditCommand.OpenSpecialAudit;
import com.outsourcingledger.api.specialaudit.SpecialAuditCommand.RecordAuditFinding;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;

import java.time.LocalDate;
import java.util.Set;

/** The guards of opening an audit and of recording a finding. */
final class SpecialAuditRules {

    static final Set<Department> AUDITORS = Set.of(Department.AUDIT);
    static final Set<Department> JOINT_AUDITORS = Set.of(Department.AUDIT, Department.HR);
    static final Set<Department> HR = Set.of(Department.HR);
    static final Set<Department> MANAGEMENT = Set.of(Department.MANAGEMENT);

    /** A rectification notice is issued on a contract in force; a suspended one is still rectifying. */
    private static final Set<ContractStatus> RECTIFIABLE = Set.of(ContractStatus.ACTIVE, ContractStatus.SUSPENDED);

    private SpecialAuditRules() {
    }

    /** The period examined lies wholly in the past or ends today: from ≤ to ≤ today. */
    static void requireOpening(OpenSpecialAudit command, LocalDate today) {
        if (command.periodFrom() == null || command.periodTo() == null
                || command.periodFrom().isAfter(command.periodTo()) || command.periodTo().isAfter(today)) {
            throw Refusal.unprocessable(SpecialAuditRuleCodes.OPEN_INVALID_PERIOD, "An audit examines a period from"
                    + " a day to a later one, ending no later than today (" + today + "), not " + command.periodFrom()
                    + " to " + command.periodTo());
        }
        Refusal.requireText(SpecialAuditRuleCodes.OPEN_SCOPE_REQUIRED, command.scope(),
                "An audit states its scope");
    }

    static void requireFinding(RecordAuditFinding command, LocalDate today) {
        Refusal.requireText(SpecialAuditRuleCodes.FINDING_ID_REQUIRED, command.findingId(),
                "A finding has an identifier");
        if (command.severity() == null) {
            throw Refusal.unprocessable(SpecialAuditRuleCodes.FINDING_SEVERITY_REQUIRED,
                    "A finding is LOW, MEDIUM or HIGH");
        }
        Refusal.requireText(SpecialAuditRuleCodes.FINDING_DESCRIPTION_REQUIRED, command.description(),
                "A finding states what was found");
        if (command.owner() == null) {
            throw Refusal.unprocessable(SpecialAuditRuleCodes.FINDING_OWNER_REQUIRED,
                    "A finding names the department that corrects it");
        }
        if (command.dueOn() == null || command.dueOn().isBefore(today)) {
            throw Refusal.unprocessable(SpecialAuditRuleCodes.FINDING_DUE_DATE_IN_PAST,
                    "A finding is due today or later, not on " + command.dueOn());
        }
    }

    /** A finding naming a contract rectifies it: the contract is known and in force. */
    static void requireRectifiable(String contractId, SettlementContracts contracts) {
        ContractFacts facts = contracts.factsOf(contractId).orElseThrow(() -> Refusal.notFound(
                SpecialAuditRuleCodes.FINDING_UNKNOWN_CONTRACT, "No contract " + contractId + " to rectify"));
        if (!RECTIFIABLE.contains(facts.status())) {
            throw Refusal.conflict(SpecialAuditRuleCodes.FINDING_CONTRACT_NOT_IN_FORCE, "Contract " + contractId
                    + " is " + facts.status() + "; a rectification notice goes to an active or suspended contract");
        }
    }

    /** Unique per contract (audit and finding name it) and within the identifier limit. */
    static String noticeIdFor(String auditId, String findingId) {
        return DerivedIds.fit("special-audit:" + auditId + ":" + findingId);
    }
}
