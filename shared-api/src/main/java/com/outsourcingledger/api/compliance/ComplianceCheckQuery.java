package com.outsourcingledger.api.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Questions the employment-compliance read models answer, and their answers (§13). */
public sealed interface ComplianceCheckQuery {

    record FindComplianceCheck(String checkId) implements ComplianceCheckQuery {
    }

    /** Checks by vendor, contract and status, any filter may be null; soonest due first, then by id. */
    record FindComplianceChecks(String vendorId, String contractId, ComplianceCheckStatus status, int page, int size)
            implements ComplianceCheckQuery {
    }

    /**
     * The work list: checks still waiting for proofs, soonest due first; {@code overdueOnly}: only those flagged
     * overdue. {@code vendorId} may be null.
     */
    record FindDueComplianceChecks(boolean overdueOnly, String vendorId, int page, int size)
            implements ComplianceCheckQuery {
    }

    /** One proof as submitted last (a proof submitted again replaces its document). */
    record SubmittedProofView(ComplianceProof proof, String reference, String submittedBy, Instant submittedAt) {
    }

    record ViolationView(ComplianceViolationKind kind, String findings, List<String> evidenceRefs, String recordedBy,
                         Instant recordedAt) {
    }

    /**
     * {@code proofDueDays}: the policy days the due date was computed with, null when HR set the date;
     * {@code overdue}: flagged at the end of the due day with {@code missing} still not submitted.
     */
    record ComplianceCheckDetail(String checkId, String contractId, String vendorId, ComplianceCheckOccasion occasion,
                                 String settlementId, String period, ComplianceCheckStatus status,
                                 List<ComplianceProof> requested, List<SubmittedProofView> submitted,
                                 List<ComplianceProof> missing, LocalDate dueOn, Integer proofDueDays,
                                 boolean overdue, String openedBy, String verifiedBy, String verificationNotes,
                                 ViolationView violation, long sequence, Instant lastChangedAt) {
    }

    record ComplianceCheckSummary(String checkId, String contractId, String vendorId, ComplianceCheckOccasion occasion,
                                  String settlementId, String period, ComplianceCheckStatus status, LocalDate dueOn,
                                  boolean overdue, List<ComplianceProof> missing, Instant lastChangedAt) {
    }

    record ComplianceCheckPage(List<ComplianceCheckSummary> items, int page, int size, long totalItems) {
    }
}
