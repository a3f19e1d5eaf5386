package com.outsourcingledger.command.compliance;

import com.outsourcingledger.api.compliance.ComplianceCheckCommand.*;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.*;
import com.outsourcingledger.api.compliance.ComplianceCheckStatus;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.compliance.ProofSubmission;
import com.outsourcingledger.api.refusal.ComplianceRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.VendorScope;
import com.outsourcingledger.command.compliance.ComplianceDeadlines.ProofsDue;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.compliance.ComplianceCheckStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One employment-compliance check of a contract's vendor (§13): HR (ad hoc) or the settlement process (with each
 * settlement cycle) asks for proofs due on a day; the vendor's own user submits them; HR verifies them or records a
 * violation, which may rest on what was never submitted. What is still missing at the end of the due day is flagged
 * overdue by a durable deadline.
 */
@Aggregate(cache = "complianceCheckCache")
class ComplianceCheck {

    @AggregateIdentifier
    private String checkId;
    private String contractId;
    private String vendorId;
    private String settlementId;
    private final List<ComplianceProof> requested = new ArrayList<>();
    private final Set<ComplianceProof> submitted = EnumSet.noneOf(ComplianceProof.class);
    private ComplianceCheckStatus status;

    /** A second opening of the same check is refused: the first one stands (the process's redelivery meets it). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenComplianceCheck command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department,
                SettlementContracts contracts, Clock clock, DeadlineManager deadlines) {
        if (status != null) {
            throw Refusal.conflict(ComplianceRuleCodes.OPEN_ALREADY_OPEN, subject() + " is already open");
        }
        ContractFacts facts = ComplianceRules.requireOpening(command, department, contracts);
        LocalDate today = LocalDate.now(clock);
        ComplianceRules.requireDueDate(command.dueOn(), today);
        Integer proofDueDays = command.dueOn() == null ? ComplianceRules.PROOF_DUE_DAYS : null;
        LocalDate dueOn = command.dueOn() == null ? today.plusDays(proofDueDays) : command.dueOn();
        apply(new ComplianceProofsRequested(command.checkId(), facts.contractId(), facts.vendorId(),
                command.occasion(), command.settlementId(), command.period(),
                ComplianceRules.proofsOf(command.proofs()), dueOn, proofDueDays));
        ComplianceDeadlines.scheduleProofsDue(deadlines, dueOn, clock);
    }

    @DeadlineHandler(deadlineName = ComplianceDeadlines.PROOFS_DUE)
    void handle(ProofsDue deadline) {
        if (status == PROOFS_REQUESTED) {
            apply(new ComplianceProofsOverdue(checkId, contractId, vendorId, deadline.dueOn(), missing()));
        }
    }

    /** Proofs may be submitted in parts, and a proof again to replace its document, until HR concludes. */
    @CommandHandler
    void handle(SubmitComplianceProofs command, @MetaDataValue(MetadataKeys.VENDOR) String vendor) {
        if (Refusal.isBlank(vendor)) {
            throw Refusal.forbidden(ComplianceRuleCodes.SUBMISSION_NOT_A_VENDOR_USER,
                    "Compliance proofs are submitted by the vendor's own user");
        }
        VendorScope.requireOwn(vendorId, vendor);
        Refusal.requireStatus(ComplianceRuleCodes.SUBMISSION_WRONG_STATUS, subject(), status, "a submission",
                PROOFS_REQUESTED, PROOFS_SUBMITTED);
        ComplianceRules.requireSubmissions(command, requested);
        apply(new ComplianceProofsSubmitted(checkId, contractId, List.copyOf(command.submissions())));
    }

    @CommandHandler
    void handle(VerifyEmploymentCompliance command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(ComplianceRuleCodes.VERIFICATION_WRONG_DEPARTMENT, "verification", department,
                ComplianceRules.CHECKERS);
        Refusal.requireStatus(ComplianceRuleCodes.VERIFICATION_WRONG_STATUS, subject(), status, "verification",
                PROOFS_SUBMITTED);
        apply(new EmploymentComplianceVerified(checkId, contractId, command.notes()));
    }

    /** A violation may be found on proofs submitted or on what was never submitted. */
    @CommandHandler
    void handle(RecordComplianceViolation command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(ComplianceRuleCodes.VIOLATION_WRONG_DEPARTMENT, "violation record", department,
                ComplianceRules.CHECKERS);
        Refusal.requireStatus(ComplianceRuleCodes.VIOLATION_WRONG_STATUS, subject(), status, "a violation record",
                PROOFS_REQUESTED, PROOFS_SUBMITTED);
        if (command.kind() == null) {
            throw Refusal.unprocessable(ComplianceRuleCodes.VIOLATION_KIND_REQUIRED,
                    "A violation names what was found wanting: wages, social insurance, housing fund or labor"
                            + " contracts");
        }
        Refusal.requireText(ComplianceRuleCodes.VIOLATION_FINDINGS_REQUIRED, command.findings(),
                "A violation states what was found");
        apply(new EmploymentComplianceViolationFound(checkId, contractId, vendorId, settlementId, command.kind(),
                command.findings(), command.evidenceRefs() == null ? List.of() : List.copyOf(command.evidenceRefs())));
    }

    private List<ComplianceProof> missing() {
        return requested.stream().filter(p -> !submitted.contains(p)).toList();
    }

    private String subject() {
        return "Compliance check " + checkId;
    }

    @EventSourcingHandler
    void on(ComplianceProofsRequested event) {
        checkId = event.checkId();
        contractId = event.contractId();
        vendorId = event.vendorId();
        settlementId = event.settlementId();
        requested.addAll(event.proofs());
        status = PROOFS_REQUESTED;
    }

    @EventSourcingHandler
    void on(ComplianceProofsSubmitted event) {
        event.submissions().stream().map(ProofSubmission::proof).forEach(submitted::add);
        if (missing().isEmpty()) {
            status = PROOFS_SUBMITTED;
        }
    }

    @EventSourcingHandler
    void on(EmploymentComplianceVerified event) {
        status = VERIFIED;
    }

    @EventSourcingHandler
    void on(EmploymentComplianceViolationFound event) {
        status = VIOLATION_FOUND;
    }

    ComplianceCheck() {
        // for Axon: the state is rebuilt from events
    }
}
