package com.outsourcingledger.api.compliance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * HR's employment-compliance check of one contract's vendor (§13): proofs requested with a due date, submitted by
 * the vendor user, then verified or a violation found. The acting user and department travel as metadata.
 */
public sealed interface ComplianceCheckCommand {

    String checkId();

    /**
     * HR ad hoc, or the settlement process with each settlement cycle ({@code settlementId} then names the
     * settlement the check belongs to and a violation holds it). {@code period} is the settlement period checked
     * ({@code 2026-03}) or null ad hoc; {@code dueOn} null means the policy's default proof days.
     */
    record OpenComplianceCheck(@TargetAggregateIdentifier String checkId, String contractId,
                               ComplianceCheckOccasion occasion, String settlementId, String period,
                               List<ComplianceProof> proofs, LocalDate dueOn) implements ComplianceCheckCommand {
    }

    /** The vendor user of the contract's vendor. */
    record SubmitComplianceProofs(@TargetAggregateIdentifier String checkId, List<ProofSubmission> submissions)
            implements ComplianceCheckCommand {
    }

    /** HR, on the proofs submitted. */
    record VerifyEmploymentCompliance(@TargetAggregateIdentifier String checkId, String notes)
            implements ComplianceCheckCommand {
    }

    /** HR: the violation found, with what was found and the documents it rests on. */
    record RecordComplianceViolation(@TargetAggregateIdentifier String checkId, ComplianceViolationKind kind,
                                     String findings, List<String> evidenceRefs) implements ComplianceCheckCommand {
    }
}
