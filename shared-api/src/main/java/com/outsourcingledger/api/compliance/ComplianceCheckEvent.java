package com.outsourcingledger.api.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened to one employment-compliance check (§13). Stored type names are forever: evolve with
 * {@code @Revision} and upcasters or {@code @AddedLater}, never by moving or renaming a record.
 */
public sealed interface ComplianceCheckEvent {

    String checkId();

    /** {@code proofDueDays}: the policy value the due date was computed with (null when HR set the date). */
    record ComplianceProofsRequested(String checkId, String contractId, String vendorId,
                                     ComplianceCheckOccasion occasion, String settlementId, String period,
                                     List<ComplianceProof> proofs, LocalDate dueOn, Integer proofDueDays)
            implements ComplianceCheckEvent {
    }

    record ComplianceProofsSubmitted(String checkId, String contractId, List<ProofSubmission> submissions)
            implements ComplianceCheckEvent {
    }

    /** Raised by the durable deadline at the end of the due day for the proofs still missing. */
    record ComplianceProofsOverdue(String checkId, String contractId, String vendorId, LocalDate dueOn,
                                   List<ComplianceProof> missing) implements ComplianceCheckEvent {
    }

    record EmploymentComplianceVerified(String checkId, String contractId, String notes)
            implements ComplianceCheckEvent {
    }

    /**
     * A violation: it opens a COMPLIANCE rectification on the contract, holds the check's settlement (if any) and
     * raises a sham-outsourcing signal.
     */
    record EmploymentComplianceViolationFound(String checkId, String contractId, String vendorId,
                                              String settlementId, ComplianceViolationKind kind, String findings,
                                              List<String> evidenceRefs) implements ComplianceCheckEvent {
    }
}
